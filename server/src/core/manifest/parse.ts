import { isMap, isNode, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import type { $ZodIssue } from "zod/v4/core";
import { lookupCatalog } from "../catalog";
import { parseManifestDuration } from "../cookies/duration";
import { readCookieName } from "../cookies/names";
import type { CookiePurpose, ManifestCookie } from "../cookies/types";
import { addProcessorFix } from "../fixes/manifest";
import type { Category } from "../catalog/types";
import { lookalikeNameFindings } from "../names/lookalike";
import { parsePeriod, type Period } from "../periods";
import type { RawFinding, Regime } from "../types";
import { KNOWN_KEYS, manifestSchema } from "./schema";
import { msg } from "../messages";

/** A processor entry with every field that passed validation (invalid fields are absent). */
export interface Processor {
  index: number;
  name: string;
  aliases: string[];
  purpose?: string;
  category?: Category;
  data: string[];
  /** Valid country codes; undefined when missing or invalid. */
  countries?: string[];
  transfer?: string;
  retention?: Period;
  retentionText?: string;
  consent?: boolean;
  via?: string;
  /** The registered company name, shown beside the name on the published list. */
  legalName?: string;
  /** When the processor starts (or started) processing, YYYY-MM-DD. */
  since?: string;
  /** Offsets of the since value, when given (for the notice-period fix). */
  sinceRange?: [number, number];
  /** Offsets of the name value, and of the whole entry, in the manifest text. */
  nameRange: [number, number];
  range: [number, number];
}

export interface RetentionEntry {
  index: number;
  data: string;
  aliases: string[];
  period?: Period;
  periodText?: string;
  store?: string;
  range: [number, number];
  periodRange?: [number, number];
}

export interface Controller {
  name?: string;
  email?: string;
  contact?: string;
  country?: string;
  dpo?: string;
  authority?: string;
}

export interface Manifest {
  controller: Controller;
  regimes: Regime[];
  disclosureList?: string;
  /** Days of notice promised to customers before a new sub-processor starts. */
  noticeDays?: number;
  /** The published change feed's own URL (the Atom self link). */
  disclosureFeed?: string;
  processors: Processor[];
  retention: RetentionEntry[];
  /** Declared cookies; `cookiesDeclared` tells whether the manifest has a `cookies:` key at all. */
  cookies?: ManifestCookie[];
  cookiesDeclared?: boolean;
  /** Offset after the last cookie entry, and its indent, for a fix that adds one. */
  cookiesEnd?: { offset: number; indent: string };
  /** manifest-invalid findings, in manifest offsets. */
  findings: RawFinding[];
  /** The raw text, for fixes that edit the manifest. */
  text: string;
  /** Offset where a new processor entry can be appended, and the indent of entries. */
  processorsEnd?: { offset: number; indent: string };
  /** The top-level keys with their node ranges (key, and key to the end of its value), in order. */
  keys?: TopKey[];
}

export interface TopKey {
  key: string;
  keyRange: [number, number];
  range: [number, number];
}

type Path = (string | number)[];

/** Formats a path the contract's way: processors[2].country, retention[1].store. */
export function formatPath(path: Path): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out || "manifest";
}

/**
 * Parses and validates a manifest. Never throws: every syntax or schema problem becomes a
 * manifest-invalid finding on the exact node, and the valid parts are still returned.
 */
export function parseManifest(text: string): Manifest {
  const findings: RawFinding[] = [];
  const empty: Manifest = { controller: {}, regimes: ["gdpr"], processors: [], retention: [], cookies: [], cookiesDeclared: false, findings, text };
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: "error" });
  } catch (e) {
    findings.push(invalid("yaml", msg("manifest.not-yaml", { problem: String((e as Error).message) }), 0, Math.min(text.length, 1)));
    return empty;
  }
  for (const err of doc.errors) {
    // yaml reports some errors (an unclosed quote or bracket) at the end of the text: keep ranges inside it
    const s = Math.min(err.pos[0], text.length);
    const e = Math.min(Math.max(err.pos[1], s + 1), text.length);
    const problem = err.message.split("\n")[0].replace(/ at line \d+, column \d+.*$/, "");
    findings.push(invalid("yaml", msg("manifest.yaml-syntax", { problem }), s, e));
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    findings.push(invalid("yaml", msg("manifest.aliases", { problem: (e as Error).message }), 0, Math.min(text.length, 1)));
    return empty;
  }
  if (doc.errors.length && (raw === null || typeof raw !== "object")) return empty;
  if (raw === null || raw === undefined) {
    findings.push(invalid("manifest", msg("manifest.empty"), 0, Math.min(text.length, 1)));
    return empty;
  }

  const bad = new Set<string>();
  const result = manifestSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const [s, e] = nodeRange(doc, path, text);
      findings.push(invalid(formatPath(path), messageOf(issue), s, e));
      bad.add(formatPath(path));
    }
  }
  if (!isPlainObject(raw)) return empty;

  checkUnknownKeys(doc, raw, text, findings);
  const m = buildModel(doc, raw, bad, text, findings);
  checkReferences(doc, m, text, findings);
  findings.push(...lookalikeNameFindings(m.processors, (sk) => !!lookupCatalog(sk), (path) => nodeRange(doc, path, text)));
  return m;
}

function invalid(subject: string, message: string, start: number, end: number): RawFinding {
  return { rule: "manifest-invalid", subject, message, file: "manifest", start, end };
}

function messageOf(issue: $ZodIssue): string {
  if (issue.code === "invalid_union" && "errors" in issue && issue.errors.length) {
    // the branch that got furthest (inside a list) knows best, then a custom message, then the first
    const firsts = issue.errors.map((branch) => branch[0]).filter((b) => !!b);
    const first = firsts.find((b) => b.path.length > 0) ?? firsts.find((b) => b.code === "custom") ?? firsts[0];
    if (first) return messageOf(first);
  }
  return issue.message;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The range of the deepest existing node on `path` (the value for a key, the item for an index). */
function nodeRange(doc: Document.Parsed, path: Path, text: string): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const s = node.range[0];
      let e = node.range[1];
      if (depth < path.length && isMap(node)) {
        // a missing key: point at the first line of the entry rather than the whole block
        const nl = text.indexOf("\n", s);
        if (nl > s && nl < e) e = nl;
      }
      // an empty node at the very end (a bare "- ") would point past the text
      const start = Math.min(s, text.length);
      return [start, Math.min(Math.max(e, start + 1), text.length)];
    }
  }
  return [0, Math.min(1, text.length)];
}

function rangeOf(doc: Document.Parsed, path: Path): [number, number] | undefined {
  const node = doc.getIn(path, true) as Node | undefined;
  return isNode(node) && node.range ? [node.range[0], node.range[1]] : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && !!x.trim()).map((x) => x.trim()) : []);

function buildModel(doc: Document.Parsed, raw: Record<string, unknown>, bad: Set<string>, text: string, findings: RawFinding[]): Manifest {
  const ok = (p: string) => !bad.has(p);
  const c = isPlainObject(raw.controller) ? raw.controller : {};
  const controller: Controller = {};
  for (const k of ["name", "email", "contact", "country", "dpo", "authority"] as const) {
    if (ok(`controller.${k}`) && str(c[k])) controller[k] = str(c[k]);
  }
  const regimes = ok("regimes") && Array.isArray(raw.regimes)
    ? (raw.regimes.filter((r, i) => ok(`regimes[${i}]`) && ["gdpr", "uk-gdpr", "ccpa"].includes(r as string)) as Regime[])
    : ["gdpr" as Regime];
  const disc = isPlainObject(raw.disclosure) && ok("disclosure") ? raw.disclosure : {};
  const disclosureList = str(disc.list);
  const noticeDays = ok("disclosure.notice_days") && typeof disc.notice_days === "number" ? disc.notice_days : undefined;
  const disclosureFeed = ok("disclosure.feed") ? str(disc.feed) : undefined;

  const processors: Processor[] = [];
  const rawProcessors = Array.isArray(raw.processors) && ok("processors") ? raw.processors : [];
  rawProcessors.forEach((p, i) => {
    const at = `processors[${i}]`;
    if (!isPlainObject(p) || !ok(at) || !ok(`${at}.name`) || !str(p.name)) return;
    const range = rangeOf(doc, ["processors", i]) ?? [0, 0];
    const retentionText = ok(`${at}.retention`) && (typeof p.retention === "string" || typeof p.retention === "number") ? String(p.retention) : undefined;
    const countries = ok(`${at}.country`) && p.country !== undefined
      ? (Array.isArray(p.country) ? strList(p.country.filter((_, j) => ok(`${at}.country[${j}]`))) : str(p.country) ? [str(p.country)!] : undefined)
      : undefined;
    processors.push({
      index: i,
      name: str(p.name)!,
      aliases: ok(`${at}.aliases`) ? strList(p.aliases) : [],
      purpose: str(p.purpose),
      category: ok(`${at}.category`) ? (str(p.category) as Category | undefined) : undefined,
      data: strList(p.data),
      countries: countries && countries.length ? countries : undefined,
      transfer: ok(`${at}.transfer`) ? str(p.transfer) : undefined,
      retention: retentionText ? parsePeriod(retentionText) : undefined,
      retentionText,
      consent: ok(`${at}.consent`) && typeof p.consent === "boolean" ? p.consent : undefined,
      via: ok(`${at}.via`) ? str(p.via) : undefined,
      legalName: ok(`${at}.legal_name`) ? str(p.legal_name) : undefined,
      since: ok(`${at}.since`) ? str(p.since) : undefined,
      sinceRange: rangeOf(doc, ["processors", i, "since"]),
      nameRange: rangeOf(doc, ["processors", i, "name"]) ?? range,
      range,
    });
  });

  const retention: RetentionEntry[] = [];
  const rawRetention = Array.isArray(raw.retention) && ok("retention") ? raw.retention : [];
  rawRetention.forEach((r, i) => {
    const at = `retention[${i}]`;
    if (!isPlainObject(r) || !ok(at) || !ok(`${at}.data`) || !str(r.data)) return;
    const periodText = ok(`${at}.period`) && (typeof r.period === "string" || typeof r.period === "number") ? String(r.period) : undefined;
    retention.push({
      index: i,
      data: str(r.data)!,
      aliases: ok(`${at}.aliases`) ? strList(r.aliases) : [],
      period: periodText ? parsePeriod(periodText) : undefined,
      periodText,
      store: ok(`${at}.store`) ? str(r.store) : undefined,
      range: rangeOf(doc, ["retention", i]) ?? [0, 0],
      periodRange: rangeOf(doc, ["retention", i, "period"]),
    });
  });

  const cookies: ManifestCookie[] = [];
  const rawCookies = Array.isArray(raw.cookies) && ok("cookies") ? raw.cookies : [];
  rawCookies.forEach((c, i) => {
    const at = `cookies[${i}]`;
    if (!isPlainObject(c) || !ok(at) || !ok(`${at}.name`) || !str(c.name)) return;
    const range = rangeOf(doc, ["cookies", i]) ?? [0, 0];
    const purpose = ok(`${at}.purpose`) ? (str(c.purpose) as CookiePurpose | undefined) : undefined;
    const durationText = ok(`${at}.duration`) && (typeof c.duration === "string" || typeof c.duration === "number") ? String(c.duration) : undefined;
    const consent = ok(`${at}.consent`) && typeof c.consent === "boolean" ? c.consent : purpose !== "necessary";
    cookies.push({
      index: i, name: readCookieName(str(c.name)!), provider: ok(`${at}.provider`) ? str(c.provider) : undefined, purpose,
      lifetime: durationText ? parseManifestDuration(durationText) : undefined, durationText, consent,
      range, nameRange: rangeOf(doc, ["cookies", i, "name"]) ?? range, durationRange: rangeOf(doc, ["cookies", i, "duration"]),
    });
  });

  return {
    controller, regimes, disclosureList, noticeDays, disclosureFeed, processors, retention, findings, text, processorsEnd: appendPoint(doc, text),
    cookies, cookiesDeclared: raw.cookies !== undefined && raw.cookies !== null, cookiesEnd: appendPoint(doc, text, "cookies"), keys: topKeys(doc),
  };
}

/** The top-level keys, each from its key to the end of its value (yaml's value end, before trailing comments). */
function topKeys(doc: Document.Parsed): TopKey[] {
  if (!isMap(doc.contents)) return [];
  const out: TopKey[] = [];
  for (const pair of doc.contents.items) {
    const k = pair.key;
    if (!isScalar(k) || !k.range || typeof k.value !== "string") continue;
    const v = isNode(pair.value) && pair.value.range ? pair.value.range : undefined;
    out.push({ key: k.value, keyRange: [k.range[0], k.range[1]], range: [k.range[0], Math.max(k.range[1], v?.[1] ?? 0)] });
  }
  return out;
}

/** Where a new entry goes: after the last item of `processors` (or another list), with its indent. */
function appendPoint(doc: Document.Parsed, text: string, list = "processors"): Manifest["processorsEnd"] {
  const seq = doc.get(list, true);
  if (!isSeq(seq) || !seq.items.length) return undefined;
  const last = seq.items[seq.items.length - 1];
  if (!isNode(last) || !last.range) return undefined;
  const lineStart = text.lastIndexOf("\n", last.range[0] - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  let end = last.range[2];
  // yaml ranges can include trailing comment lines; stop at the end of the last content line
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return { offset: end, indent };
}

/** Unknown keys are reported only when they look like a typo of a known key. */
function checkUnknownKeys(doc: Document.Parsed, raw: Record<string, unknown>, text: string, findings: RawFinding[]) {
  const visit = (obj: unknown, kind: keyof typeof KNOWN_KEYS, path: Path) => {
    if (!isPlainObject(obj)) return;
    for (const key of Object.keys(obj)) {
      const known = KNOWN_KEYS[kind];
      if (known.includes(key)) continue;
      const near = known.find((k) => editDistance(k, key.toLowerCase()) <= 2);
      if (!near) continue;
      const map = doc.getIn(path, true);
      const pair = isMap(map) ? map.items.find((it) => isScalar(it.key) && it.key.value === key) : undefined;
      const r = pair && isScalar(pair.key) && pair.key.range ? pair.key.range : nodeRange(doc, path, text);
      findings.push(invalid(formatPath([...path, key]), msg("manifest.unknown-key", { key, near }), r[0], Math.max(r[1], r[0] + 1)));
    }
  };
  visit(raw, "root", []);
  visit(raw.controller, "controller", ["controller"]);
  visit(raw.disclosure, "disclosure", ["disclosure"]);
  if (Array.isArray(raw.processors)) raw.processors.forEach((p, i) => visit(p, "processor", ["processors", i]));
  if (Array.isArray(raw.retention)) raw.retention.forEach((r, i) => visit(r, "retention", ["retention", i]));
  if (Array.isArray(raw.cookies)) raw.cookies.forEach((c, i) => visit(c, "cookie", ["cookies", i]));
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** Duplicate names/aliases (reported on the later node) and store/via naming unknown processors. */
function checkReferences(doc: Document.Parsed, m: Manifest, text: string, findings: RawFinding[]) {
  const seen = new Map<string, string>();
  for (const p of m.processors) {
    const names: [string, Path][] = [[p.name, ["processors", p.index, "name"]], ...p.aliases.map((a, j): [string, Path] => [a, ["processors", p.index, "aliases", j]])];
    const own = new Set<string>();
    for (const [name, path] of names) {
      const key = name.normalize("NFKC").toLowerCase();
      if (own.has(key)) continue;
      own.add(key);
      const first = seen.get(key);
      if (first) {
        const [s, e] = nodeRange(doc, path, text);
        findings.push(invalid(formatPath(path), msg("manifest.duplicate", { name, first }), s, e));
      } else seen.set(key, `${p.name} (processors[${p.index}])`);
    }
  }
  const known = new Set(m.processors.flatMap((p) => [p.name, ...p.aliases]).map((n) => n.toLowerCase()));
  for (const p of m.processors) {
    if (p.via && !known.has(p.via.toLowerCase())) {
      const [s, e] = nodeRange(doc, ["processors", p.index, "via"], text);
      findings.push(invalid(`processors[${p.index}].via`, msg("manifest.via", { name: p.via }), s, e));
    }
  }
  for (const c of m.cookies ?? []) {
    if (!c.provider || c.provider.toLowerCase() === "first-party" || known.has(c.provider.toLowerCase())) continue;
    const [s, e] = nodeRange(doc, ["cookies", c.index, "provider"], text);
    const entry = lookupCatalog(c.provider);
    findings.push({
      ...invalid(`cookies[${c.index}].provider`, msg("manifest.provider", { name: c.provider }), s, e),
      fixes: addProcessorFix(m, entry?.name ?? c.provider, entry),
    });
  }
  for (const r of m.retention) {
    if (r.store && !known.has(r.store.toLowerCase())) {
      const [s, e] = nodeRange(doc, ["retention", r.index, "store"], text);
      findings.push(invalid(`retention[${r.index}].store`, msg("manifest.store", { name: r.store }), s, e));
    }
  }
}
