// Routing between the browse view, an incident page and an article page (hash URLs).

import { signIn, signOut, reviewer } from "./api.js";
import { toast } from "./dom.js";
import { Browse, fillChoices } from "./browse.js";
import { showIncident } from "./incident.js";
import { showArticle } from "./article.js";

const views = ["view-browse", "view-incident", "view-article"];

function showView(id) {
  for (const v of views) document.getElementById(v).hidden = v !== id;
  document.querySelector(".filters").hidden = id !== "view-browse";
}

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

let browse;

async function route() {
  const hash = location.hash || "#/";
  const [path, search] = hash.slice(1).split("?");
  const params = new URLSearchParams(search || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  window.scrollTo(0, 0);
  try {
    if (parts[0] === "incident" && parts[1]) {
      showView("view-incident");
      await showIncident(document.getElementById("view-incident"), parts[1], go);
    } else if (parts[0] === "article" && parts[1]) {
      showView("view-article");
      await showArticle(document.getElementById("view-article"), parts[1], params);
    } else {
      showView("view-browse");
      await browse.show(params);
    }
    document.body.dataset.ready = hash;
  } catch (error) {
    toast(error.message, "error");
    if (error.status === 401 && !reviewer()) document.getElementById("signin").click();
    document.body.dataset.ready = hash;
  }
}

function renderWho() {
  const who = reviewer();
  document.getElementById("who").textContent = who ? `Reviewing as ${who}` : "";
  document.getElementById("signin").textContent = who ? "Sign out" : "Sign in to review";
  document.body.classList.toggle("signed-in", Boolean(who));
}

function bindSignIn() {
  const dialog = document.getElementById("signin-dialog");
  const form = document.getElementById("signin-form");
  document.getElementById("signin").addEventListener("click", () => {
    if (reviewer()) { signOut(); renderWho(); route(); return; }
    document.getElementById("signin-error").textContent = "";
    dialog.showModal();
  });
  document.getElementById("signin-cancel").addEventListener("click", () => dialog.close());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await signIn(String(data.get("user") || "").trim(), String(data.get("secret") || ""));
      form.reset();
      dialog.close();
      renderWho();
      route();
    } catch (error) {
      document.getElementById("signin-error").textContent = error.status === 401 ? "Wrong token or password." : error.message;
    }
  });
}

async function start() {
  browse = new Browse(go);
  bindSignIn();
  renderWho();
  await fillChoices().catch((error) => toast(error.message, "error"));
  window.addEventListener("hashchange", route);
  await route();
}

start();
