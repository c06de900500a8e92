// An SVG map: country outlines (GeoJSON from the package) and incidents coloured by grade.
// Web Mercator in degrees; zoom with the wheel or buttons, pan by dragging.

import { el, svg, clear, dateText, label } from "./dom.js";

const RAD = Math.PI / 180;
const project = ([lon, lat]) => {
  const clamped = Math.max(-85, Math.min(85, lat));
  return [lon, -Math.log(Math.tan(Math.PI / 4 + (clamped * RAD) / 2)) / RAD];
};

function ringPath(ring) {
  return ring.map((p, i) => {
    const [x, y] = project(p);
    return `${i ? "L" : "M"}${x.toFixed(2)} ${y.toFixed(2)}`;
  }).join("") + "Z";
}

function featurePath(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) => polygon.map(ringPath).join("")).join("");
}

export class MapView {
  constructor(container, onSelect) {
    this.container = container;
    this.onSelect = onSelect;
    this.view = { x: -180, y: -85, w: 360, h: 200 };
    this.root = svg("svg", { class: "map-svg", role: "img", "aria-label": "Incident map" });
    this.land = svg("g", { class: "land" });
    this.dots = svg("g", { class: "dots" });
    this.root.append(svg("rect", { class: "sea", x: -1000, y: -1000, width: 2000, height: 2000 }), this.land, this.dots);
    const zoomIn = el("button", { type: "button", title: "Zoom in" }, "+");
    const zoomOut = el("button", { type: "button", title: "Zoom out" }, "−");
    const fit = el("button", { type: "button", title: "Fit the incidents" }, "⤢");
    zoomIn.addEventListener("click", () => this.zoom(0.6));
    zoomOut.addEventListener("click", () => this.zoom(1 / 0.6));
    fit.addEventListener("click", () => this.fit());
    const legend = el("div", { class: "legend" },
      ...["confirmed", "fair", "weak", "contested", "discounted"].map((g) =>
        el("span", {}, el("i", { class: `swatch g-${g}` }), g)));
    clear(container).append(this.root, el("div", { class: "map-tools" }, zoomIn, zoomOut, fit), legend);
    this.bindPanZoom();
    new ResizeObserver(() => this.apply()).observe(container);
  }

  setBasemap(collection) {
    clear(this.land);
    for (const feature of collection.features) {
      const path = svg("path", { d: featurePath(feature.geometry), "vector-effect": "non-scaling-stroke" });
      if (feature.properties && feature.properties.name) path.append(svg("title", {}, feature.properties.name));
      this.land.append(path);
    }
  }

  setPoints(features) {
    clear(this.dots);
    if (this.popup) this.popup.remove();
    this.points = features;
    for (const f of features) {
      const [x, y] = project(f.geometry.coordinates);
      const p = f.properties;
      const dot = svg("circle", {
        cx: x, cy: y, r: 1, class: `dot g-${p.grade}`, tabindex: 0, role: "link",
        "data-id": p.incident_id, "vector-effect": "non-scaling-stroke",
      });
      dot.append(svg("title", {}, `${label(p.type)} · ${p.place || "?"} · ${dateText(p.date_start)} · ${p.grade}` +
        (p.killed !== null ? ` · ${p.killed} killed` : "")));
      dot.addEventListener("click", (event) => this.pick(event, f));
      dot.addEventListener("keydown", (e) => { if (e.key === "Enter") this.onSelect(p.incident_id); });
      this.dots.append(dot);
    }
    this.apply();
  }

  /** One incident under the pointer: open it; several (same or close places): list them. */
  pick(event, feature) {
    const box = this.root.getBoundingClientRect();
    const unit = this.view.w / box.width;
    const [x0, y0] = project(feature.geometry.coordinates);
    const near = this.points.filter((f) => {
      const [x, y] = project(f.geometry.coordinates);
      return Math.hypot(x - x0, y - y0) <= 8 * unit;
    });
    if (near.length === 1) { this.onSelect(feature.properties.incident_id); return; }
    const items = near.map((f) => {
      const p = f.properties;
      const link = el("a", { href: `#/incident/${encodeURIComponent(p.incident_id)}`, "data-id": p.incident_id },
        el("i", { class: `swatch g-${p.grade}` }), `${dateText(p.date_start)} · ${label(p.type)} · ${p.place || "?"}`);
      return el("li", {}, link);
    });
    const close = el("button", { type: "button", class: "quiet close", title: "Close" }, "×");
    close.addEventListener("click", () => this.popup.remove());
    if (this.popup) this.popup.remove();
    this.popup = el("div", { class: "map-popup", role: "dialog", "aria-label": "Incidents here" },
      el("div", { class: "popup-head" }, `${near.length} incidents here`, close), el("ul", {}, ...items));
    this.container.append(this.popup);
    const host = this.container.getBoundingClientRect();
    const left = Math.min(event.clientX - host.left + 8, host.width - 330);
    const top = Math.min(event.clientY - host.top + 8, host.height - this.popup.offsetHeight - 8);
    this.popup.style.left = `${Math.max(8, left)}px`;
    this.popup.style.top = `${Math.max(8, top)}px`;
  }

  fit() {
    const pts = (this.points || []).map((f) => project(f.geometry.coordinates));
    if (!pts.length) {
      this.view = { x: -20, y: -60, w: 100, h: 50 };
    } else {
      const xs = pts.map((p) => p[0]);
      const ys = pts.map((p) => p[1]);
      const pad = 2;
      const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad;
      const y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
      const w = Math.max(x1 - x0, 8), h = Math.max(y1 - y0, 5);
      this.view = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
    }
    this.apply();
  }

  zoom(factor, cx, cy) {
    const v = this.view;
    const px = cx === undefined ? v.x + v.w / 2 : cx;
    const py = cy === undefined ? v.y + v.h / 2 : cy;
    const w = Math.min(400, Math.max(0.05, v.w * factor));
    const h = v.h * (w / v.w);
    this.view = { x: px - (px - v.x) * (w / v.w), y: py - (py - v.y) * (h / v.h), w, h };
    this.apply();
  }

  apply() {
    const box = this.container.getBoundingClientRect();
    if (!box.width || !box.height) return;
    // keep the aspect of the box: widen the view along the short side
    const v = this.view;
    const aspect = box.width / box.height;
    let { x, y, w, h } = v;
    if (w / h < aspect) { const nw = h * aspect; x -= (nw - w) / 2; w = nw; }
    else { const nh = w / aspect; y -= (nh - h) / 2; h = nh; }
    this.view = { x, y, w, h };
    this.root.setAttribute("viewBox", `${x} ${y} ${w} ${h}`);
    const unit = w / box.width; // degrees per screen pixel
    const many = (this.points || []).length;
    const px = many > 2000 ? 2.5 : many > 300 ? 4 : 5.5; // dense maps get smaller dots
    for (const dot of this.dots.children) dot.setAttribute("r", String(px * unit));
  }

  toView(event) {
    const box = this.root.getBoundingClientRect();
    const v = this.view;
    return [v.x + ((event.clientX - box.left) / box.width) * v.w, v.y + ((event.clientY - box.top) / box.height) * v.h];
  }

  bindPanZoom() {
    this.root.addEventListener("wheel", (event) => {
      event.preventDefault();
      const [x, y] = this.toView(event);
      this.zoom(event.deltaY > 0 ? 1.25 : 0.8, x, y);
    }, { passive: false });
    let drag = null;
    this.root.addEventListener("pointerdown", (event) => {
      if (event.target.classList.contains("dot")) return;
      if (this.popup) this.popup.remove();
      drag = { x: event.clientX, y: event.clientY, view: { ...this.view } };
      this.root.setPointerCapture(event.pointerId);
      this.root.classList.add("dragging");
    });
    this.root.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const box = this.root.getBoundingClientRect();
      const dx = ((event.clientX - drag.x) / box.width) * drag.view.w;
      const dy = ((event.clientY - drag.y) / box.height) * drag.view.h;
      this.view = { ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy };
      this.apply();
    });
    const end = () => { drag = null; this.root.classList.remove("dragging"); };
    this.root.addEventListener("pointerup", end);
    this.root.addEventListener("pointercancel", end);
  }
}
