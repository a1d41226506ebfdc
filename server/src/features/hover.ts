import { MarkupKind, type Hover, type HoverParams } from "vscode-languageserver";
import { lookupCatalog, type CatalogEntry } from "../core/catalog";
import { manifestCookieHover, policyCookieHover } from "../core/cookies/hover";
import { transferText } from "../core/fixes/recipients";
import { countryName } from "../core/geo/countries";
import type { Processor } from "../core/manifest/parse";
import { comparable, formatPeriod, samePeriod } from "../core/periods";
import { retentionClaims } from "../core/claims/retention";
import { variableAt, type VariableInfo } from "../core/site/lookup";
import { rangeOf } from "../lsp/convert";
import { mentionAt, mentionsOf, policiesUsing, processorNameAt } from "../lsp/lookup";
import type { PolicyResult } from "../workspace/analyses";
import { uriToPath } from "../workspace/folders";
import type { ManifestState } from "../workspace/manifests";
import type { Services } from "./services";
import { manifestHistoryHover } from "./subprocessorHistory";
import { isYamlDocument } from "../workspace/documents";

/**
 * Hover: on a processor named in the policy, its manifest entry (or its catalog entry when the
 * manifest lacks it); on a retention period, the manifest's period for that data; in the
 * manifest on a processor's name, where the policy names it and what the catalog knows.
 */
export async function hover(s: Services, params: HoverParams): Promise<Hover | null> {
  const uri = params.textDocument.uri;
  const doc = s.ws.get(uri);
  if (!doc) return null;
  const offset = doc.offsetAt(params.position);
  const path = uriToPath(uri);
  if (isYamlDocument(doc)) return path ? manifestHover(s, path, offset) : null;
  const r = await s.store.open(uri);
  if (!r?.analysis) return null;
  const v = variableAt(r.analysis, offset);
  if (v) return { contents: { kind: MarkupKind.Markdown, value: variableHover(v) }, range: rangeOf(r.doc, v.start, v.end) };
  const cookie = policyCookieHover(r.analysis.doc, r.analysis.manifest, offset);
  if (cookie) return { contents: { kind: MarkupKind.Markdown, value: cookie.markdown }, range: rangeOf(r.doc, cookie.start, cookie.end) };
  const m = mentionAt(r, offset);
  if (m) {
    const lines: string[] = [];
    if (m.processor) lines.push(...processorFacts(m.processor, r.manifest));
    else if (m.catalog) lines.push(...catalogFacts(m.catalog, `**${m.catalog.name}** is not in ${manifestName(r)}; the built-in catalog says:`));
    if (m.processor && !m.direct) lines.push("", `_Named here by another name of the same company; the manifest lists it as ${m.processor.name}._`);
    if (m.denied) lines.push("", "_This sentence says the service is not used, so it neither discloses nor adds a processor._");
    else if (m.selfHosted && !m.processor) lines.push("", "_Described as self-hosted, so it is not treated as a third party._");
    return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n") }, range: rangeOf(r.doc, m.start, m.end) };
  }
  const period = periodHover(r, offset);
  return period ? { contents: { kind: MarkupKind.Markdown, value: period.text }, range: rangeOf(r.doc, period.start, period.end) } : null;
}

/** A site variable's value and the file that defines it (or an include's file). */
function variableHover(v: VariableInfo): string {
  const lines = [v.summary];
  const d = v.definition;
  if (d && v.resolved) lines.push("", `Defined in ${d.shown}${v.resolved.key.length ? ` (\`${v.resolved.key.join(".")}\`)` : ""}.`);
  if (v.resolved?.kind === "unresolved" && !v.resolved.error) lines.push("", "_The site may fill it in at build time; until then the page is checked without it._");
  return lines.join("\n");
}

function manifestName(r: PolicyResult): string {
  return r.manifest ? r.manifest.path.split(/[\\/]/).pop()! : "the manifest";
}

/** A markdown link to a line of the manifest. */
function manifestLink(state: ManifestState | undefined, offset: number): string {
  if (!state) return "the manifest";
  const line = state.lines.positionAt(offset).line + 1;
  return `[${state.path.split(/[\\/]/).pop()}:${line}](${state.uri}#L${line})`;
}

function processorFacts(p: Processor, state: ManifestState | undefined): string[] {
  const where = p.countries?.map((c) => (c.length === 2 ? `${countryName(c)} (${c})` : c)).join(", ");
  const rows: [string, string | undefined][] = [
    ["Category", p.category],
    ["Country", where],
    ["Transfer", p.transfer ? `${transferText(p.transfer)} (\`${p.transfer}\`)` : undefined],
    ["Retention", p.retention ? formatPeriod(p.retention) : p.retentionText],
    ["Consent", p.consent === undefined ? undefined : p.consent ? "used only after the person consents" : "not consent-based"],
    ["Data", p.data.length ? p.data.join(", ") : undefined],
    ["Via", p.via],
  ];
  return [
    `**${p.name}** — manifest entry in ${manifestLink(state, p.nameRange[0])}`,
    "",
    p.purpose ? `${p.purpose}` : "_No purpose given._",
    "",
    ...rows.filter(([, v]) => v).map(([k, v]) => `- ${k}: ${v}`),
  ];
}

function catalogFacts(e: CatalogEntry, lead: string): string[] {
  return [
    lead,
    "",
    `- Category: ${e.category}`,
    `- Usually processes data in: ${e.country.length === 2 ? `${countryName(e.country)} (${e.country})` : e.country}`,
    `- Website: ${e.website}`,
  ];
}

/** The manifest period for the data (or processor) a period in the policy is about. */
function periodHover(r: PolicyResult, offset: number): { text: string; start: number; end: number } | undefined {
  const claim = retentionClaims(r.analysis!.context).find((c) => c.start <= offset && offset <= c.end);
  if (!claim) return undefined;
  const sub = claim.subject;
  const name = sub.kind === "data" ? sub.entry.data : sub.p.name;
  const want = sub.kind === "data" ? sub.entry.period : sub.p.retention;
  const at = sub.kind === "data" ? sub.entry.periodRange?.[0] ?? sub.entry.range[0] : sub.p.nameRange[0];
  const verdict = !want ? "The manifest gives no period for it." : !comparable(want, claim.period) ? "Not comparable with the policy's period, so not checked." : samePeriod(want, claim.period) ? "The policy agrees." : `**The policy differs** (it says ${formatPeriod(claim.period)}).`;
  return { text: [`**${name}** — manifest period: **${want ? formatPeriod(want) : "none"}** (${manifestLink(r.manifest, at)})`, "", verdict].join("\n"), start: claim.start, end: claim.end };
}

async function manifestHover(s: Services, path: string, offset: number): Promise<Hover | null> {
  const state = await s.manifests.get(path);
  const cookie = state?.manifest && manifestCookieHover(state.manifest, offset);
  if (state && cookie) return { contents: { kind: MarkupKind.Markdown, value: cookie.markdown }, range: rangeOf(state.lines, cookie.start, cookie.end) };
  const p = state?.manifest && processorNameAt(state.manifest.processors, offset);
  if (!state || !p) return null;
  const lines: string[] = [`**${p.name}**`, ""];
  const named: string[] = [];
  for (const r of await policiesUsing(s, path, false)) {
    const ms = mentionsOf(r, p);
    const file = r.path!.split(/[\\/]/).pop();
    if (ms.length) named.push(`- ${file}: ${ms.length === 1 ? "line" : "lines"} ${[...new Set(ms.map((m) => r.doc.positionAt(m.start).line + 1))].join(", ")}`);
    else named.push(`- ${file}: **never named**`);
  }
  lines.push(named.length ? "Named in the open policies:" : "_No open policy uses this manifest._", ...named);
  const entry = [p.name, ...p.aliases].map((n) => lookupCatalog(n)).find(Boolean);
  if (entry) {
    lines.push("", ...catalogFacts(entry, `Catalog entry **${entry.name}**:`));
    const c = p.countries;
    if (c && !c.includes(entry.country)) lines.push("", `_The catalog's usual country differs from this entry's (${c.join(", ")}); check which region you use._`);
  }
  lines.push(...(await manifestHistoryHover(s, path, offset)));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n") }, range: rangeOf(state.lines, p.nameRange[0], p.nameRange[1]) };
}
