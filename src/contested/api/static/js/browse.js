// The browse view: filters (kept in the URL), map, timeline and the incident list.

import { get, query } from "./api.js";
import { el, clear, gradeBadge, label, estimate, placeText, dateText, toast } from "./dom.js";
import { MapView } from "./map.js";
import { Timeline } from "./timeline.js";

const FIELDS = ["q", "country", "admin1", "type", "grade", "actor", "contested", "since", "until"];
const PAGE = 50;

export class Browse {
  constructor(go) {
    this.go = go;
    this.form = document.getElementById("filters");
    this.map = new MapView(document.getElementById("map"), (id) => go(`#/incident/${encodeURIComponent(id)}`));
    this.timeline = new Timeline(document.getElementById("timeline"), (since, until) =>
      this.navigate({ ...this.state, since, until, offset: 0 }));
    this.basemapLoaded = false;
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.navigate({ ...this.readForm(), sort: this.state.sort, offset: 0 });
    });
    document.getElementById("reset").addEventListener("click", () => this.navigate({}));
    document.getElementById("sort").addEventListener("change", (event) =>
      this.navigate({ ...this.state, sort: event.target.value, offset: 0 }));
    document.getElementById("prev").addEventListener("click", () =>
      this.navigate({ ...this.state, offset: Math.max(0, (this.state.offset || 0) - PAGE) }));
    document.getElementById("next").addEventListener("click", () =>
      this.navigate({ ...this.state, offset: (this.state.offset || 0) + PAGE }));
    this.state = {};
  }

  navigate(state) {
    this.go(`#/${query(state)}`);
  }

  readForm() {
    const data = new FormData(this.form);
    const state = {};
    for (const name of FIELDS) {
      const value = name === "contested" ? (data.get(name) ? "true" : "") : (data.get(name) || "").trim();
      if (value) state[name] = value;
    }
    return state;
  }

  writeForm(state) {
    for (const name of FIELDS) {
      const input = this.form.elements.namedItem(name);
      if (input.type === "checkbox") input.checked = state[name] === "true";
      else input.value = state[name] || "";
    }
    document.getElementById("sort").value = state.sort || "-date";
  }

  async show(params) {
    this.state = Object.fromEntries(params.entries());
    this.state.offset = Number(this.state.offset || 0);
    this.writeForm(this.state);
    const filters = Object.fromEntries(FIELDS.filter((f) => this.state[f]).map((f) => [f, this.state[f]]));
    const undated = { ...filters };
    delete undated.since;
    delete undated.until;
    try {
      await Promise.all([this.loadBasemap(), this.loadList(filters), this.loadMap(filters),
        this.loadTimeline(undated)]);
    } catch (error) {
      if (error.status === 401) throw error;
      toast(error.message, "error");
    }
  }

  async loadBasemap() {
    if (this.basemapLoaded) return;
    this.basemapLoaded = true;
    try {
      this.map.setBasemap(await get("/api/basemap"));
    } catch {
      document.getElementById("map-note").textContent = "No basemap installed (run scripts/setup): incidents only.";
    }
  }

  async loadMap(filters) {
    const data = await get(`/api/incidents.geojson${query({ ...filters, limit: 5000 })}`);
    this.map.setPoints(data.features);
    this.map.fit();
    const note = document.getElementById("map-note");
    if (!note.textContent.startsWith("No basemap")) {
      note.textContent = `${data.features.length} located incidents on the map${data.features.length >= 5000 ? " (the newest 5000)" : ""}.`;
    }
  }

  async loadTimeline(filters) {
    const data = await get(`/api/timeline${query(filters)}`);
    this.timeline.render(data.days, this.state.since, this.state.until);
  }

  async loadList(filters) {
    const offset = this.state.offset || 0;
    const data = await get(`/api/incidents${query({ ...filters, sort: this.state.sort, limit: PAGE, offset })}`);
    const body = clear(document.querySelector("#list tbody"));
    for (const item of data.items) body.append(this.row(item));
    if (!data.items.length) body.append(el("tr", {}, el("td", { colspan: 7, class: "empty" }, "No incident matches these filters.")));
    const last = Math.min(offset + data.items.length, data.total);
    document.getElementById("list-summary").textContent =
      data.total ? `${offset + 1}–${last} of ${data.total} incidents` : "0 incidents";
    document.getElementById("prev").disabled = offset === 0;
    document.getElementById("next").disabled = last >= data.total;
    const exports = clear(document.getElementById("exports"));
    exports.append("Download: ");
    for (const fmt of ["jsonl", "csv", "geojson"]) {
      exports.append(el("a", { href: `/api/export/${fmt}${query(filters)}`, download: `incidents.${fmt}` }, fmt), " ");
    }
  }

  row(item) {
    const href = `#/incident/${encodeURIComponent(item.incident_id)}`;
    const tr = el("tr", { class: "row", "data-id": item.incident_id },
      el("td", { class: "date" }, dateText(item.date_start, item.date_end)),
      el("td", { class: "type" }, label(item.type)),
      el("td", {}, el("a", { href }, placeText(item.place))),
      el("td", { class: "num" }, estimate(item.killed)),
      el("td", {}, gradeBadge(item.grade)),
      el("td", { class: item.contradictions ? "num warn" : "num" }, item.contradictions || ""),
      el("td", { class: "num" }, item.reports));
    tr.addEventListener("click", (event) => { if (event.target.tagName !== "A") this.go(href); });
    return tr;
  }
}

export async function fillChoices() {
  const meta = await get("/api/meta");
  const form = document.getElementById("filters");
  const type = form.elements.namedItem("type");
  for (const t of meta.types) type.append(el("option", { value: t }, label(t)));
  const grade = form.elements.namedItem("grade");
  for (const g of meta.grades) grade.append(el("option", { value: g }, g));
  return meta;
}
