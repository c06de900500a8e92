// A histogram of incidents over time; drag across it to choose the date range.

import { svg, el, clear } from "./dom.js";

const DAY = 86400000;
const parse = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function bins(days) {
  if (!days.length) return { unit: "day", items: [] };
  const first = parse(days[0][0]);
  const last = parse(days[days.length - 1][0]);
  const span = (last - first) / DAY;
  const unit = span > 1500 ? "year" : span > 120 ? "month" : "day";
  const key = (d) => (unit === "year" ? `${d.slice(0, 4)}-01-01` : unit === "month" ? `${d.slice(0, 7)}-01` : d);
  const counts = new Map();
  for (const [d, n] of days) counts.set(key(d), (counts.get(key(d)) || 0) + n);
  const items = [];
  let cursor = new Date(parse(key(days[0][0])));
  const end = parse(key(days[days.length - 1][0]));
  while (cursor.getTime() <= end && items.length < 5000) {
    const k = iso(cursor.getTime());
    items.push({ start: k, count: counts.get(k) || 0 });
    if (unit === "year") cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    else if (unit === "month") cursor.setUTCMonth(cursor.getUTCMonth() + 1);
    else cursor = new Date(cursor.getTime() + DAY);
  }
  return { unit, items };
}

function binEnd(start, unit) {
  const d = new Date(parse(start));
  if (unit === "year") d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return iso(d.getTime() - DAY);
}

export class Timeline {
  constructor(container, onRange) {
    this.container = container;
    this.onRange = onRange;
  }

  render(days, since, until) {
    const { unit, items } = bins(days);
    this.items = items;
    this.unit = unit;
    const width = 1000, height = 90, top = 6, bottom = 18;
    const max = Math.max(1, ...items.map((b) => b.count));
    const bw = items.length ? width / items.length : width;
    const root = svg("svg", { class: "timeline-svg", viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: "none" });
    items.forEach((b, i) => {
      const h = ((height - top - bottom) * b.count) / max;
      const inRange = (!since || binEnd(b.start, unit) >= since) && (!until || b.start <= until);
      const bar = svg("rect", {
        x: i * bw + bw * 0.1, y: height - bottom - h, width: Math.max(bw * 0.8, 0.5), height: h,
        class: inRange ? "bar" : "bar out",
      });
      bar.append(svg("title", {}, `${b.start.slice(0, unit === "year" ? 4 : unit === "month" ? 7 : 10)}: ${b.count} incidents`));
      root.append(bar);
    });
    const ticks = Math.min(items.length, 8);
    for (let t = 0; t < ticks; t++) {
      const i = Math.round((t * (items.length - 1)) / Math.max(1, ticks - 1));
      const text = items[i].start.slice(0, unit === "day" ? 10 : unit === "month" ? 7 : 4);
      const anchor = t === 0 ? "start" : t === ticks - 1 ? "end" : "middle";
      const x = anchor === "start" ? i * bw : anchor === "end" ? (i + 1) * bw : i * bw + bw / 2;
      root.append(svg("text", { x, y: height - 4, class: "tick", "text-anchor": anchor }, text));
    }
    this.brush = svg("rect", { class: "brush", x: 0, y: 0, width: 0, height: height - bottom });
    root.append(this.brush);
    this.bindBrush(root, width, bw);
    const head = el("div", { class: "timeline-head" },
      el("span", {}, items.length ? `Incidents per ${unit} — drag to choose dates` : "No dated incidents"),
      since || until ? el("button", { type: "button", class: "quiet", id: "timeline-clear" }, "all dates") : null);
    const clearButton = head.querySelector("button");
    if (clearButton) clearButton.addEventListener("click", () => this.onRange("", ""));
    clear(this.container).append(head, root);
  }

  bindBrush(root, width, bw) {
    let start = null;
    const index = (event) => {
      const box = root.getBoundingClientRect();
      const x = ((event.clientX - box.left) / box.width) * width;
      return Math.max(0, Math.min(this.items.length - 1, Math.floor(x / bw)));
    };
    const draw = (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      this.brush.setAttribute("x", String(lo * bw));
      this.brush.setAttribute("width", String((hi - lo + 1) * bw));
    };
    root.addEventListener("pointerdown", (event) => {
      if (!this.items.length) return;
      start = index(event);
      root.setPointerCapture(event.pointerId);
      draw(start, start);
    });
    root.addEventListener("pointermove", (event) => { if (start !== null) draw(start, index(event)); });
    root.addEventListener("pointerup", (event) => {
      if (start === null) return;
      const stop = index(event);
      const [lo, hi] = start <= stop ? [start, stop] : [stop, start];
      start = null;
      this.onRange(this.items[lo].start, binEnd(this.items[hi].start, this.unit));
    });
  }
}
