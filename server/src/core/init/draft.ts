import { originOf } from "../changes/history";
import type { ProcessorOrigin } from "../changes/types";
import { analyze } from "../analyze";
import { stripLegalSuffix, type CatalogEntry } from "../catalog";
import { draftCookieLines } from "../cookies/draft";
import { impliesService } from "../cookies/implied";
import { lookupCookie } from "../cookies/known";
import { readCookieTables } from "../cookies/table";
import type { Manifest, Processor, RetentionEntry } from "../manifest/parse";
import { findAddresses } from "../policy/contacts";
import { leadNames } from "../policy/leadNames";
import { parsePolicy, type PolicyDoc } from "../policy/parse";
import type { LanguageHints } from "../packs/choose";
import { msg } from "../messages";
import { findDurations, parsePeriod, type Period } from "../periods";
import { countryClaims } from "../claims/countries";
import { retentionClaims } from "../claims/retention";

interface DraftProcessor {
  name: string;
  /** Names the policy uses that differ from the catalog's canonical name. */
  aliases: string[];
  purpose?: string;
  category?: string;
  country?: string;
  countryGuessed: boolean;
  retention?: Period;
  catalog?: CatalogEntry;
}

export interface Draft {
  yaml: string;
  processors: string[];
  retention: string[];
}

const q = (s: string) => (/^[A-Za-z0-9][\w .,&()/'+-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(s) && !/: /.test(s) ? s : JSON.stringify(s));

/**
 * Drafts a manifest from a policy: every processor it names (catalog services and the lead
 * names of recipients entries), the controller, and the retention schedule it states.
 * Guesses are marked `# TODO: check`. The comments and fill-ins are messages, in the display
 * language (msg); the periods are facts of the policy, written in the policy's language
 * (a manifest accepts periods in every supported language). `hints` choose the policy's
 * language as a check would (the file's path, the setting).
 */
export function draftManifest(policyText: string, opts: { origins?: readonly ProcessorOrigin[]; hints?: LanguageHints } = {}): Draft {
  const doc = parsePolicy(policyText, opts.hints);
  const base = analyze(policyText, undefined, {}, doc);
  const found = new Map<string, DraftProcessor>();
  for (const x of base.mentions) {
    if (!x.catalog || x.denied || (x.selfHosted && x.catalog.category !== "hosting")) continue;
    const entry = x.catalog;
    if (!found.has(entry.name)) found.set(entry.name, { name: entry.name, aliases: [], category: entry.category, country: entry.country, countryGuessed: true, catalog: entry, purpose: purposeNear(doc, x.end) });
    const written = stripLegalSuffix(doc.text.slice(x.start, x.end).replace(/\s+/g, " "));
    const d = found.get(entry.name)!;
    if (written.toLowerCase() !== d.name.toLowerCase() && !d.aliases.some((a) => a.toLowerCase() === written.toLowerCase())) d.aliases.push(written);
  }
  const covered = (s: number, e: number) => base.mentions.some((x) => x.start < e && x.end > s);
  for (const l of leadNames(doc, (b) => base.context.kindsOf(b).has("recipients"), () => false)) {
    if (covered(l.start, l.end)) continue;
    const name = stripLegalSuffix(l.name);
    if (!found.has(name)) found.set(name, { name, aliases: [], category: "other", countryGuessed: true, purpose: purposeNear(doc, l.end) });
  }
  // a known cookie in the cookie table names the service that sets it (`_ga` -> Google Analytics)
  for (const c of readCookieTables(doc).cookies) {
    const known = lookupCookie(c.name);
    const entry = known?.service;
    if (known && entry && impliesService(c, known) && !found.has(entry.name)) found.set(entry.name, { name: entry.name, aliases: [], category: entry.category, country: entry.country, countryGuessed: true, catalog: entry });
  }
  const processors = [...found.values()];
  const retention = retentionSchedule(doc, base.context.kindsOf);
  // second pass: a manifest with these names reveals which countries and periods the policy gives them
  const probe = probeManifest(processors, retention, policyText);
  const second = analyze(policyText, probe, {}, doc);
  for (const c of countryClaims(second.context)) {
    const d = processors[c.processor.index];
    if (d && c.codes[0]) [d.country, d.countryGuessed] = [c.codes[0], false];
  }
  for (const c of retentionClaims(second.context)) {
    if (c.subject.kind === "processor") processors[c.subject.p.index].retention ??= c.period;
  }
  return { yaml: render(doc, processors, retention, opts.origins ?? []), processors: processors.map((p) => p.name), retention: retention.map((r) => r.data) };
}

function purposeNear(doc: PolicyDoc, end: number): string | undefined {
  const rest = doc.masked.slice(end, end + 200);
  const m = /^\**[ \t]*(?:\([^)\n]*\)[ \t]*)?(?:[—–:-]|,\s*which)\s*([^.;\n]{4,120})/.exec(rest);
  return m ? m[1].replace(/[*_`]/g, "").replace(/\s+\(.*?\)\s*$/, "").trim() : undefined;
}

function retentionSchedule(doc: PolicyDoc, kindsOf: (b: number) => Set<string>): { data: string; period: Period; text: string }[] {
  const out: { data: string; period: Period; text: string }[] = [];
  doc.blocks.forEach((b, bi) => {
    if ((b.kind !== "item" && b.kind !== "row") || !kindsOf(bi).has("retention")) return;
    const cells = b.kind === "row" && b.cells ? b.cells.map(([s, e]) => doc.masked.slice(s, e)) : doc.masked.slice(b.contentStart, b.end).split(/:\s+/);
    if (cells.length < 2) return;
    const label = cells[0].replace(/[*_`]/g, "").replace(/^\(?[a-z0-9]{1,3}\)\s*/i, "").trim();
    const rest = cells.slice(1).join(" ").replace(/\s+/g, " ").trim();
    const until = /^until\b[^,.;]*/i.exec(rest);
    const period = until ? parsePeriod(until[0]) : /session/i.test(rest) ? ({ kind: "session" } as Period) : findDurations(rest, 0, doc.pack)[0]?.period ?? parsePeriod(rest.replace(/[.;]$/, ""), [doc.pack]);
    if (label && label.length < 60 && period) out.push({ data: label, period, text: doc.pack.periods.format(period) });
  });
  return out;
}

function probeManifest(processors: DraftProcessor[], retention: { data: string; period: Period }[], text: string): Manifest {
  const ps: Processor[] = processors.map((p, index) => ({ index, name: p.name, aliases: p.aliases, data: [], nameRange: [0, 0], range: [0, 0], retention: { kind: "duration", amount: -1, unit: "day" } }));
  const rs: RetentionEntry[] = retention.map((r, index) => ({ index, data: r.data, aliases: [], period: r.period, range: [0, 0] }));
  return { controller: {}, regimes: ["gdpr"], processors: ps, retention: rs, findings: [], text };
}

function controllerOf(doc: PolicyDoc): { name?: string; email?: string } {
  const named = /\b((?:[A-Z][\w&'.-]*[ \t]+){0,4}(?:GmbH|Ltd|Limited|LLC|Inc|Oy|OÜ|AS|ApS|AB|B\.V\.|BV|SAS|SA|AG|Corp|PBC|S\.r\.l\.|sp\. z o\.o\.))(?=[\s,.)"]|$)/.exec(doc.masked);
  const addresses = findAddresses(doc.visible);
  // the privacy-looking address, else one on the domain the policy uses most
  const domains = new Map<string, number>();
  for (const a of addresses) domains.set(a.address.split("@")[1], (domains.get(a.address.split("@")[1]) ?? 0) + 1);
  const ranked = [...addresses].sort((a, b) => (domains.get(b.address.split("@")[1]) ?? 0) - (domains.get(a.address.split("@")[1]) ?? 0));
  const privacy = addresses.find((a) => /privacy|dpo|data|gdpr/i.test(a.address) || doc.pack.contact.privacyContext.test(a.address)) ?? ranked[0];
  return { name: named?.[1].trim(), email: privacy?.address };
}

function render(doc: PolicyDoc, processors: DraftProcessor[], retention: { data: string; text: string }[], origins: readonly ProcessorOrigin[]): string {
  const c = controllerOf(doc);
  const regimes = ["gdpr", ...(/\bUK GDPR\b/.test(doc.masked) ? ["uk-gdpr"] : []), ...(/\b(?:CCPA|CPRA|California)\b/.test(doc.masked) ? ["ccpa"] : [])];
  const check = `  # ${msg("init.check")}`;
  const L: string[] = [`# ${msg("init.header")}`, "version: 1", "controller:"];
  L.push(`  name: ${c.name ? q(c.name) : `TODO  # ${msg("init.legal-name")}`}`);
  L.push(c.email ? `  email: ${c.email}` : `  email: privacy@example.com${check}`);
  L.push(`regimes: [${regimes.join(", ")}]${check}`, "processors:");
  if (!processors.length) L.push("  []");
  for (const p of processors) {
    L.push(`  - name: ${q(p.name)}`);
    if (p.aliases.length) L.push(`    aliases: [${p.aliases.map(q).join(", ")}]`);
    L.push(`    purpose: ${q(p.purpose ?? msg("init.purpose", { name: p.name }))}${p.purpose ? check : ""}`);
    L.push(`    category: ${p.category ?? "other"}${p.catalog ? "" : check}`);
    if (p.country) L.push(`    country: ${p.country === "NO" ? '"NO"' : p.country}${p.countryGuessed ? `  # ${msg("init.check-catalog")}` : ""}`);
    if (p.retention) L.push(`    retention: ${q(doc.pack.periods.format(p.retention))}`);
    // the committed manifest already lists it: the day it first did is the earliest known start
    const origin = originOf(p, origins);
    if (origin) L.push(`    since: ${origin.date.slice(0, 10)}  # ${msg("init.check-since", { commit: origin.commit.slice(0, 7) })}`);
  }
  if (retention.length) {
    L.push("retention:");
    for (const r of retention) L.push(`  - data: ${q(r.data)}`, `    period: ${q(r.text)}`);
  }
  const byName = new Map(processors.flatMap((p) => [p.name, ...p.aliases].map((n) => [n.toLowerCase(), p.name] as const)));
  const cookies = draftCookieLines(doc, (w) => byName.get(w.toLowerCase()) ?? [...byName].find(([n]) => w.toLowerCase().includes(n))?.[1]);
  if (cookies.length) L.push("cookies:", ...cookies);
  return `${L.join("\n")}\n`;
}
