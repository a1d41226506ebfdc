import type { Analysis } from "../analyze";
import { lookupCatalog, type CatalogEntry } from "../catalog";
import { manifestCookieHover, policyCookieHover } from "../cookies/hover";
import { transferText } from "../fixes/recipients";
import { countryName } from "../geo/countries";
import type { Manifest, Processor } from "../manifest/parse";
import { comparable, formatPeriod, samePeriod } from "../periods";
import { retentionClaims } from "../claims/retention";
import { variableAt, type VariableInfo } from "../site/lookup";
import { mentionAt, processorNameAt } from "./lookup";
import type { HoverData } from "./types";

/** How a hover names the manifest: its file name, and a Markdown link to the line of an offset in it. */
export interface ManifestRef {
  name: string;
  link(offset: number): string;
}

/**
 * Hover in a policy: on a site variable, its value and where it is defined; on a cookie, what
 * the manifest and the cookie database say; on a processor's name, its manifest entry (or its
 * catalog entry when the manifest lacks it); on a retention period, the manifest's period for
 * that data and whether the two agree.
 */
export function policyHover(a: Analysis, offset: number, manifest: ManifestRef): HoverData | undefined {
  const v = variableAt(a, offset);
  if (v) return { markdown: variableHover(v), start: v.start, end: v.end };
  const cookie = policyCookieHover(a.doc, a.manifest, offset);
  if (cookie) return { markdown: cookie.markdown, start: cookie.start, end: cookie.end };
  const m = mentionAt(a, offset);
  if (m) {
    const lines: string[] = [];
    if (m.processor) lines.push(...processorFacts(m.processor, manifest));
    else if (m.catalog) lines.push(...catalogFacts(m.catalog, `**${m.catalog.name}** is not in ${manifest.name}; the built-in catalog says:`));
    if (m.processor && !m.direct) lines.push("", `_Named here by another name of the same company; the manifest lists it as ${m.processor.name}._`);
    if (m.denied) lines.push("", "_This sentence says the service is not used, so it neither discloses nor adds a processor._");
    else if (m.selfHosted && !m.processor) lines.push("", "_Described as self-hosted, so it is not treated as a third party._");
    return { markdown: lines.join("\n"), start: m.start, end: m.end };
  }
  return periodHover(a, offset, manifest);
}

/** Where a processor is named: one entry per policy, with the lines (empty: never named). */
export interface NamedIn {
  file: string;
  lines: number[];
}

/**
 * Hover in the manifest: on a cookie entry, the cookie; on a processor's name, where the
 * policies name it (`namedIn`, which the host collects for `processorNameAt`), what the
 * catalog knows, and the lines the host adds (its git history).
 */
export function manifestHover(m: Manifest, offset: number, namedIn: NamedIn[], more: string[] = []): HoverData | undefined {
  const cookie = manifestCookieHover(m, offset);
  if (cookie) return { markdown: cookie.markdown, start: cookie.start, end: cookie.end };
  const p = processorNameAt(m.processors, offset);
  if (!p) return undefined;
  const lines: string[] = [`**${p.name}**`, ""];
  const named = namedIn.map((n) => (n.lines.length ? `- ${n.file}: ${n.lines.length === 1 ? "line" : "lines"} ${n.lines.join(", ")}` : `- ${n.file}: **never named**`));
  lines.push(named.length ? "Named in the open policies:" : "_No open policy uses this manifest._", ...named);
  const entry = [p.name, ...p.aliases].map((n) => lookupCatalog(n)).find(Boolean);
  if (entry) {
    lines.push("", ...catalogFacts(entry, `Catalog entry **${entry.name}**:`));
    const c = p.countries;
    if (c && !c.includes(entry.country)) lines.push("", `_The catalog's usual country differs from this entry's (${c.join(", ")}); check which region you use._`);
  }
  lines.push(...more);
  return { markdown: lines.join("\n"), start: p.nameRange[0], end: p.nameRange[1] };
}

/** A site variable's value and the file that defines it (or an include's file). */
function variableHover(v: VariableInfo): string {
  const lines = [v.summary];
  const d = v.definition;
  if (d && v.resolved) lines.push("", `Defined in ${d.shown}${v.resolved.key.length ? ` (\`${v.resolved.key.join(".")}\`)` : ""}.`);
  if (v.resolved?.kind === "unresolved" && !v.resolved.error) lines.push("", "_The site may fill it in at build time; until then the page is checked without it._");
  return lines.join("\n");
}

function processorFacts(p: Processor, manifest: ManifestRef): string[] {
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
    `**${p.name}** — manifest entry in ${manifest.link(p.nameRange[0])}`,
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
function periodHover(a: Analysis, offset: number, manifest: ManifestRef): HoverData | undefined {
  const claim = retentionClaims(a.context).find((c) => c.start <= offset && offset <= c.end);
  if (!claim) return undefined;
  const sub = claim.subject;
  const name = sub.kind === "data" ? sub.entry.data : sub.p.name;
  const want = sub.kind === "data" ? sub.entry.period : sub.p.retention;
  const at = sub.kind === "data" ? sub.entry.periodRange?.[0] ?? sub.entry.range[0] : sub.p.nameRange[0];
  const verdict = !want ? "The manifest gives no period for it." : !comparable(want, claim.period) ? "Not comparable with the policy's period, so not checked." : samePeriod(want, claim.period) ? "The policy agrees." : `**The policy differs** (it says ${formatPeriod(claim.period)}).`;
  return { markdown: [`**${name}** — manifest period: **${want ? formatPeriod(want) : "none"}** (${manifest.link(at)})`, "", verdict].join("\n"), start: claim.start, end: claim.end };
}
