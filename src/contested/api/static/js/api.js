// The JSON API: reads are plain GETs; writes carry the Authorization header (never a cookie).

const KEY = "contested.auth";

export function credentials() {
  return sessionStorage.getItem(KEY);
}

export function reviewer() {
  return sessionStorage.getItem(`${KEY}.who`);
}

export function signIn(user, secret) {
  const header = user ? `Basic ${btoa(unescape(encodeURIComponent(`${user}:${secret}`)))}` : `Bearer ${secret}`;
  return request("GET", "/api/whoami", undefined, header).then((body) => {
    sessionStorage.setItem(KEY, header);
    sessionStorage.setItem(`${KEY}.who`, body.who);
    return body.who;
  });
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(`${KEY}.who`);
}

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function request(method, path, body, auth = credentials()) {
  const headers = { Accept: "application/json" };
  if (auth) headers.Authorization = auth;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit", cache: "no-store",
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new ApiError(response.status, (data.error && data.error.message) || response.statusText);
  }
  return data;
}

export const get = (path) => request("GET", path);
export const post = (path, body) => request("POST", path, body);

export function query(params) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== "" && v !== null && v !== undefined && v !== false) search.set(k, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
