import { CATALOG, lookupCatalog, stripLegalSuffix, type CatalogEntry } from "../catalog";
import type { Manifest, Processor } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { DEFAULT_PACK, type LanguagePack } from "../packs/index";
import { memoFor, memoized, versionValue } from "../policy/memo";
import { NameMatcher, type NameMatch, type Token } from "./matcher";
import { usedAsServiceName } from "./serviceContext";
import { joinedContext } from "./tokenContext";
import { firstReached } from "../text/sortedSearch";

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

type Payload = { processor?: Processor; catalog?: CatalogEntry; ambiguous: boolean; direct?: boolean; capitals?: boolean[] };

const catalogMatcherNames: [string, CatalogEntry][] = CATALOG.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n): [string, CatalogEntry] => [n, e]));

/** First words that begin the names of two or more catalog entries ("Google", "Amazon", "Azure"): brands, not prose. */
const BRAND_FIRST_WORDS = (() => {
  const entries = new Map<string, Set<CatalogEntry>>();
  for (const [n, e] of catalogMatcherNames) {
    const first = n.trim().split(/\s+/)[0].toLowerCase();
    if (!/\s/.test(n.trim())) continue;
    (entries.get(first) ?? entries.set(first, new Set()).get(first)!).add(e);
  }
  return new Set([...entries].filter(([, es]) => es.size > 1).map(([w]) => w));
})();

/**
 * Which words of a catalog name must start with a capital for the text to name it: every
 * capitalised word of a name made of several words ("Better Uptime", "Sum and Substance"),
 * only the first after a brand that starts many names ("Google analytics"). A single word
 * needs none here (an ordinary word among them is flagged ambiguous and read in context).
 */
function capitalsOf(name: string): boolean[] | undefined {
  const words = name.split(/[\s\-–.&'’/·]+/).filter(Boolean);
  if (words.length < 2) return undefined;
  const caps = words.map((w) => /^\p{Lu}/u.test(w));
  if (!caps.some(Boolean)) return undefined;
  return BRAND_FIRST_WORDS.has(words[0].toLowerCase()) ? caps.map((c, i) => c && i === 0) : caps;
}

/**
 * Whether the text writes a catalog name with the capitals the name has: a brand is written as
 * a name ("Better Uptime", "Sum and Substance"), while the same words in lower case are prose
 * ("for better uptime", "the sum and substance of it"). A manifest's own names match in any case.
 */
function writtenAsName(written: string, caps: boolean[]): boolean {
  const words = written.split(/[\s\-–.&'’/·>]+/).filter(Boolean);
  if (words.length !== caps.length) return true;
  return words.every((w, i) => !caps[i] || /^[\p{Lu}\p{N}]/u.test(w));
}


const key = (n: string) => stripLegalSuffix(n).normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * Last words of product names that no prose ends a name with: "Fathom Analytics", "Zoho Mail",
 * "Proton Drive". They make a name of several words a product even when its first word is
 * ordinary English.
 */
const PRODUCT_WORDS = new Set(["analytics", "mail", "cloud", "crm", "pay", "payments", "drive", "docs", "calendar", "meet", "forms", "desk", "cdn", "hosting", "monitoring", "insights", "ads", "pixel", "sdk", "api", "storage", "vpn"]);

/**
 * A name that is also ordinary English ("Box", "Help Scout") needs capitals and context to count;
 * a domain-like alias ("Box.com") or a product name ("Fathom Analytics") does not.
 */
function isAmbiguous(name: string, entry: CatalogEntry | undefined): boolean {
  if (!entry?.ambiguous || name.includes(".")) return false;
  const words = name.trim().split(/\s+/);
  return !(words.length > 1 && PRODUCT_WORDS.has(words[words.length - 1].toLowerCase()));
}

/**
 * Links manifest processors to catalog entries that share a name or alias, then to the products
 * of a company the manifest names by its bare name for the same kind of work: "Google" listed
 * for authentication is the "Google Sign-In" the policy names (but not Google Analytics).
 */
export function linkCatalog(manifest: Manifest | undefined): Map<CatalogEntry, Processor> {
  const links = new Map<CatalogEntry, Processor>();
  // the names without a catalog entry, by category (in manifest order): a catalog entry looks only at its own category's
  const companies = new Map<string, [string, Processor][]>();
  for (const p of manifest?.processors ?? []) {
    for (const n of [p.name, ...p.aliases]) {
      const e = lookupCatalog(n);
      if (e && !links.has(e)) links.set(e, p);
      else if (!e && p.category) (companies.get(p.category) ?? companies.set(p.category, []).get(p.category)!).push([key(n) + " ", p]);
    }
  }
  if (companies.size) {
    for (const e of CATALOG) {
      if (links.has(e) || e.owner) continue; // a product sold apart (SendGrid by Twilio) is its own processor
      const same = companies.get(e.category);
      if (!same) continue;
      const name = key(e.name);
      const owner = same.find(([prefix]) => name.startsWith(prefix));
      if (owner) links.set(e, owner[1]);
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

/** Of two overlapping names as long as each other, the manifest's wins: a catalog hit covered by a manifest mention is the manifest processor. */
const preferManifest = (a: Payload, b: Payload) => !!a.direct && !b.direct;

function buildMatcher(manifest: Manifest | undefined, links: Map<CatalogEntry, Processor>): NameMatcher<Payload> {
  const matcher = new NameMatcher<Payload>(preferManifest);
  for (const p of manifest?.processors ?? []) {
    for (const n of [p.name, ...p.aliases]) {
      const entry = lookupCatalog(n);
      const payload = { processor: p, catalog: entry, ambiguous: isAmbiguous(n, entry), direct: true };
      matcher.add(n, payload);
      const bare = stripLegalSuffix(n);
      if (bare !== n) matcher.add(bare, payload);
    }
  }
  for (const [n, e] of catalogMatcherNames) matcher.add(n, { processor: links.get(e), catalog: e, ambiguous: isAmbiguous(n, e), capitals: capitalsOf(n) });
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
  // an ambiguous name with no context of its own counts only beside another service in its sentence
  const pending = new Set<NameMatch<Payload>>();
  const accept = (m: NameMatch<Payload>) => {
    const joined = joinedContext(doc.masked, m.start, m.end);
    if (joined === "inside") return false;
    if (joined === "host") return true;
    if (m.payload.capitals && !m.payload.direct && !writtenAsName(doc.masked.slice(m.start, m.end), m.payload.capitals)) return false;
    if (!m.payload.ambiguous) return true;
    const listed = !!m.payload.processor && !!manifest?.processors.includes(m.payload.processor) && !!m.payload.direct;
    let wanted = false;
    const ok = usedAsServiceName(doc, m.start, m.end, sentenceOf(m.start), listed, () => (wanted = true));
    if (wanted) pending.add(m);
    return ok || wanted;
  };
  let matches = tokens ? matcher.match(doc.masked, tokens, accept) : matcher.pick(candidatesByParagraph(matcher, doc), accept);
  if (pending.size) {
    const sure = new Set<number>();
    for (const m of matches) if (!pending.has(m)) sure.add(sentenceOf(m.start));
    matches = matches.filter((m) => !pending.has(m) || sure.has(sentenceOf(m.start)));
  }
  for (const m of matches) {
    const si = sentenceOf(m.start);
    const s = si >= 0 ? doc.sentences[si] : { start: m.start, end: m.end };
    out.push({
      start: m.start,
      end: m.end,
      processor: m.payload.processor,
      direct: !!m.payload.processor && isDirect(doc.masked.slice(m.start, m.end), m.payload.processor),
      catalog: m.payload.catalog,
      sentence: si,
      denied: isDenied(doc.masked, s.start, m.start, m.end, s.end, pack) || (si >= 0 && deniedByLeadIn(doc, doc.sentences[si].block)),
      selfHosted: false,
    });
  }
  if (out.length) selfHostedThroughout(doc, out, sentenceOf);
  return out;
}

/**
 * Self-hosting belongs to the software, not to one sentence: "We host PostHog on our own
 * servers" makes PostHog self-hosted in its heading, its table row and every later sentence.
 * A cue with no name in its own sentence ("We run it on our own servers.") speaks of the name
 * its list item or section heading gives.
 */
function selfHostedThroughout(doc: PolicyDoc, mentions: Mention[], sentenceOf: (offset: number) => number): void {
  const bySentence = new Map<number, Mention[]>();
  for (const x of mentions) if (x.sentence >= 0) (bySentence.get(x.sentence) ?? bySentence.set(x.sentence, []).get(x.sentence)!).push(x);
  const hosted = new Set<CatalogEntry | Processor>();
  const words = doc.pack.mentions;
  const cue = globalOf(words.selfHosted);
  for (let c = cue.exec(doc.masked); c; c = cue.exec(doc.masked)) {
    const si = sentenceOf(c.index);
    if (si < 0) continue;
    const s = doc.sentences[si];
    const [from, to] = clauseAround(doc.masked, s.start, s.end, c.index, words.clauseEnd);
    if (words.selfHostDenied.test(doc.masked.slice(from, c.index))) continue;
    const inSentence = bySentence.get(si) ?? [];
    let named = inSentence.filter((x) => x.start >= from && x.end <= to);
    // "We use Plausible and Matomo, and host both on our own servers": the clause names none, the sentence does
    if (!named.length) named = inSentence;
    if (!inSentence.length) {
      // the name the cue speaks of: earlier in its block, else its section's heading
      const block = doc.blocks[s.block];
      named = mentionsWithin(mentions, block.contentStart, s.start);
      const section = doc.sections[block.section];
      if (!named.length && section) named = mentionsWithin(mentions, section.start, section.headingEnd);
    }
    for (const x of named) if (!x.denied) hosted.add(x.catalog ?? x.processor!);
  }
  for (const x of mentions) if ((x.catalog && hosted.has(x.catalog)) || (x.processor && hosted.has(x.processor))) x.selfHosted = true;
}

/** The clause of text[start, end) around `at`: between the breaks (";", "but", ", and") on either side. */
function clauseAround(text: string, start: number, end: number, at: number, clauseEnd: RegExp): [number, number] {
  const sentence = text.slice(start, end);
  let from = start;
  let to = end;
  clauseEnd.lastIndex = 0;
  for (let m = clauseEnd.exec(sentence); m; m = clauseEnd.exec(sentence)) {
    const p = start + m.index;
    if (p < at) from = p + m[0].length;
    else {
      to = p;
      break;
    }
  }
  return [from, to];
}


/**
 * Whether any mention overlaps [start, end). Mentions come out of one left-to-right pass and
 * never overlap, so their ends are sorted too: a binary search replaces a scan of them all.
 */
export function overlapsMention(mentions: readonly Mention[], start: number, end: number): boolean {
  const i = firstReached(mentions.length, (k) => mentions[k].end > start);
  return i < mentions.length && mentions[i].start < end;
}

/**
 * The mentions that lie inside [from, to), in text order: what `mentions.filter((x) => x.start >=
 * from && x.end <= to)` gives, found by a binary search for the first one (mentions are sorted by
 * start), so a look-up per sentence stays linear in a long policy.
 */
export function mentionsWithin(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const out: Mention[] = [];
  for (let i = firstReached(mentions.length, (k) => mentions[k].start >= from); i < mentions.length && mentions[i].start < to; i++) if (mentions[i].end <= to) out.push(mentions[i]);
  return out;
}

type Candidates = ReturnType<NameMatcher<Payload>["candidates"]>;

/** The paragraphs of a version's masked text (from, to) and the candidates read from each (offsets from its start). */
interface Paragraphs {
  matcher: NameMatcher<Payload>;
  from: number[];
  to: number[];
  found: Candidates[];
}

/**
 * The name candidates of a whole text (what matcher.candidates(text) gives), read paragraph by
 * paragraph: after an in-sentence edit only the edited paragraph is read again (the others are
 * the version before's, shifted); after a parse from scratch (a typed line break) a paragraph
 * whose text the version before had is taken over from it, not read.
 */
function candidatesByParagraph(matcher: NameMatcher<Payload>, doc: PolicyDoc): NameMatch<Payload>[][] {
  const text = doc.masked;
  const readAll = (known?: Map<string, Candidates>): Paragraphs => {
    const all: Paragraphs = { matcher, from: [], to: [], found: [] };
    for (let from = 0; from < text.length; ) {
      const to = paragraphEnd(text, from);
      const piece = text.slice(from, to);
      all.from.push(from);
      all.to.push(to);
      all.found.push(known?.get(piece) ?? matcher.candidates(piece));
      from = to + 1;
    }
    return all;
  };
  let paragraphs = versionValue<Paragraphs>(doc, "name candidates", (before) => {
    const p = before?.value;
    if (!p || p.matcher !== matcher) return readAll();
    if (!before.edit) {
      const known = new Map<string, Candidates>();
      const old = before.prev.masked;
      p.found.forEach((found, i) => known.set(old.slice(p.from[i], p.to[i]), found));
      return readAll(known);
    }
    // paragraph breaks are line breaks: an in-sentence edit moves them, it never adds or removes one
    const { start, end, delta } = before.edit;
    const next: Paragraphs = { matcher, from: p.from.slice(), to: p.to.slice(), found: p.found.slice() };
    for (let i = 0; i < next.from.length; i++) {
      if (p.to[i] < start) continue;
      if (p.from[i] > end) {
        next.from[i] += delta;
        next.to[i] += delta;
        continue;
      }
      next.to[i] += delta;
      next.found[i] = matcher.candidates(text.slice(next.from[i], next.to[i]));
    }
    return next;
  }, true);
  // the same version checked against another manifest (a draft's probe) reads with that manifest's names
  if (paragraphs.matcher !== matcher) paragraphs = readAll();
  const out: NameMatch<Payload>[][] = [];
  let words = 0;
  paragraphs.found.forEach((found, i) => {
    const from = paragraphs.from[i];
    for (const g of found.groups) out.push(from || words ? g.map((m) => ({ ...m, start: m.start + from, end: m.end + from, token: m.token + words })) : g);
    words += found.words;
  });
  return out;
}

/** Where the paragraph that starts at `from` ends: at the line break before the next blank line, or the end of the text. */
function paragraphEnd(text: string, from: number): number {
  for (let i = text.indexOf("\n", from); i >= 0; i = text.indexOf("\n", i + 1)) {
    let j = i + 1;
    while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
    if (text[j] === "\n") return i;
  }
  return text.length;
}

/** Whether the text names the processor by one of its own names (read once per processor and written form). */
function isDirect(written: string, p: Processor): boolean {
  return memoized(memoFor<boolean>(p, "direct"), written, (w) => {
    const k = ` ${key(w)} `;
    return [p.name, ...p.aliases].some((n) => k.includes(` ${key(n)} `));
  });
}

/** A denial cue earlier in the same clause ("we do not use X", "no X") or right after ("X is not used"). */
export function isDenied(text: string, sentStart: number, start: number, end: number, sentEnd: number, pack: LanguagePack = DEFAULT_PACK): boolean {
  const { denial, clauseBreak, afterDenial, notDenial } = pack.mentions;
  // a denial reaches a few lines back at most; reading the whole sentence for every name is quadratic
  let from = Math.max(sentStart, start - DENIAL_REACH);
  if (from > sentStart) from = Math.min(start, text.indexOf(" ", from) + 1 || start);
  // "including but not limited to" denies nothing
  const before = text.slice(from, start).replace(notDenial, blank);
  let clause = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(before); m; m = clauseBreak.exec(before)) clause = m.index + m[0].length;
  denial.lastIndex = 0;
  if (denial.test(before.slice(clause))) return true;
  // the window holds the longest denial a pack writes after a name: 40 characters of gap, then "findet nicht statt"
  return afterDenial.test(text.slice(end, Math.min(sentEnd, end + 80)));
}

/**
 * "We do **not**:" followed by a list: the lead-in's denial reaches every item of the list
 * ("- use Google Analytics;"), unless it announces exceptions ("We share no data except with:").
 */
function deniedByLeadIn(doc: PolicyDoc, block: number): boolean {
  if (doc.blocks[block]?.kind !== "item") return false;
  let first = block;
  while (first > 0 && doc.blocks[first - 1].kind === "item") first--;
  const lead = doc.blocks[first - 1];
  if (!lead || lead.kind !== "paragraph" || lead.section !== doc.blocks[block].section) return false;
  let text = doc.masked.slice(Math.max(lead.contentStart, lead.end - 200), lead.end);
  // without the emphasis and spaces it ends with ("We do **not**:  ")
  let cut = text.length;
  while (cut > 0 && " \t\r\n*_".includes(text[cut - 1])) cut--;
  text = text.slice(0, cut);
  if (!text.endsWith(":")) return false;
  const { denial, clauseBreak, listException, notDenial } = doc.pack.mentions;
  const body = text.slice(0, -1).replace(notDenial, blank);
  let clause = 0;
  clauseBreak.lastIndex = 0;
  for (let m = clauseBreak.exec(body); m; m = clauseBreak.exec(body)) clause = m.index + m[0].length;
  const last = body.slice(clause);
  denial.lastIndex = 0;
  return denial.test(last) && !listException.test(last);
}

/** Spaces as long as a match, so offsets stay where they were. */
const blank = (m: string) => " ".repeat(m.length);

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

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a pattern (made once), read from its start. */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g")));
  g.lastIndex = 0;
  return g;
}
