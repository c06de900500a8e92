// An incident page: grade and reasons, contradictions, the claims side by side, review.

import { get, post, reviewer, ApiError } from "./api.js";
import { el, clear, gradeBadge, label, estimate, placeText, dateText, toast, GRADES } from "./dom.js";

const STANCE = { attribution: "blames", denial: "denies", confirmation: "confirms" };

function figures(low, best, high) {
  if (best !== null && best !== undefined) return String(best);
  if (low !== null && low !== undefined) return high !== null && high !== undefined ? `${low}–${high}` : `≥ ${low}`;
  return null;
}

function claimFigures(c) {
  const parts = [];
  const killed = figures(c.killed_min, c.killed, c.killed_max);
  const injured = figures(c.injured_min, c.injured, c.injured_max);
  if (killed !== null) parts.push(el("div", { class: "figure" }, el("b", {}, killed), " killed"));
  if (injured !== null) parts.push(el("div", { class: "figure" }, el("b", {}, injured), " injured"));
  if (!parts.length && c.kind === "casualties") parts.push(el("div", { class: "figure muted" }, "casualties, no figure"));
  const notes = [c.qualifier && c.qualifier !== "unspecified" ? c.qualifier : null, c.victims ? `victims: ${c.victims}` : null]
    .concat(Object.entries(c.breakdown || {}).map(([k, v]) => `${v} ${k}`)).filter(Boolean);
  if (notes.length) parts.push(el("div", { class: "muted small" }, notes.join(" · ")));
  return parts;
}

function stance(c) {
  if (c.kind === "casualties") return el("span", { class: "stance s-casualties" }, "reports casualties");
  const verb = STANCE[c.kind] || c.kind;
  return el("span", { class: `stance s-${c.kind}` }, c.hedged ? `reportedly ${verb} ` : `${verb} `,
    el("b", {}, c.attributed_to || "unnamed party"), c.by_accused ? " (the accused)" : "");
}

export async function showIncident(root, id, go) {
  const data = await get(`/api/incidents/${encodeURIComponent(id)}`);
  const reports = new Map(data.reports.map((r) => [r.article_id, r]));
  const number = new Map(data.claims.map((c, i) => [c.claim_id, `C${i + 1}`]));
  const conflicts = new Map();
  for (const c of data.contradictions) {
    for (const claimId of c.claim_ids) {
      if (!conflicts.has(claimId)) conflicts.set(claimId, []);
      conflicts.get(claimId).push(c);
    }
  }
  const reload = () => showIncident(root, id, go);
  clear(root).append(
    el("a", { href: "#/", class: "back" }, "← All incidents"),
    header(data),
    contradictions(data, number),
    claimsSection("Casualty figures", data.claims.filter((c) => c.kind === "casualties"), data, reports, number, conflicts, reload),
    claimsSection("Who did it: blame, denial, confirmation", data.claims.filter((c) => c.kind !== "casualties"), data, reports, number, conflicts, reload),
    reportsSection(data),
    reviewSection(data, reload, go),
    historySection(data));
  root.dataset.incident = data.incident_id;
}

function header(data) {
  const override = data.review.grade;
  const killed = data.casualties.killed;
  const injured = data.casualties.injured;
  return el("section", { class: "incident-head" },
    el("div", { class: "title-row" },
      el("h1", {}, `${label(data.type)} — ${placeText(data.place)}`),
      gradeBadge(data.grade, "big")),
    el("p", { class: "meta" }, dateText(data.date_start, data.date_end), " · ",
      el("code", {}, data.incident_id), " · ", `${data.independent_sources} independent sources`,
      override ? el("span", { class: "override" }, ` · grade set by ${override.by}`) : null),
    el("div", { class: "facts" },
      el("div", {}, el("span", { class: "k" }, "Killed"), el("span", { class: "v" }, estimate(killed))),
      el("div", {}, el("span", { class: "k" }, "Injured"), el("span", { class: "v" }, estimate(injured))),
      el("div", {}, el("span", { class: "k" }, "Alleged perpetrators"), el("span", { class: "v" },
        data.perpetrators.length ? data.perpetrators.map((p) => `${p.actor} [${p.status}]`).join("; ") : "none named")),
      el("div", {}, el("span", { class: "k" }, "Rule"), el("span", { class: "v" }, data.reconcile_rule))),
    el("div", { class: "reasons" }, el("span", { class: "k" }, "Why this grade"),
      el("ul", {}, ...data.grade_reasons.map((r) => el("li", {}, r)))));
}

function contradictions(data, number) {
  if (!data.contradictions.length) return el("section", { class: "contradictions none" }, "No contradiction between the claims.");
  return el("section", { class: "contradictions" },
    el("h2", {}, `⚠ ${data.contradictions.length} contradiction${data.contradictions.length > 1 ? "s" : ""}`),
    el("ul", {}, ...data.contradictions.map((c) => el("li", {},
      el("span", { class: "field" }, label(c.field)), " ", c.detail, " ",
      el("span", { class: "refs" }, c.claim_ids.map((k) => number.get(k)).filter(Boolean).join(" vs "))))));
}

function claimsSection(title, claims, data, reports, number, conflicts, reload) {
  if (!claims.length) return el("section", { class: "claims" }, el("h2", {}, title), el("p", { class: "muted" }, "No claim of this kind."));
  return el("section", { class: "claims" }, el("h2", {}, title),
    el("div", { class: "claim-grid" }, ...claims.map((c) =>
      claimCard(c, data.review.claims[c.claim_id], reports.get(c.article_id), number.get(c.claim_id), conflicts.get(c.claim_id) || [], reload, number))));
}

function conflictLines(claimId, conflicts, number) {
  const byField = new Map();
  for (const x of conflicts) {
    const others = byField.get(x.field) || new Set();
    for (const k of x.claim_ids) if (k !== claimId && number.get(k)) others.add(number.get(k));
    byField.set(x.field, others);
  }
  return [...byField.entries()].map(([field, others]) =>
    el("div", { class: "conflict" }, `⚠ contradicts ${[...others].join(", ") || "another report"} on ${label(field)}`));
}

function claimCard(c, decision, report, num, conflicts, reload, number) {
  const status = decision ? decision.status : null;
  const classes = ["claim", conflicts.length ? "contradicted" : "", status ? `is-${status}` : ""].join(" ").trim();
  const link = `#/article/${encodeURIComponent(c.article_id)}?start=${c.span[0]}&end=${c.span[1]}&claim=${encodeURIComponent(c.claim_id)}`;
  const card = el("article", { class: classes, id: `claim-${c.claim_id}`, "data-claim": c.claim_id },
    el("div", { class: "claim-top" }, el("span", { class: "num" }, num), el("span", { class: `kind k-${c.kind}` }, label(c.kind)),
      status ? el("span", { class: `status st-${status}` }, status) : null),
    el("div", { class: "claimant" }, el("b", {}, c.source), el("span", { class: "muted" }, ` (${label(c.source_kind)})`)),
    c.relayed_by.length ? el("div", { class: "muted small" }, `relayed by ${c.relayed_by.join(" → ")}`) : null,
    el("div", { class: "muted small" }, report ? `${report.outlet || "unknown outlet"}${report.published ? `, ${report.published}` : ""}` : ""),
    el("div", { class: "figures" }, ...claimFigures(c)),
    el("div", {}, stance(c)),
    ...conflictLines(c.claim_id, conflicts, number),
    el("blockquote", { class: "quote" }, c.quote),
    el("a", { class: "to-article", href: link }, "Read in the article →"),
    decision && decision.comment ? el("div", { class: "muted small" }, `${decision.by}: ${decision.comment}`) : null,
    reviewButtons(c, status, reload));
  return card;
}

function reviewButtons(c, status, reload) {
  const make = (value, text) => {
    const button = el("button", { type: "button", class: `review-${value}`, "data-action": value, disabled: status === value }, text);
    button.addEventListener("click", () => write(() => post(`/api/claims/${encodeURIComponent(c.claim_id)}/review`, { status: value, comment: "" }),
      `Claim ${value}.`, reload));
    return button;
  };
  return el("div", { class: "review-buttons" }, make("accepted", "Accept"), make("rejected", "Reject"));
}

async function write(action, message, after) {
  if (!reviewer()) {
    toast("Sign in to review (top right).", "error");
    document.getElementById("signin").click();
    return;
  }
  try {
    await action();
    toast(message);
    await after();
  } catch (error) {
    toast(error instanceof ApiError && error.status === 401 ? "Your sign-in is not valid any more." : error.message, "error");
  }
}

function reportsSection(data) {
  return el("section", { class: "reports" }, el("h2", {}, `Reports (${data.reports.length})`),
    el("table", { class: "list" },
      el("thead", {}, el("tr", {}, el("th", {}, "Outlet"), el("th", {}, "Published"), el("th", {}, "Article"), el("th", {}, "Role"))),
      el("tbody", {}, ...data.reports.map((r) => el("tr", {},
        el("td", {}, r.outlet || "?"), el("td", { class: "date" }, r.published || ""),
        el("td", {}, el("a", { href: `#/article/${encodeURIComponent(r.article_id)}` }, r.title || r.origin || r.article_id),
          r.duplicate_of ? el("span", { class: "muted small" }, " (near-duplicate)") : null),
        el("td", {}, r.role))))));
}

function reviewSection(data, reload, go) {
  const gradeSelect = el("select", { name: "grade", "aria-label": "New grade" }, ...GRADES.map((g) => el("option", { value: g, selected: g === data.grade }, g)));
  const gradeComment = el("input", { name: "comment", placeholder: "Why (kept in the audit log)", class: "wide" });
  const setGrade = el("button", { type: "button", id: "override-grade" }, "Override grade");
  setGrade.addEventListener("click", () => write(() => post(`/api/incidents/${encodeURIComponent(data.incident_id)}/grade`,
    { grade: gradeSelect.value, comment: gradeComment.value }), "Grade overridden.", reload));
  const clearGrade = el("button", { type: "button", class: "quiet", hidden: !data.review.grade }, "Clear override");
  clearGrade.addEventListener("click", () => write(() => post(`/api/incidents/${encodeURIComponent(data.incident_id)}/grade`,
    { grade: null, comment: gradeComment.value }), "Override cleared.", reload));

  const other = el("input", { name: "other", placeholder: "inc_… to merge into this incident", class: "wide" });
  const mergeComment = el("input", { name: "comment", placeholder: "Why", class: "wide" });
  const merge = el("button", { type: "button" }, "Merge");
  merge.addEventListener("click", () => write(() => post("/api/incidents/merge",
    { incident_ids: [data.incident_id, other.value.trim()], comment: mergeComment.value }), "Incidents merged.", reload));

  const boxes = data.reports.flatMap((r) => r.mention_ids.map((m) => el("label", { class: "check" },
    el("input", { type: "checkbox", value: m }), `${r.outlet || "?"} — ${r.title || r.article_id} (${r.role})`)));
  const splitComment = el("input", { name: "comment", placeholder: "Why", class: "wide" });
  const split = el("button", { type: "button" }, "Split checked reports into a new incident");
  split.addEventListener("click", () => {
    const ids = boxes.map((b) => b.querySelector("input")).filter((i) => i.checked).map((i) => i.value);
    write(async () => {
      const result = await post(`/api/incidents/${encodeURIComponent(data.incident_id)}/split`, { mention_ids: ids, comment: splitComment.value });
      toast(`Split: new incident ${result.new_incident_id}`);
    }, "Incident split.", reload);
  });
  return el("section", { class: "review" }, el("h2", {}, "Review"),
    reviewer() ? null : el("p", { class: "hint" }, "Sign in (top right) to review. Every change is logged with your name."),
    el("div", { class: "review-grid" },
      el("div", { class: "box" }, el("h3", {}, "Grade"), el("div", { class: "row" }, gradeSelect, setGrade, clearGrade), gradeComment),
      el("div", { class: "box" }, el("h3", {}, "Merge"), other, mergeComment, merge),
      el("div", { class: "box" }, el("h3", {}, "Split"), el("div", { class: "checks" }, ...boxes), splitComment, split)));
}

function historySection(data) {
  const audit = data.audit.map((a) => el("li", {}, el("span", { class: "date" }, a.at), " ", el("b", {}, a.who), " ",
    label(a.action.replace(".", " ")), a.comment ? ` — “${a.comment}”` : "",
    el("div", { class: "muted small mono" }, `before ${JSON.stringify(a.before)} → after ${JSON.stringify(a.after)}`)));
  const events = data.events.map((e) => el("li", {}, el("span", { class: "date" }, e.at), ` ${e.event}`,
    e.run_id ? ` (run ${e.run_id})` : "", e.detail ? el("span", { class: "muted small" }, ` ${e.detail}`) : null));
  return el("section", { class: "history" }, el("h2", {}, "History"),
    el("div", { class: "two" },
      el("div", {}, el("h3", {}, "Reviewers"), audit.length ? el("ul", { class: "audit" }, ...audit) : el("p", { class: "muted" }, "No review yet.")),
      el("div", {}, el("h3", {}, "Pipeline"), el("ul", { class: "events" }, ...events))));
}
