import { displayTransferText } from "../core/fixes/recipients";
import { countryName } from "../core/geo/countries";
import type { Regime, Severity } from "../core/types";
import type { ChecklistItem, PreviewModel, ProcessorRow, RetentionRow } from "./types";
import { escapeHtml as h } from "./html";
import { badge, counted, panel, where, type PanelOptions } from "./panelParts";
import { messageLanguage, msg, regionName } from "../core/messages";
import { cookiesPanel } from "./cookiesPanel";
import { translationsPanel } from "./translationsPanel";

export { badge, panel, type PanelOptions };

/**
 * The review panels beside the policy: a summary line, the findings that have no place in the
 * text, and the collapsible views (required disclosures, processor coverage, retention, cookies).
 * Interactive panels (the live preview) get buttons; the static review page gets links.
 */

const regimeName = (r: Regime): string => msg(`preview.regime.${r}`);

/** Counts by severity, the active regimes and the manifest in one line. */
export function renderSummary(model: PreviewModel): string {
  const count = (s: Severity) => model.findings.filter((f) => f.severity === s).length;
  const parts = (["error", "warning", "note"] as const).map((word) => {
    const s = word === "note" ? "info" : word;
    return `<span class="pw-count pw-sev-${s}">${h(counted(word, count(s)))}</span>`;
  });
  const regimes = model.regimes.map(regimeName).join(", ");
  const manifest = model.hasManifest ? h(msg("preview.manifest-of", { controller: model.controller ?? msg("preview.unnamed-controller") })) : `<strong>${h(msg("preview.no-manifest"))}</strong>`;
  const language = `<span class="pw-language" title="${h(msg("preview.language-title"))}">${h(model.language.label)}</span>`;
  return `<p class="pw-summary">${parts.join(" ")} <span class="pw-context">${h(regimes)} · ${manifest} · ${language}</span></p>`;
}

/** Findings without a mark in the text: in the front matter, in the manifest, or on hidden text. */
export function renderNotices(model: PreviewModel, placed: number[], o: PanelOptions): string {
  const done = new Set(placed);
  const rest = model.findings.filter((f) => !done.has(f.id));
  if (!rest.length) return "";
  const items = rest.map((f) => {
    const at = f.file === "policy" ? where(f, o) : `<span class="pw-where">${h(msg("preview.manifest-line", { line: f.line + 1 }))}</span>`;
    return `<li class="pw-notice pw-sev-${f.severity}"><span class="pw-sev-label">${h(msg(`preview.severity.${f.severity}`))}</span> ${at} ${h(f.message)} <span class="pw-rule">${h(f.rule)}</span></li>`;
  });
  return `<section class="pw-notices" lang="${h(messageLanguage())}" aria-label="${h(msg("preview.unmarked-label"))}"><h2>${h(msg("preview.unmarked"))}</h2><ul>${items.join("")}</ul></section>`;
}

/**
 * The collapsible views of the side panel (the cookie view only where there are cookies to
 * show, the Translations view only for a page kept in several languages).
 */
export function renderPanels(model: PreviewModel, o: PanelOptions): string {
  return [checklistPanel(model, o), coveragePanel(model, o), retentionPanel(model, o), cookiesPanel(model, o), translationsPanel(model)].filter(Boolean).join("\n");
}

function checklistPanel(model: PreviewModel, o: PanelOptions): string {
  const missing = new Set(model.checklist.flatMap((g) => g.items.filter((i) => !i.present).map((i) => i.id)));
  const body = model.checklist.map((g) => `<h3>${h(regimeName(g.regime))}</h3><ul class="pw-checklist">${g.items.map((i) => checkItem(model, i, o)).join("")}</ul>`).join("");
  return panel("checklist", msg("preview.checklist"), badge(missing.size, "missing", missing.size > 0), body || `<p class="pw-empty">${h(msg("preview.no-regime"))}</p>`);
}

function checkItem(model: PreviewModel, i: ChecklistItem, o: PanelOptions): string {
  const status = i.present ? `<span class="pw-status pw-ok" role="img" aria-label="${h(msg("preview.present"))}">✓</span>` : `<span class="pw-status pw-bad" role="img" aria-label="${h(msg("preview.missing"))}">✗</span>`;
  let action = "";
  if (i.present && i.at) action = where(i.at, o);
  else if (!i.present && i.fixId !== undefined) {
    action = o.interactive
      ? `<button type="button" class="pw-fix" data-fix="${i.fixId}" title="${h(model.fixes[i.fixId].title)}">${h(msg("preview.insert-clause"))}</button>`
      : `<span class="pw-hint">${h(msg("preview.quick-fix-hint"))}</span>`;
  }
  return `<li class="${i.present ? "pw-present" : "pw-missing"}">${status}<span class="pw-item"><span class="pw-item-title">${h(i.title)}</span> ${action}<span class="pw-cite">${h(i.citation)}</span></span></li>`;
}

function coveragePanel(model: PreviewModel, o: PanelOptions): string {
  if (!model.hasManifest) return panel("processors", msg("preview.processors"), "", `<p class="pw-empty">${h(msg("preview.processors-no-manifest"))}</p>`);
  const unnamed = model.processors.filter((p) => p.named === "no").length;
  const rows = model.processors.map((p) => processorRow(model, p, o)).join("");
  const cols = (["processor", "named", "country", "transfer", "retention", "consent"] as const).map((c) => `<th scope="col">${h(msg(`preview.col.${c}`))}</th>`).join("");
  const table = `<table class="pw-table"><thead><tr>${cols}</tr></thead><tbody>${rows}</tbody></table>`;
  return panel("processors", msg("preview.processors"), badge(unnamed, "not-named", unnamed > 0), model.processors.length ? table : `<p class="pw-empty">${h(msg("preview.no-processors"))}</p>`);
}

function processorRow(model: PreviewModel, p: ProcessorRow, o: PanelOptions): string {
  let named: string;
  if (p.named === "named") {
    const first = model.mentions.find((m) => m.start === p.places[0].start);
    named = `<span class="pw-ok">${h(msg("preview.yes"))}</span>, ${where(p.places[0], o, first ? `pw-m-${first.id}` : undefined)}${p.places.length > 1 ? ` <span class="pw-more">+${p.places.length - 1}</span>` : ""}`;
  } else named = p.named === "list" ? `<span class="pw-ok">${h(msg("preview.via-list"))}</span>` : `<span class="pw-bad">${h(msg("preview.no"))}</span>`;
  const dash = `<span class="pw-none">—</span>`;
  const consent = p.consent === undefined ? dash : h(msg(p.consent ? "preview.consent-yes" : "preview.consent-no"));
  const bad = p.named === "no" || p.findingIds.length > 0;
  const name = `<span class="pw-proc-name">${h(p.name)}</span>${p.purpose ? `<span class="pw-purpose">${h(p.purpose)}</span>` : ""}`;
  return `<tr class="${bad ? "pw-row-bad" : ""}"><th scope="row">${name}</th><td>${named}</td><td>${p.countries.length ? h(p.countries.map((c) => regionName(c, countryName)).join(", ")) : dash}</td><td>${p.transfer ? h(displayTransferText(p.transfer)) : dash}</td><td>${p.retention ? h(p.retention) : dash}</td><td>${consent}</td></tr>`;
}

function retentionPanel(model: PreviewModel, o: PanelOptions): string {
  if (!model.hasManifest) return panel("retention", msg("preview.retention"), "", `<p class="pw-empty">${h(msg("preview.retention-no-manifest"))}</p>`);
  const bad = model.retention.filter((r) => r.status === "mismatch").length;
  const rows = model.retention.map((r) => retentionRow(model, r, o)).join("");
  const cols = (["data", "policy-says", "manifest-says"] as const).map((c) => `<th scope="col">${h(msg(`preview.col.${c}`))}</th>`).join("");
  const table = `<table class="pw-table"><thead><tr>${cols}</tr></thead><tbody>${rows}</tbody></table>`;
  return panel("retention", msg("preview.retention"), badge(bad, "mismatch", bad > 0), model.retention.length ? table : `<p class="pw-empty">${h(msg("preview.no-retention"))}</p>`);
}

function retentionRow(model: PreviewModel, r: RetentionRow, o: PanelOptions): string {
  const said = r.claims.length
    ? r.claims.map((c) => {
      const f = model.findings.find((x) => x.rule === "retention-mismatch" && x.start === c.start);
      const label = msg(c.status === "mismatch" ? "preview.differs" : c.status === "match" ? "preview.matches" : "preview.not-compared");
      return `<span class="pw-claim pw-claim-${c.status}"><span class="pw-period">${h(c.text)}</span> <span class="pw-visually-hidden">(${label})</span>${where(c, o, f ? `pw-f-${f.id}` : undefined)}</span>`;
    }).join("")
    : `<span class="pw-none">${h(msg("preview.not-stated"))}</span>`;
  const subject = `${h(r.subject)}${r.kind === "processor" ? ` <span class="pw-kind">${h(msg("preview.kind-processor"))}</span>` : r.store ? ` <span class="pw-kind">${h(msg("preview.stored-in", { store: r.store }))}</span>` : ""}`;
  return `<tr class="pw-status-${r.status}${r.status === "mismatch" ? " pw-row-bad" : ""}"><th scope="row">${subject}</th><td>${said}</td><td>${r.manifest ? h(r.manifest) : `<span class="pw-none">—</span>`}</td></tr>`;
}
