import type { Analysis } from "../core/analyze";
import type { Mention } from "../core/mentions/find";
import { lineFinder, lineStarts } from "./lines";
import { buildChecklist, buildCoverage, buildRetention } from "./tables";
import { buildCookies } from "./cookies";

import type { ChecklistGroup, ChecklistItem, CookieRow, CookieSection, CookieStatus, MentionStatus, PeriodStatus, Place, PreviewBlock, PreviewFinding, PreviewFix, PreviewMention, PreviewModel, ProcessorRow, RetentionClaimRow, RetentionRow } from "./types";
import { msg } from "../core/messages";
import { languageLabel } from "../core/messages/language";

export type { CookieRow, CookieSection, CookieStatus, Place, PreviewFinding, MentionStatus, PreviewMention, PreviewBlock, PreviewFix, ChecklistItem, ChecklistGroup, ProcessorRow, PeriodStatus, RetentionClaimRow, RetentionRow, PreviewModel };

/** Builds the preview model from one analysis. Pure; never throws on a valid analysis. */
export function buildPreviewModel(analysis: Analysis): PreviewModel {
  const { doc, manifest } = analysis;
  const lineOf = lineFinder(doc.lineStarts);
  const place = (start: number, end: number): Place => ({ start, end, line: lineOf(start) });
  const findings: PreviewFinding[] = analysis.findings.map((f, id) => ({
    id, rule: f.rule, severity: f.severity, message: f.message, subject: f.subject, file: f.file,
    ...(f.file === "policy" ? place(f.start, f.end) : { start: f.start, end: f.end, line: lineFinder(lineStarts(manifest?.text ?? ""))(f.start) }),
  }));
  const mentions: PreviewMention[] = analysis.mentions.map((m, id) => ({
    id, ...place(m.start, m.end), written: doc.text.slice(m.start, m.end), processor: m.processor?.name, catalog: m.catalog?.name, status: mentionStatus(m),
  }));
  const fixes: PreviewFix[] = [];
  const hidden: [number, number][] = [];
  if (doc.frontMatter && doc.frontMatter.end > doc.frontMatter.start) hidden.push([doc.frontMatter.start, doc.frontMatter.end]);
  for (const c of doc.comments) hidden.push([c.start, c.end]);
  const tables = { analysis, findings, place };
  return {
    version: 1,
    text: doc.text,
    hidden,
    blocks: doc.blocks.map((b) => ({ kind: b.kind === "heading" ? "heading" : b.kind === "row" || b.kind === "header-row" ? "row" : "text", start: b.contentStart, end: b.end, ...(b.cells ? { cells: b.cells } : {}) })),
    links: doc.links.map((l) => [l.start, l.end]),
    title: titleOf(analysis),
    language: { code: doc.language.code, reason: doc.language.reason, label: languageLabel(doc.language) },
    regimes: analysis.regimes,
    hasManifest: !!manifest,
    controller: manifest?.controller.name,
    findings,
    mentions,
    checklist: buildChecklist(tables, fixes),
    processors: buildCoverage(tables, mentions),
    retention: buildRetention(tables),
    cookies: buildCookies(tables),
    fixes,
  };
}

function mentionStatus(m: Mention): MentionStatus {
  if (m.denied) return "denied";
  if (m.processor) return m.direct ? "disclosed" : "related";
  return m.selfHosted ? "self-hosted" : "undeclared";
}

/** The page title: the front matter's `title`, else the first heading's text. */
function titleOf({ doc }: Analysis): string {
  const fm = doc.frontMatter?.data.title;
  if (typeof fm === "string" && fm.trim()) return fm.trim();
  const h = doc.sections.find((s) => s.level === 1) ?? doc.sections[0];
  return h?.title.trim() || msg("preview.untitled");
}
