import { CATALOG, lookupCatalog, stripLegalSuffix, type CatalogEntry } from "../catalog";
import type { Manifest, Processor } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { DEFAULT_PACK, type LanguagePack } from "../packs/index";
import { NameMatcher, type NameMatch, type Token } from "./matcher";

/** A processor named in the policy. */
export interface Mention {
  start: number;
  end: number;
  /** The manifest processor it names, directly or through a catalog entry of the same company. */
  processor?: Processor;
  /** Named by a manifest name or alias (what counts as disclosure). */
  direct: boolean;
  catalog?: CatalogEntry;
  sentence: number;
  /** In a sentence that denies using it ("we do not use Google Analytics"). */
  denied: boolean;
  /** In a sentence that says the software runs on the company's own servers. */
  selfHosted: boolean;
}

type Payload = { processor?: Processor; catalog?: CatalogEntry; ambiguous: boolean; direct?: boolean };

const catalogMatcherNames: [string, CatalogEntry][] = CATALOG.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n): [string, CatalogEntry] => [n, e]));

const key = (n: string) => stripLegalSuffix(n).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A single word that is also an ordinary word needs a capital letter and context to count. */
function isAmbiguous(name: string, entry: CatalogEntry | undefined): boolean {
  return !!entry?.ambiguous && !/[\s.-]/.test(name.trim());
}

/** Links manifest processors to catalog entries that share a name or alias. */
export function linkCatalog(manifest: Manifest | undefined): Map<CatalogEntry, Processor> {
  const links = new Map<CatalogEntry, Processor>();
  for (const p of manifest?.processors ?? []) {
    for (const n of [p.name, ...p.aliases]) {
      const e = lookupCatalog(n);
      if (e && !links.has(e)) links.set(e, p);
    }
  }
  return links;
}

const matchers = new WeakMap<Manifest, NameMatcher<Payload>>();
let noManifestMatcher: NameMatcher<Payload> | undefined;

/**
 * The name matcher of a manifest (its names and aliases, then the catalog's), built once per
 * parsed manifest: an editor re-checks on every keystroke against the same manifest object,
 * and building the automaton (some two thousand names) costs more than matching a page.
 */
function matcherFor(manifest: Manifest | undefined): NameMatcher<Payload> {
  if (!manifest) return (noManifestMatcher ??= buildMatcher(undefined, new Map()));
  let m = matchers.get(manifest);
  if (!m) matchers.set(manifest, (m = buildMatcher(manifest, linkCatalog(manifest))));
  return m;
}

function buildMatcher(manifest: Manifest | undefined, links: Map<CatalogEntry, Processor>): NameMatcher<Payload> {
  const matcher = new NameMatcher<Payload>();
  for (const p of manifest?.processors ?? []) {
    for (const n of [p.name, ...p.aliases]) {
      const entry = lookupCatalog(n);
      const payload = { processor: p, catalog: entry, ambiguous: isAmbiguous(n, entry), direct: true };
      matcher.add(n, payload);
      const bare = stripLegalSuffix(n);
      if (bare !== n) matcher.add(bare, payload);
    }
  }
  for (const [n, e] of catalogMatcherNames) matcher.add(n, { processor: links.get(e), catalog: e, ambiguous: isAmbiguous(n, e) });
  return matcher;
}

const DENIAL_REACH = 600;

/** Whether a sentence says the software runs on the company's own servers. */
export function isSelfHostedText(text: string, pack: LanguagePack = DEFAULT_PACK): boolean {
  return pack.mentions.selfHosted.test(text);
}

/** Every processor mention in the policy (code, comments and front matter never count). */
export function findMentions(doc: PolicyDoc, manifest: Manifest | undefined, tokens?: Token[]): Mention[] {
  const matcher = matcherFor(manifest);
  const { pack } = doc;
  const sentenceOf = sentenceFinder(doc);
  const out: Mention[] = [];
  const selfHostedCache = new Map<number, boolean>();
  const accept = (m: NameMatch<Payload>) => !m.payload.ambiguous || ambiguousOk(doc, m.start, m.end, sentenceOf(m.start), !!m.payload.processor && !!manifest?.processors.includes(m.payload.processor) && !!m.payload.direct);
  const matches = tokens ? matcher.match(doc.masked, tokens, accept) : matcher.matchText(doc.masked, accept);
  for (const m of matches) {
    const si = sentenceOf(m.start);
    const s = si >= 0 ? doc.sentences[si] : { start: m.start, end: m.end };
    let selfHosted = selfHostedCache.get(si);
    if (selfHosted === undefined) {
      selfHosted = pack.mentions.selfHosted.test(doc.masked.slice(s.start, s.end));
      selfHostedCache.set(si, selfHosted);
    }
    out.push({
      start: m.start,
      end: m.end,
      processor: m.payload.processor,
      direct: !!m.payload.processor && isDirect(doc.masked.slice(m.start, m.end), m.payload.processor),
      catalog: m.payload.catalog,
      sentence: si,
      denied: isDenied(doc.masked, s.start, m.start, m.end, s.end, pack),
      selfHosted,
    });
  }
  return out;
}

/**
 * Whether any mention overlaps [start, end). Mentions come out of one left-to-right pass and
 * never overlap, so their ends are sorted too: a binary search replaces a scan of them all.
 */
export function overlapsMention(mentions: readonly Mention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].end > start) hi = mid;
    else lo = mid + 1;
  }
  return lo < mentions.length && mentions[lo].start < end;
}

function isDirect(written: string, p: Processor): boolean {
  const k = ` ${key(written)} `;
  return [p.name, ...p.aliases].some((n) => k.includes(` ${key(n)} `));
}

/** A denial cue earlier in the same clause ("we do not use X", "no X") or right after ("X is not used"). */
export function isDenied(text: string, sentStart: number, start: number, end: number, sentEnd: number, pack: LanguagePack = DEFAULT_PACK): boolean {
  const { denial, clauseBreak, afterDenial } = pack.mentions;
  // a denial reaches a few lines back at most; reading the whole sentence for every name is quadratic
  let from = Math.max(sentStart, start - DENIAL_REACH);
  if (from > sentStart) from = Math.min(start, text.indexOf(" ", from) + 1 || start);
  const before = text.slice(from, start);
  let clause = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(before); m; m = clauseBreak.exec(before)) clause = m.index + m[0].length;
  denial.lastIndex = 0;
  if (denial.test(before.slice(clause))) return true;
  return afterDenial.test(text.slice(end, Math.min(sentEnd, end + 40)));
}

/** The index of the sentence containing an offset (-1 outside every sentence). */
export function sentenceFinder(doc: PolicyDoc): (offset: number) => number {
  const ss = doc.sentences;
  return (offset) => {
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].end <= offset) lo = mid + 1;
      else if (ss[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
}

const LEAD = /^[\s*_>([]*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]\s*)?[\s*_]*$/i;


function ambiguousOk(doc: PolicyDoc, start: number, end: number, si: number, manifestName: boolean): boolean {
  if (!/^\p{Lu}/u.test(doc.masked[start])) return false;
  // a capitalised name the manifest lists is the processor; only catalog-only words need more context
  if (manifestName) return true;
  const s = si >= 0 ? doc.sentences[si] : undefined;
  // a lead longer than any list marker is prose (and LEAD is quadratic on long blank runs)
  if (!s || start - s.start > 40 || !LEAD.test(doc.masked.slice(s.start, start))) return true;
  // first word of a sentence: a capital proves nothing, so the name must stand as a name
  const block = doc.blocks[s.block];
  if (block && (block.kind === "row" || block.kind === "item")) return true;
  const after = doc.masked.slice(end, end + 24);
  return /^(?:\*\*|__)?\s*(?:[(—–:,]|-\s|'s\b|’s\b)/.test(after) || doc.pack.mentions.serviceVerb.test(after);
}
