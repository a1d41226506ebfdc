import type { Analysis } from "../analyze";
import { lookupCatalog, type CatalogEntry } from "../catalog";
import { manifestCookieHover, policyCookieHover } from "../cookies/hover";
import { displayTransferText } from "../fixes/recipients";
import { countryName } from "../geo/countries";
import type { Manifest, Processor } from "../manifest/parse";
import { isOne, msg, regionName, type MessageKey } from "../messages";
import { comparable, displayPeriod, samePeriod } from "../periods";
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
    else if (m.catalog) lines.push(...catalogFacts(m.catalog, msg("hover.catalog-lead", { name: m.catalog.name, manifest: manifest.name })));
    if (m.processor && !m.direct) lines.push("", msg("hover.other-name", { name: m.processor.name }));
    if (m.denied) lines.push("", msg("hover.denied"));
    else if (m.selfHosted && !m.processor) lines.push("", msg("hover.self-hosted"));
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
  const named = namedIn.map((n) => `- ${n.lines.length ? msg(isOne(n.lines.length) ? "hover.named-lines.one" : "hover.named-lines.other", { file: n.file, lines: n.lines.join(", ") }) : msg("hover.never-named", { file: n.file })}`);
  lines.push(named.length ? msg("hover.named-in") : msg("hover.no-policy"), ...named);
  const entry = [p.name, ...p.aliases].map((n) => lookupCatalog(n)).find(Boolean);
  if (entry) {
    lines.push("", ...catalogFacts(entry, msg("hover.catalog-entry", { name: entry.name })));
    const c = p.countries;
    if (c && !c.includes(entry.country)) lines.push("", msg("hover.country-differs", { countries: c.join(", ") }));
  }
  lines.push(...more);
  return { markdown: lines.join("\n"), start: p.nameRange[0], end: p.nameRange[1] };
}

/** A site variable's value and the file that defines it (or an include's file). */
function variableHover(v: VariableInfo): string {
  const lines = [v.summary];
  const d = v.definition;
  if (d && v.resolved) lines.push("", msg("hover.defined-in", { file: d.shown, key: v.resolved.key.length ? ` (\`${v.resolved.key.join(".")}\`)` : "" }));
  if (v.resolved?.kind === "unresolved" && !v.resolved.error) lines.push("", msg("hover.build-time"));
  return lines.join("\n");
}

/** "Vereinigte Staaten (US)": a country in the display language with its code. */
const place = (c: string) => (c.length === 2 ? `${regionName(c, countryName)} (${c})` : c);

/** "- Land: Deutschland (DE)": a fact with its label in the display language. */
const field = (name: string, value: string) => msg("hover.field", { field: msg(`hover.field.${name}` as MessageKey), value });

function processorFacts(p: Processor, manifest: ManifestRef): string[] {
  const rows: [string, string | undefined][] = [
    ["category", p.category],
    ["country", p.countries?.map(place).join(", ")],
    ["transfer", p.transfer ? `${displayTransferText(p.transfer)} (\`${p.transfer}\`)` : undefined],
    ["retention", p.retention ? displayPeriod(p.retention) : p.retentionText],
    ["consent", p.consent === undefined ? undefined : msg(p.consent ? "hover.consent-yes" : "hover.consent-no")],
    ["data", p.data.length ? p.data.join(", ") : undefined],
    ["via", p.via],
  ];
  return [
    msg("hover.manifest-entry", { name: p.name, link: manifest.link(p.nameRange[0]) }),
    "",
    p.purpose ? `${p.purpose}` : msg("hover.no-purpose"),
    "",
    ...rows.filter(([, v]) => v).map(([k, v]) => field(k, v!)),
  ];
}

function catalogFacts(e: CatalogEntry, lead: string): string[] {
  return [lead, "", field("category", e.category), field("usual-country", place(e.country)), field("website", e.website)];
}

/** The manifest period for the data (or processor) a period in the policy is about. */
function periodHover(a: Analysis, offset: number, manifest: ManifestRef): HoverData | undefined {
  const claim = retentionClaims(a.context).find((c) => c.start <= offset && offset <= c.end);
  if (!claim) return undefined;
  const sub = claim.subject;
  const name = sub.kind === "data" ? sub.entry.data : sub.p.name;
  const want = sub.kind === "data" ? sub.entry.period : sub.p.retention;
  const at = sub.kind === "data" ? sub.entry.periodRange?.[0] ?? sub.entry.range[0] : sub.p.nameRange[0];
  const verdict = !want ? msg("hover.period.not-given") : !comparable(want, claim.period) ? msg("hover.period.not-comparable") : samePeriod(want, claim.period) ? msg("hover.period.agrees") : msg("hover.period.differs", { period: displayPeriod(claim.period) });
  return { markdown: [msg("hover.period", { name, period: want ? displayPeriod(want) : msg("hover.period.none"), link: manifest.link(at) }), "", verdict].join("\n"), start: claim.start, end: claim.end };
}
