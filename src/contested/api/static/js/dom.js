// Building DOM safely: text always goes through text nodes, never through HTML parsing.

const SVG_NS = "http://www.w3.org/2000/svg";

/** el("a", {class: "x", href: "#/"}, "text", child) — strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "style" || name.startsWith("on")) throw new Error(`refusing attribute ${name}`);
    if (name === "href") node.setAttribute(name, safeHref(String(value)));
    else node.setAttribute(name, value === true ? "" : String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only same-page routes and http(s) links; anything else (javascript:, data:) becomes "#". */
export function safeHref(value) {
  if (value.startsWith("#") || value.startsWith("/")) return value;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "#";
  } catch {
    return "#";
  }
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function toast(message, kind = "info") {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.className = `toast ${kind}`;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

export const GRADES = ["confirmed", "fair", "weak", "contested", "discounted"];

export function gradeBadge(grade, extra = "") {
  return el("span", { class: `badge g-${GRADES.includes(grade) ? grade : "weak"} ${extra}`.trim() }, grade);
}

export function label(value) {
  return value ? String(value).replaceAll("_", " ") : "";
}

export function estimate(e) {
  if (!e || e.best === null || e.best === undefined) return "?";
  if (e.low !== null && e.high !== null && (e.low !== e.best || e.high !== e.best)) {
    return `${e.best} (${e.low}–${e.high})`;
  }
  return String(e.best);
}

export function placeText(place) {
  if (!place) return "unplaced";
  const admin1 = place.admin1 && place.admin1 !== place.name ? place.admin1.replace(/ Governorate$/, "") : null;
  return [place.name, admin1, place.country]
    .filter(Boolean).join(", ");
}

export function dateText(start, end) {
  if (!start) return "undated";
  return end && end !== start ? `${start} – ${end}` : start;
}
