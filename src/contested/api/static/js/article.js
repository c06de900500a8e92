// An article page: its text with every claim span highlighted, the chosen one focused.

import { get } from "./api.js";
import { el, clear, label, safeHref } from "./dom.js";

function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.max(0, Math.min(text.length, s.start))); cuts.add(Math.max(0, Math.min(text.length, s.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    out.push({ a, b, covering: spans.filter((s) => s.start <= a && b <= s.end) });
  }
  return out;
}

export async function showArticle(root, id, params) {
  const data = await get(`/api/articles/${encodeURIComponent(id)}`);
  const start = Number(params.get("start"));
  const end = Number(params.get("end"));
  const focus = params.has("start") && end > start ? { start, end, focus: true } : null;
  const spans = data.claims.map((c) => ({ start: c.span[0], end: c.span[1], claim: c }));
  if (focus) spans.push(focus);
  const body = el("div", { class: "article-text" });
  let first = null;
  for (const seg of segments(data.text, spans)) {
    const piece = data.text.slice(seg.a, seg.b);
    if (!seg.covering.length) { body.append(piece); continue; }
    const focused = seg.covering.some((s) => s.focus);
    const mark = el("mark", { class: focused ? "focus" : "" }, piece);
    const claims = seg.covering.filter((s) => s.claim).map((s) => s.claim);
    if (claims.length) mark.title = claims.map((c) => `${label(c.kind)}: ${c.source}`).join("\n");
    if (focused && !first) first = mark;
    body.append(mark);
  }
  const url = data.url && safeHref(data.url) !== "#" ? el("a", { href: data.url, rel: "noopener noreferrer nofollow", target: "_blank" }, data.url) : null;
  clear(root).append(
    el("a", { href: "#/", class: "back", id: "back" }, "← Back"),
    el("h1", { class: "article-title" }, data.title || "(untitled article)"),
    el("p", { class: "meta" }, [data.outlet || "unknown outlet", data.published || "undated", data.language].filter(Boolean).join(" · "),
      url ? " · " : "", url),
    el("p", { class: "muted small" }, `origin: ${data.origin}`),
    el("div", { class: "article-layout" }, body,
      el("aside", { class: "article-claims" }, el("h2", {}, `Claims read here (${data.claims.length})`),
        el("ul", {}, ...data.claims.map((c) => el("li", {},
          el("a", { href: `#/article/${encodeURIComponent(data.article_id)}?start=${c.span[0]}&end=${c.span[1]}` }, `${label(c.kind)} — ${c.source}`),
          c.incident_id ? el("a", { class: "small", href: `#/incident/${encodeURIComponent(c.incident_id)}` }, " incident →") : null))))));
  const back = root.querySelector("#back");
  back.addEventListener("click", (event) => { if (history.length > 1) { event.preventDefault(); history.back(); } });
  if (first) first.scrollIntoView({ block: "center" });
}
