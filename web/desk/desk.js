// The validation desk: uploads a signed copy and its reference as a validate job (or a scan as
// an extract job), follows the job, and shows the verdict, the checks and the fields on the
// page images. Plain JavaScript against the service's own /v1 API; text from the documents is
// only ever set as textContent.
"use strict";

const TEXT = {
  de: {
    title: "Prüfplatz für unterschriebene Vereinbarungen", tabValidate: "Kopie prüfen", tabExtract: "Auslesen", tabJobs: "Aufträge",
    apiKey: "API-Schlüssel", scanLabel: "Unterschriebene Kopie (PDF, TIFF, PNG, JPEG) hier ablegen oder wählen",
    referenceLegend: "Referenz", referenceUpload: "Hochladen: Felder als JSON und/oder Originaltext (.txt)",
    referencePick: "oder aus der Ablage wählen (bis zu zwei)", validateButton: "Prüfen", checks: "Prüfungen",
    differences: "Textunterschiede", fields: "Ausgelesene Felder", decision: "Entscheidung", comment: "Kommentar",
    accept: "Annehmen", reject: "Ablehnen", download: "JSON herunterladen",
    extractLabel: "Scan (PDF, TIFF, PNG, JPEG) hier ablegen oder wählen", extractButton: "Auslesen", refresh: "Aktualisieren",
    language: "English", uploading: "Wird hochgeladen …", queued: "In der Warteschlange …", opening: "Dokument wird geöffnet …",
    pageOf: (done, total) => `Seite ${done} von ${total} gelesen …`, failed: "Fehlgeschlagen", cancelled: "Abgebrochen",
    needKey: "Ein API-Schlüssel ist nötig: bitte oben eingeben.", needScan: "Bitte eine Kopie wählen.",
    needReference: "Bitte eine Referenz hochladen oder wählen.", tooManyReferences: "Höchstens zwei Referenzen.",
    valid: (n) => `Gültig: alle ${n} Prüfungen bestanden`, invalid: (n, total) => `Ungültig: ${n} von ${total} Prüfungen nicht bestanden`,
    unreadable: (n) => `Mit dem Auge prüfen: ${n} Prüfung(en) nicht lesbar, keine nicht bestanden`,
    check: { signature: "Unterschrift", place_and_date: "Ort und Datum", received_stamp: "Eingangsstempel", amount: "Betrag",
             party: "Partei", project: "Projekt", text: "Text" },
    problem: { signature: "Unterschrift fehlt", place_and_date: "Ort oder Datum fehlt", received_stamp: "Eingangsstempel fehlt",
               amount: "Betrag geändert", party: "Partei geändert", project: "Projekt geändert", text: "Text geändert" },
    status: { passed: "bestanden", failed: "nicht bestanden", unreadable: "nicht lesbar" },
    subject: { words_added: "Wörter hinzugefügt", words_removed: "Wörter entfernt", words_changed: "Wörter geändert",
               number_changed: "Zahl geändert", page_missing: "Seite fehlt", page_added: "Seite hinzugefügt" },
    expected: "erwartet", found: "gefunden", page: "Seite", noDifferences: "Keine.", checkColumn: "Prüfung", resultColumn: "Ergebnis",
    document: "Dokument", parties: "Parteien", stamps: "Eingangsstempel", amounts: "Beträge", projects: "Projekte",
    signatories: "Unterzeichnende", signed: "unterschrieben", unsigned: "ohne Unterschrift", none: "–",
    decided: { accepted: "Angenommen", rejected: "Abgelehnt" }, saved: "Gespeichert.",
    jobColumns: ["Eingang", "Art", "Datei", "Status", "Seiten", "Entscheidung"],
    kind: { extract: "Auslesen", validate: "Prüfen" },
    jobStatus: { queued: "wartet", running: "läuft", done: "fertig", failed: "fehlgeschlagen", cancelled: "abgebrochen" },
  },
  en: {
    title: "Validation desk for signed agreements", tabValidate: "Check a copy", tabExtract: "Extract", tabJobs: "Jobs",
    apiKey: "API key", scanLabel: "Signed copy (PDF, TIFF, PNG, JPEG): drop it here or choose",
    referenceLegend: "Reference", referenceUpload: "Upload: fields as JSON and/or the original text (.txt)",
    referencePick: "or pick from the folder (up to two)", validateButton: "Check", checks: "Checks",
    differences: "Text differences", fields: "Extracted fields", decision: "Decision", comment: "Comment",
    accept: "Accept", reject: "Reject", download: "Download JSON",
    extractLabel: "Scan (PDF, TIFF, PNG, JPEG): drop it here or choose", extractButton: "Extract", refresh: "Refresh",
    language: "Deutsch", uploading: "Uploading …", queued: "Queued …", opening: "Opening the document …",
    pageOf: (done, total) => `${done} of ${total} pages read …`, failed: "Failed", cancelled: "Cancelled",
    needKey: "An API key is needed: please enter it above.", needScan: "Please choose a copy.",
    needReference: "Please upload or pick a reference.", tooManyReferences: "At most two references.",
    valid: (n) => `Valid: all ${n} checks passed`, invalid: (n, total) => `Invalid: ${n} of ${total} checks failed`,
    unreadable: (n) => `Check by eye: ${n} check(s) unreadable, none failed`,
    check: { signature: "Signature", place_and_date: "Place and date", received_stamp: "Received stamp", amount: "Amount",
             party: "Party", project: "Project", text: "Text" },
    problem: { signature: "signature missing", place_and_date: "place or date missing", received_stamp: "received stamp missing",
               amount: "amount changed", party: "party changed", project: "project changed", text: "text changed" },
    status: { passed: "passed", failed: "failed", unreadable: "unreadable" },
    subject: { words_added: "words added", words_removed: "words removed", words_changed: "words changed",
               number_changed: "number changed", page_missing: "page missing", page_added: "page added" },
    expected: "expected", found: "found", page: "page", noDifferences: "None.", checkColumn: "Check", resultColumn: "Result",
    document: "Document", parties: "Parties", stamps: "Received stamps", amounts: "Amounts", projects: "Projects",
    signatories: "Signatories", signed: "signed", unsigned: "not signed", none: "–",
    decided: { accepted: "Accepted", rejected: "Rejected" }, saved: "Saved.",
    jobColumns: ["Received", "Kind", "File", "Status", "Pages", "Decision"],
    kind: { extract: "Extract", validate: "Check" },
    jobStatus: { queued: "queued", running: "running", done: "done", failed: "failed", cancelled: "cancelled" },
  },
};

const state = { language: localStorage.getItem("desk-language") || "de", validate: null, extract: null };
const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[state.language][key];

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// --- The API, with the key when one is asked -------------------------------------------------

async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = sessionStorage.getItem("desk-api-key");
  if (key) headers.set("Authorization", "Bearer " + key);
  const response = await fetch(path, { ...options, headers });
  if (response.status === 401) {
    $("key-field").hidden = false;
    throw new Error(t("needKey"));
  }
  return response;
}

async function errorOf(response) {
  try {
    const body = await response.json();
    return body.error ? body.error.message : `HTTP ${response.status}`;
  } catch (_) {
    return `HTTP ${response.status}`;
  }
}

// Follows a job until it is over, saying how far it is; its result when done.
async function follow(job, statusLine) {
  while (true) {
    if (job.status === "queued") statusLine.textContent = t("queued");
    else if (job.status === "running") statusLine.textContent = job.pages ? t("pageOf")(job.pages.done, job.pages.total) : t("opening");
    if (job.status === "done") break;
    if (job.status === "failed" || job.status === "cancelled") throw new Error(`${t(job.status)}: ${job.error || ""}`);
    const response = await api(`/v1/jobs/${job.id}?wait=1`);
    if (!response.ok) throw new Error(await errorOf(response));
    job = await response.json();
  }
  const result = await api(`/v1/jobs/${job.id}/result`);
  if (!result.ok) throw new Error(await errorOf(result));
  statusLine.textContent = "";
  return { job, result: await result.json() };
}

// --- Pages and boxes ---------------------------------------------------------------------------

// A box in the scan's pixels, on the page turned clockwise by `rotation`: [left, top, width,
// height] as fractions of the turned page.
function turnedBox(box, rotation, width, height) {
  const [x, y, w, h] = box;
  switch (rotation) {
    case 90: return [(height - y - h) / height, x / width, h / height, w / width];
    case 180: return [(width - x - w) / width, (height - y - h) / height, w / width, h / height];
    case 270: return [y / height, (width - x - w) / width, h / height, w / width];
    default: return [x / width, y / height, w / width, h / height];
  }
}

// One figure per page, sized from the page's dimensions before its image loads.
function showPages(container, jobId, pages, marks) {
  container.replaceChildren();
  const width = Math.min(1654, Math.round(container.clientWidth * (window.devicePixelRatio || 1)) || 1000);
  for (const page of pages) {
    if (!page.width || !page.height) continue;
    const quarter = page.rotation === 90 || page.rotation === 270;
    const figure = element("figure", null, "page");
    figure.dataset.page = page.number;
    figure.style.aspectRatio = quarter ? `${page.height} / ${page.width}` : `${page.width} / ${page.height}`;
    const image = element("img");
    image.alt = `${t("page")} ${page.number}`;
    figure.append(image, element("figcaption", `${t("page")} ${page.number}`));
    for (const mark of marks.filter((m) => m.page === page.number && Array.isArray(m.bbox))) {
      const [left, top, w, h] = turnedBox(mark.bbox, page.rotation, page.width, page.height);
      const box = element("div", null, `box ${mark.className}`);
      box.dataset.kind = mark.kind;
      box.title = mark.label;
      Object.assign(box.style, { left: `${left * 100}%`, top: `${top * 100}%`, width: `${w * 100}%`, height: `${h * 100}%` });
      figure.append(box);
    }
    container.append(figure);
    // Fetched with the key when one is asked (an <img src> cannot send it).
    api(`/v1/jobs/${jobId}/pages/${page.number}.png?width=${width}`)
      .then((response) => (response.ok ? response.blob() : null))
      .then((blob) => { if (blob) image.src = URL.createObjectURL(blob); })
      .catch(() => {});
  }
}

function fieldMarks(extracted) {
  const marks = [];
  for (const stamp of extracted.received_stamps || []) marks.push({ ...stamp, kind: "received_stamp", className: "", label: stamp.text });
  for (const amount of extracted.amounts || []) marks.push({ ...amount, kind: "amount", className: "", label: amount.text });
  for (const project of extracted.projects || []) marks.push({ ...project, kind: "project", className: "", label: project.category });
  for (const person of extracted.signatories || [])
    marks.push({ ...person, kind: "signature", className: person.signature_present ? "present" : "missing", label: person.name });
  return marks;
}

// --- Tables ----------------------------------------------------------------------------------------

function row(table, cells, header = false) {
  const tr = element("tr");
  for (const cell of cells) {
    const td = element(header ? "th" : "td", cell && cell.text !== undefined ? cell.text : cell);
    if (cell && cell.className) td.className = cell.className;
    tr.append(td);
  }
  table.append(tr);
  return tr;
}

function showFields(table, extracted) {
  table.replaceChildren();
  const none = t("none");
  const document_ = extracted.document || {};
  row(table, [t("document"), document_.title || document_.type || none]);
  row(table, [t("parties"), (extracted.parties || []).map((p) => p.short_name ? `${p.name} (${p.short_name})` : p.name).join("; ") || none]);
  row(table, [t("stamps"), (extracted.received_stamps || []).map((s) => s.date || s.text).join("; ") || none]);
  row(table, [t("amounts"), (extracted.amounts || []).map((a) => a.text).join("; ") || none]);
  row(table, [t("projects"), (extracted.projects || []).map((p) => `${p.number}. ${p.category} (${(p.items || []).length})`).join("; ") || none]);
  for (const person of extracted.signatories || [])
    row(table, [t("signatories"), [person.title, person.name].filter(Boolean).join(" ") + ", " +
      [person.role, person.organization, person.place, person.date].filter(Boolean).join(", ") + " – " +
      (person.signature_present ? t("signed") : t("unsigned"))]);
}

function download(link, json, name) {
  if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: "application/json" }));
  link.download = name;
}

// --- Validate ------------------------------------------------------------------------------------

// A text check's subject is a kind of change (a code); other subjects are names and amounts.
const subjectOf = (check) => (check.check === "text" && t("subject")[check.subject]) || check.subject;

function showReport() {
  const { job, result } = state.validate;
  const checks = result.checks || [];
  const failed = checks.filter((c) => c.status === "failed");
  const unreadable = checks.filter((c) => c.status === "unreadable");
  const verdict = $("verdict");
  verdict.className = `verdict ${result.status}`;
  verdict.replaceChildren(element("span",
    result.status === "valid" ? t("valid")(checks.length)
      : result.status === "invalid" ? t("invalid")(failed.length, checks.length) : t("unreadable")(unreadable.length)));
  verdict.dataset.status = result.status;
  const problems = element("ul");
  for (const check of [...failed, ...unreadable]) problems.append(element("li", `${t("problem")[check.check] || check.check}: ${subjectOf(check)}`));
  if (problems.childElementCount) verdict.append(problems);

  const table = $("checks");
  table.replaceChildren();
  row(table, [t("checkColumn"), t("expected"), t("found"), t("resultColumn")], true);
  for (const check of checks) {
    row(table, [`${t("check")[check.check] || check.check}: ${subjectOf(check)}`, check.expected, check.found,
                { text: t("status")[check.status], className: check.status }]);
  }
  const differences = $("differences");
  differences.replaceChildren();
  for (const check of checks.filter((c) => c.check === "text" && !c.passed)) {
    const item = element("li");
    item.dataset.kind = "difference";
    item.append(element("strong", `${subjectOf(check)}${check.page ? ` (${t("page")} ${check.page})` : ""}: `),
                element("span", `${t("expected")} „${check.expected}“, ${t("found")} „${check.found}“`));
    differences.append(item);
  }
  if (!differences.childElementCount) differences.append(element("li", t("noDifferences")));

  const marks = checks.filter((c) => c.page && c.bbox).map((c) => ({
    page: c.page, bbox: c.bbox, kind: c.check === "text" ? "difference" : c.check,
    className: c.check === "text" ? "difference" : c.check === "signature" ? (c.status === "passed" ? "present" : c.status === "failed" ? "missing" : "unreadable") : c.status,
    label: `${t("check")[c.check] || c.check}: ${subjectOf(c)}`,
  }));
  showPages($("validate-pages"), job.id, result.extracted.pages || [], marks);
  showFields($("validate-fields"), result.extracted);
  download($("validate-download"), result, `${(job.name || "copy").replace(/\.[^.]*$/, "")}.validate.json`);
  showDecision(job.decision);
  $("validate-result").hidden = false;
}

function showDecision(decision) {
  $("decision-status").textContent = decision ? `${t("decided")[decision.decision]}${decision.comment ? `: ${decision.comment}` : ""}` : "";
  $("decision-status").dataset.decision = decision ? decision.decision : "";
}

async function submitValidate(event) {
  event.preventDefault();
  const status = $("validate-status");
  const scan = $("validate-scan").files[0];
  const uploads = [...$("validate-expect").files];
  const picked = [...$("validate-ref").selectedOptions].map((option) => option.value);
  if (!scan) return void (status.textContent = t("needScan"));
  if (!uploads.length && !picked.length) return void (status.textContent = t("needReference"));
  if (uploads.length + picked.length > 2) return void (status.textContent = t("tooManyReferences"));
  const form = new FormData();
  form.append("scan", scan, scan.name);
  for (const file of uploads) form.append("expect", new Blob([file], { type: file.name.endsWith(".txt") ? "text/plain" : "application/json" }), file.name);
  const query = new URLSearchParams({ kind: "validate", name: scan.name });
  for (const name of picked) query.append("expect_ref", name);
  $("validate-result").hidden = true;
  $("validate-submit").disabled = true;
  status.textContent = t("uploading");
  try {
    const response = await api(`/v1/jobs?${query}`, { method: "POST", body: form });
    if (response.status !== 202) throw new Error(await errorOf(response));
    state.validate = await follow(await response.json(), status);
    showReport();
  } catch (error) {
    status.textContent = error.message;
  } finally {
    $("validate-submit").disabled = false;
  }
}

async function decide(decision) {
  if (!state.validate) return;
  const response = await api(`/v1/jobs/${state.validate.job.id}/decision`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ decision, comment: $("decision-comment").value }),
  });
  if (!response.ok) return void ($("decision-status").textContent = await errorOf(response));
  state.validate.job = await response.json();
  showDecision(state.validate.job.decision);
}

// --- Extract ---------------------------------------------------------------------------------------

function showExtract() {
  const { job, result } = state.extract;
  showPages($("extract-pages"), job.id, result.pages || [], fieldMarks(result));
  showFields($("extract-fields"), result);
  download($("extract-download"), result, `${(job.name || "scan").replace(/\.[^.]*$/, "")}.json`);
  $("extract-result").hidden = false;
}

async function submitExtract(event) {
  event.preventDefault();
  const status = $("extract-status");
  const scan = $("extract-scan").files[0];
  if (!scan) return void (status.textContent = t("needScan"));
  const form = new FormData();
  form.append("file", scan, scan.name);
  $("extract-result").hidden = true;
  $("extract-submit").disabled = true;
  status.textContent = t("uploading");
  try {
    const response = await api(`/v1/jobs?kind=extract&name=${encodeURIComponent(scan.name)}`, { method: "POST", body: form });
    if (response.status !== 202) throw new Error(await errorOf(response));
    state.extract = await follow(await response.json(), status);
    showExtract();
  } catch (error) {
    status.textContent = error.message;
  } finally {
    $("extract-submit").disabled = false;
  }
}

// --- Jobs, tabs, language ------------------------------------------------------------------------

async function showJobs() {
  const table = $("jobs");
  try {
    const response = await api("/v1/jobs");
    if (!response.ok) throw new Error(await errorOf(response));
    const { jobs } = await response.json();
    table.replaceChildren();
    row(table, t("jobColumns"), true);
    for (const job of jobs.reverse()) {
      const decision = job.decision ? `${t("decided")[job.decision.decision]}${job.decision.comment ? `: ${job.decision.comment}` : ""}` : "";
      const tr = row(table, [job.created.replace("T", " ").replace("Z", " UTC"), t("kind")[job.kind], job.name,
                             t("jobStatus")[job.status], job.pages ? `${job.pages.done}/${job.pages.total}` : "", decision]);
      tr.dataset.job = job.id;
      tr.dataset.decision = job.decision ? job.decision.decision : "";
    }
  } catch (error) {
    table.replaceChildren(element("caption", error.message));
  }
}

function selectTab(name) {
  for (const tab of ["validate", "extract", "jobs"]) {
    $(`tab-${tab}`).setAttribute("aria-selected", String(tab === name));
    $(`tab-${tab}`).tabIndex = tab === name ? 0 : -1;
    $(`panel-${tab}`).hidden = tab !== name;
  }
  if (name === "jobs") showJobs();
}

function applyLanguage() {
  document.documentElement.lang = state.language;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  $("language").textContent = t("language");
  $("language").lang = state.language === "de" ? "en" : "de";
  if (state.validate) showReport();
  if (state.extract) showExtract();
  if (!$("panel-jobs").hidden) showJobs();
}

// A file dropped on the zone goes into its file input, as if chosen.
function dropZone(zone, input) {
  zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("over");
    if (event.dataTransfer.files.length) input.files = event.dataTransfer.files;
  });
}

async function loadReferences() {
  try {
    const response = await api("/v1/references");
    if (!response.ok) return;
    const select = $("validate-ref");
    select.replaceChildren();
    for (const name of (await response.json()).references) {
      const option = element("option", name);
      option.value = name;
      select.append(option);
    }
  } catch (_) { /* the key field says why */ }
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of ["validate", "extract", "jobs"]) $(`tab-${tab}`).addEventListener("click", () => selectTab(tab));
  // Arrow keys move between the tabs, as in a tab list.
  $("tab-validate").parentElement.addEventListener("keydown", (event) => {
    const tabs = ["validate", "extract", "jobs"];
    const at = tabs.findIndex((tab) => $(`tab-${tab}`).getAttribute("aria-selected") === "true");
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    const next = tabs[(at + step + tabs.length) % tabs.length];
    selectTab(next);
    $(`tab-${next}`).focus();
  });
  $("language").addEventListener("click", () => {
    state.language = state.language === "de" ? "en" : "de";
    localStorage.setItem("desk-language", state.language);
    applyLanguage();
  });
  $("api-key").addEventListener("change", (event) => {
    sessionStorage.setItem("desk-api-key", event.target.value);
    loadReferences();
  });
  $("validate-form").addEventListener("submit", submitValidate);
  $("extract-form").addEventListener("submit", submitExtract);
  $("accept").addEventListener("click", () => decide("accepted"));
  $("reject").addEventListener("click", () => decide("rejected"));
  $("jobs-refresh").addEventListener("click", showJobs);
  dropZone($("validate-drop"), $("validate-scan"));
  dropZone($("extract-drop"), $("extract-scan"));
  selectTab("validate");
  applyLanguage();
  loadReferences();
});
