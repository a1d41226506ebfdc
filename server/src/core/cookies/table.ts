/**
 * Reads the policy's cookie table: Markdown tables, HTML tables and lists in a section about
 * cookies, whatever their column names are in English, German or French. Every cookie comes
 * with the offsets of its name, lifetime and category, for findings and fixes.
 *
 * Everything here is a linear scan or a regular expression over literal alternatives, so a
 * table of 2,000 rows or a name full of brackets and stars reads in linear time.
 */
import type { Block, PolicyDoc } from "../policy/parse";
import { findLifetimes, parseLifetime } from "./duration";
import { readHtmlTables, type HtmlRow } from "./html";
import { decodeHTML } from "entities";
import { looksLikeCookieName, readCookieName } from "./names";
import type { CookieLifetime, CookiePurpose, CookieTable, PolicyCookie } from "./types";
import { languageOfHeadings, mentionsCookies, READING } from "./vocabulary";

export interface CookieReading {
  tables: CookieTable[];
  cookies: PolicyCookie[];
}

type Field = "name" | "provider" | "purpose" | "duration" | "category" | "consent";
const FIELDS: Field[] = ["name", "provider", "purpose", "duration", "category", "consent"];
type Columns = NonNullable<CookieTable["columns"]>;

const cache = new WeakMap<PolicyDoc, CookieReading>();

/** The cookie tables and the cookies they list, read once per parsed policy. */
export function readCookieTables(doc: PolicyDoc): CookieReading {
  let r = cache.get(doc);
  if (!r) {
    r = read(doc);
    cache.set(doc, r);
  }
  return r;
}

const lowered = new Map<string, string>();

/**
 * A heading or title as the vocabulary is compared with it. The same few headings are read on
 * every keystroke: each is lowered once (a bounded map, emptied when full).
 */
function lower(s: string): string {
  let v = lowered.get(s);
  if (v === undefined) {
    v = s.normalize("NFKC").toLowerCase().replace(/[*_`]/g, "").replace(/\s+/g, " ").trim();
    if (s.length <= 200) {
      if (lowered.size >= 2000) lowered.clear();
      lowered.set(s, v);
    }
  }
  return v;
}

/** Whether a section (or one it is nested in) is about cookies. */
function cookieSection(doc: PolicyDoc, index: number): boolean {
  for (let s = doc.sections[index]; s; s = s.parent === undefined ? undefined! : doc.sections[s.parent]) {
    if (s.kinds.has("cookies")) return true;
    const t = lower(s.title);
    if (READING.sectionWords.some((w) => hasWord(t, w))) return true;
  }
  return false;
}

function hasWord(text: string, word: string): boolean {
  let i = text.indexOf(word);
  while (i >= 0) {
    const before = i === 0 ? "" : text[i - 1];
    const after = text[i + word.length] ?? "";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = text.indexOf(word, i + 1);
  }
  return false;
}

/** The purpose a text names with a category word ("Strictly necessary cookies", "Statistik"). */
export function purposeIn(text: string): { purpose: CookiePurpose; at: number; word: string } | undefined {
  const t = lower(text);
  let best: { purpose: CookiePurpose; at: number; word: string } | undefined;
  for (const [purpose, words] of Object.entries(READING.categories) as [CookiePurpose, string[]][]) {
    for (const w of words) {
      let i = t.indexOf(w);
      while (i >= 0 && !(boundary(t, i - 1) && boundary(t, i + w.length) && !negated(t, i))) i = t.indexOf(w, i + 1);
      if (i >= 0 && (!best || i < best.at || (i === best.at && w.length > best.word.length))) best = { purpose, at: i, word: w };
    }
  }
  return best;
}

/** "Non-essential", "not necessary", "nicht notwendig", "non nécessaire": the word is denied. */
const NEGATIONS = ["non-", "non ", "not ", "nicht ", "nicht-"];
const negated = (t: string, i: number) => NEGATIONS.some((n) => i >= n.length && t.slice(i - n.length, i) === n && (i - n.length === 0 || !/[\p{L}\p{N}]/u.test(t[i - n.length - 1])));

const boundary = (t: string, i: number) => i < 0 || i >= t.length || !/[\p{L}\p{N}]/u.test(t[i]);

const columnsByHeader = new WeakMap<string[], Map<boolean, Columns | undefined>>();

/** mapColumns of a Markdown table's header, read once per header array (the re-parser keeps it while the table is unchanged). */
function columnsOf(header: string[] | undefined, headings: string[], inCookies: boolean): Columns | undefined {
  if (!header) return mapColumns(headings, inCookies);
  let known = columnsByHeader.get(header);
  if (!known) columnsByHeader.set(header, (known = new Map()));
  if (!known.has(inCookies)) known.set(inCookies, mapColumns(headings, inCookies));
  const cols = known.get(inCookies);
  return cols && { ...cols };
}

/** Which column holds which field, from the headings. */
function mapColumns(headings: string[], inCookies: boolean): Columns | undefined {
  const cols: Columns = { name: -1, provider: -1, purpose: -1, duration: -1, category: -1, consent: -1, count: headings.length };
  const scores = headings.map((raw) => {
    let h = lower(raw);
    while (h.endsWith(":") || h.endsWith(".")) h = h.slice(0, -1);
    let best: { field: Field; score: number } | undefined;
    for (const f of FIELDS) {
      for (const w of READING.columns[f]) {
        const score = h === w ? 1000 + w.length : h.startsWith(`${w} `) || h.startsWith(`${w}(`) || h.endsWith(` ${w}`) || h.startsWith(`${w}/`) ? w.length : 0;
        if (score && (!best || score > best.score)) best = { field: f, score };
      }
    }
    return best;
  });
  // per field, the column whose heading fits best ("Cookies" beats a bare "Name" that holds the domain)
  scores.forEach((s, i) => {
    if (s && (cols[s.field] < 0 || s.score > scores[cols[s.field]]!.score)) cols[s.field] = i;
  });
  if (cols.name < 0) return inCookies ? cols : undefined;
  // "Name" or "Key" names a cookie only in a section about cookies; a heading with "cookie" anywhere
  if (!inCookies && !mentionsCookies(headings[cols.name])) return undefined;
  return cols;
}

function read(doc: PolicyDoc): CookieReading {
  const tables: CookieTable[] = [];
  const cookies: PolicyCookie[] = [];
  const sectionCookie = new Map<number, boolean>();
  const isCookieSection = (i: number) => {
    let v = sectionCookie.get(i);
    if (v === undefined) sectionCookie.set(i, (v = i >= 0 && cookieSection(doc, i)));
    return v;
  };

  // Markdown tables: rows sharing one header array are one table
  let current: { header: string[] | undefined; cols?: Columns; table?: CookieTable; group?: CookiePurpose } | undefined;
  let list: CookieTable | undefined;
  let listSection = -2;
  doc.blocks.forEach((b, bi) => {
    if (b.kind === "header-row" || b.kind === "row") {
      list = undefined;
      if (!current || current.header !== b.header) {
        const inCookies = isCookieSection(b.section);
        const headings = b.header ?? [];
        let cols = columnsOf(b.header, headings, inCookies);
        current = { header: b.header };
        if (cols && cols.name < 0) cols = guessNameColumn(doc, bi, cols) ;
        if (cols && cols.name >= 0) {
          current.cols = cols;
          current.table = { kind: "table", blocks: [], columns: cols, headings, end: b.end, lang: languageOfHeadings(headings) };
          tables.push(current.table);
        }
      }
      if (b.kind === "header-row" || !current.table || !current.cols) return;
      current.table.blocks.push(bi);
      current.table.end = b.end;
      const cells = (b.cells ?? []).map(([s, e]): [number, number] => [s, e]);
      const group = groupRow(doc, cells, current.cols);
      if (group) {
        current.group = group;
        return;
      }
      const heading = headingPurpose(doc, b);
      readRow(doc, cells, current.cols, bi, tables.length - 1, current.group ?? heading, headingConsent(doc, b), cookies);
      return;
    }
    current = undefined;
    if (b.kind === "item" || b.kind === "paragraph") {
      // outside a cookie section, only the lines that open with a "Cookie:" label announce cookies
      const parts = isCookieSection(b.section) ? [b] : labelledLines(doc.text, b);
      for (const part of parts) {
        const labelWords: string[] = [];
        const found = readItem(doc, part, bi, tables.length - (list && listSection === b.section ? 1 : 0), labelWords);
        if (!found.length) {
          if (b.kind === "paragraph") list = undefined;
          continue;
        }
        if (!list || listSection !== b.section) {
          list = { kind: "list", blocks: [], end: b.end };
          listSection = b.section;
          tables.push(list);
          for (const c of found) c.table = tables.length - 1;
        }
        if (list.blocks[list.blocks.length - 1] !== bi) list.blocks.push(bi);
        list.end = b.end;
        list.lang ??= languageOfHeadings(labelWords);
        cookies.push(...found);
      }
    } else if (b.kind === "heading") list = undefined;
  });

  for (const t of readHtmlTables(doc)) {
    const section = sectionAt(doc, t.start);
    const inCookies = isCookieSection(section);
    let cols = mapColumns(t.headings, inCookies);
    if (!cols) continue;
    if (cols.name < 0) cols = guessHtmlNameColumn(doc, t.rows, cols);
    if (!cols || cols.name < 0) continue;
    const table: CookieTable = { kind: "html", blocks: [], columns: cols, headings: t.headings, end: t.insertAt, lang: languageOfHeadings(t.headings) };
    tables.push(table);
    let group: CookiePurpose | undefined = t.caption ? purposeIn(t.caption)?.purpose : undefined;
    const heading = section >= 0 ? purposeIn(doc.sections[section].title)?.purpose : undefined;
    for (const row of t.rows) {
      const g = groupRow(doc, row.cells, cols);
      if (g) {
        group = g;
        continue;
      }
      readRow(doc, row.cells, cols, -1, tables.length - 1, group ?? heading, undefined, cookies);
    }
  }
  return { tables, cookies };
}

/** Without a name heading, the first column names cookies when most of its cells look like names. */
function guessNameColumn(doc: PolicyDoc, first: number, cols: Columns): Columns | undefined {
  let yes = 0;
  let all = 0;
  for (let i = first; i < doc.blocks.length && all < 20; i++) {
    const b = doc.blocks[i];
    if (b.kind !== "row" && b.kind !== "header-row") break;
    if (b.kind === "header-row") continue;
    const c = b.cells?.[0];
    if (!c) continue;
    all++;
    if (namePieces(doc, c[0], c[1]).length) yes++;
  }
  return all && yes * 2 > all ? { ...cols, name: 0 } : undefined;
}

function guessHtmlNameColumn(doc: PolicyDoc, rows: HtmlRow[], cols: Columns): Columns | undefined {
  const firsts = rows.slice(0, 20).map((r) => r.cells[0]).filter((c): c is [number, number] => !!c);
  const yes = firsts.filter((c) => namePieces(doc, c[0], c[1]).length).length;
  return firsts.length && yes * 2 > firsts.length ? { ...cols, name: 0 } : undefined;
}

/** A row that only names a category across merged or empty cells ("| **Analytics** | | |"). */
function groupRow(doc: PolicyDoc, cells: [number, number][], cols: Columns): CookiePurpose | undefined {
  const filled = cells.filter(([s, e], i) => e > s && doc.text.slice(s, e).replace(/[\s*_|]/g, "") && !cells.slice(0, i).some((c) => c[0] === s && c[1] === e));
  if (filled.length !== 1) return undefined;
  const text = doc.text.slice(filled[0][0], filled[0][1]);
  if (cells.length > 1 && cols.count > 1 && filled[0] !== cells[cols.name] && filled[0] !== cells[0]) return undefined;
  return purposeIn(text)?.purpose;
}

const headingFacts = new WeakMap<PolicyDoc, Map<number, { purpose?: CookiePurpose; noConsent: boolean }>>();

/** What the heading above a block says of its cookies (a category, "no consent needed"), once per section. */
function headingOf(doc: PolicyDoc, b: Block): { purpose?: CookiePurpose; noConsent: boolean } {
  let bySection = headingFacts.get(doc);
  if (!bySection) headingFacts.set(doc, (bySection = new Map()));
  let f = bySection.get(b.section);
  if (!f) {
    const s = doc.sections[b.section];
    f = s ? { purpose: purposeIn(s.title)?.purpose, noConsent: READING.withoutConsent.some((w) => lower(s.title).includes(w)) } : { noConsent: false };
    bySection.set(b.section, f);
  }
  return f;
}

/** The purpose the nearest heading above a block gives, inside the cookie section. */
function headingPurpose(doc: PolicyDoc, b: Block): CookiePurpose | undefined {
  return headingOf(doc, b).purpose;
}

function headingConsent(doc: PolicyDoc, b: Block): boolean {
  return headingOf(doc, b).noConsent;
}

function sectionAt(doc: PolicyDoc, offset: number): number {
  let found = -1;
  for (const s of doc.sections) {
    if (s.start > offset) break;
    if (offset < s.end) found = s.index;
  }
  return found;
}

/**
 * The cookie names of a name cell: its code spans when it has any (only those count), else
 * its pieces split at commas, semicolons, slashes, line breaks and "and"/"und"/"et".
 */
export function namePieces(doc: PolicyDoc, start: number, end: number): { text: string; start: number; end: number }[] {
  // HTML cells: <code> reads as a code span, other tags as blanks, offsets unchanged
  let raw = doc.text.slice(start, end);
  if (raw.includes("<")) {
    raw = raw.replace(/<\/?(?:code|br|span|strong|b|i|em|a|p|small|div|td|th|tt|kbd)\b[^<>]{0,200}>/gi, (m) => {
      const tag = /^<\/?(\w+)/.exec(m)![1].toLowerCase();
      if (tag === "code" || tag === "tt" || tag === "kbd") return m[1] === "/" ? `${" ".repeat(m.length - 1)}\`` : `\`${" ".repeat(m.length - 1)}`;
      if (tag === "br") return `,${" ".repeat(m.length - 1)}`;
      return " ".repeat(m.length);
    });
  }
  const out: { text: string; start: number; end: number }[] = [];
  if (raw.includes("`")) {
    let i = 0;
    while (i < raw.length) {
      const open = raw.indexOf("`", i);
      if (open < 0) break;
      const close = raw.indexOf("`", open + 1);
      if (close < 0) break;
      const inner = raw.slice(open + 1, close);
      const t = inner.trim();
      if (looksLikeCookieName(t)) out.push({ text: t, start: start + open + 1 + inner.indexOf(t), end: start + open + 1 + inner.indexOf(t) + t.length });
      i = close + 1;
    }
    return out;
  }
  const pieces = splitNameCell(raw);
  for (const piece of pieces) {
    let s = piece[0];
    let t = raw.slice(s, piece[1]);
    // "_ga (Google Analytics)": the name before the parenthesis
    const paren = t.indexOf(" (");
    if (paren > 0) t = t.slice(0, paren);
    const lead = t.length - t.trimStart().length;
    t = t.trim();
    s += lead;
    for (const w of ["**", "__", "*"]) {
      if (t.length > 2 * w.length && t.startsWith(w) && t.endsWith(w) && !(w === "__" && !t.endsWith("__"))) {
        t = t.slice(w.length, -w.length);
        s += w.length;
      }
    }
    const decoded = decodeEntities(t);
    if (!looksLikeCookieName(decoded) || purposeIn(decoded)?.word === lower(decoded)) continue;
    out.push({ text: decoded, start: start + s, end: start + s + t.length });
  }
  return out;
}

/** The entities a name cell of an HTML table holds (`_gac_&lt;property-id&gt;`), decoded as the contacts are (entities). */
function decodeEntities(s: string): string {
  return s.includes("&") ? decodeHTML(s).replace(/\u00a0/g, " ") : s;
}

const JOINERS = new Set(["and", "und", "et", "or", "oder", "ou", "/"]);
const isSpace = (c: string | undefined) => c === " " || c === "\t" || c === "\u00a0" || c === "\r";

/** Splits a name cell at commas, semicolons, line breaks and joining words, by a linear scan. */
function splitNameCell(raw: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const cut = (to: number, next: number) => {
    out.push([from, to]);
    from = next;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === "," || c === "\n" || (c === ";" && !/&#?\w{2,6}$/.test(raw.slice(Math.max(from, i - 7), i)))) cut(i, i + 1);
    else if (isSpace(c) && i > from) {
      // a joining word between spaces: " and ", " / "
      let j = i + 1;
      while (j < raw.length && !isSpace(raw[j]) && j - i <= 5) j++;
      if (j < raw.length && isSpace(raw[j]) && JOINERS.has(raw.slice(i + 1, j).toLowerCase())) {
        cut(i, j + 1);
        i = j;
      }
    }
  }
  out.push([from, raw.length]);
  return out;
}

const cellText = (doc: PolicyDoc, c: [number, number] | undefined) => (c ? doc.text.slice(c[0], c[1]).replace(/<[^>]{0,200}>/g, " ").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim() : "");

/** The cookies of one table row (a row may list several names that share the other cells). */
function readRow(doc: PolicyDoc, cells: [number, number][], cols: Columns, block: number, table: number, context: CookiePurpose | undefined, contextNoConsent: boolean | undefined, out: PolicyCookie[]) {
  const nameCell = cells[cols.name];
  if (!nameCell) return;
  const names = namePieces(doc, nameCell[0], nameCell[1]);
  if (!names.length) return;
  const provider = cols.provider >= 0 ? cellText(doc, cells[cols.provider]) || undefined : undefined;
  const durationCell = cols.duration >= 0 ? cells[cols.duration] : undefined;
  const durationText = durationCell ? cellText(doc, durationCell) : "";
  const lifetime = durationText ? parseLifetime(durationText) : undefined;
  let durationRange: [number, number] | undefined;
  if (durationCell && lifetime) {
    const found = findLifetimes(doc.text.slice(durationCell[0], durationCell[1]));
    durationRange = found.length === 1 ? [durationCell[0] + found[0].start, durationCell[0] + found[0].end] : [durationCell[0], durationCell[1]];
  }
  let purpose: CookiePurpose | undefined;
  let purposeRange: [number, number] | undefined;
  let purposeText: string | undefined;
  const catCell = cols.category >= 0 ? cells[cols.category] : undefined;
  const cat = catCell ? purposeIn(cellText(doc, catCell)) : undefined;
  if (cat && catCell) {
    purpose = cat.purpose;
    purposeRange = [catCell[0], catCell[1]];
    purposeText = cellText(doc, catCell);
  } else {
    // a purpose cell that opens with its category ("Statistics: counts visits")
    const pc = cols.purpose >= 0 ? cells[cols.purpose] : undefined;
    const p = pc ? purposeIn(cellText(doc, pc)) : undefined;
    if (p && p.at === 0) purpose = p.purpose;
    else purpose = context;
  }
  let withoutConsent: boolean | undefined = contextNoConsent ? true : undefined;
  let withoutConsentRange: [number, number] | undefined;
  const cc = cols.consent >= 0 ? cells[cols.consent] : undefined;
  if (cc) {
    const v = lower(cellText(doc, cc));
    if (v) withoutConsent = READING.noConsent.includes(v);
    if (withoutConsent) withoutConsentRange = [cc[0], cc[1]];
  }
  for (const n of names) {
    out.push({
      name: readCookieName(n.text), nameStart: n.start, nameEnd: n.end, provider, purpose, purposeRange, purposeText,
      lifetime, durationRange, durationText: durationText || undefined, withoutConsent, withoutConsentRange, block, table,
    });
  }
}

/** Label words of a list item ("Anbieter:", "Speicherdauer:"), longest first, as one literal alternation. */
const LABELS = (() => {
  const all = FIELDS.flatMap((f) => READING.columns[f].map((w) => [w, f] as const)).sort((a, b) => b[0].length - a[0].length);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return { re: new RegExp(`(?<![\\p{L}\\p{N}])(${all.map(([w]) => esc(w)).join("|")})[ \\t]*\\**[ \\t]*:`, "giu"), field: new Map(all.map(([w, f]) => [w, f])) };
})();

/**
 * A list item or paragraph that opens with cookie names, then labelled fields ("Anbieter: Google;
 * Speicherdauer: 2 Jahre") or free text with one lifetime in it.
 */
function readItem(doc: PolicyDoc, b: Block, bi: number, table: number, labelWords: string[]): PolicyCookie[] {
  const text = doc.text;
  const start = b.contentStart;
  const end = b.end;
  const lead = leadNames(doc, start, end);
  if (!lead.names.length) return [];
  const rest = text.slice(lead.end, end);
  const fields = new Map<Field, [number, number]>();
  LABELS.re.lastIndex = 0;
  const labels: { field: Field; valueStart: number; at: number }[] = [];
  for (let m = LABELS.re.exec(rest); m; m = LABELS.re.exec(rest)) {
    const f = LABELS.field.get(m[1].toLowerCase());
    if (f && f !== "name") {
      labels.push({ field: f, valueStart: m.index + m[0].length, at: m.index });
      labelWords.push(m[1]);
    }
  }
  labels.forEach((l, i) => {
    const stop = i + 1 < labels.length ? labels[i + 1].at : rest.length;
    let v = rest.slice(l.valueStart, stop);
    const cut = v.search(/[;\n]|\.\s/);
    if (cut >= 0) v = v.slice(0, cut);
    const pad = v.length - v.trimStart().length;
    const value = v.trim().replace(/[,.]$/, "");
    if (!fields.has(l.field) && value) {
      const s = lead.end + l.valueStart + pad;
      fields.set(l.field, [s, s + value.length]);
    }
  });
  const valueOf = (f: Field) => {
    const r = fields.get(f);
    return r ? text.slice(r[0], r[1]).replace(/[*_`]/g, "").trim() : undefined;
  };
  let lifetime: CookieLifetime | undefined;
  let durationRange: [number, number] | undefined;
  let durationText: string | undefined;
  const dr = fields.get("duration");
  if (dr) {
    durationText = valueOf("duration");
    lifetime = durationText ? parseLifetime(durationText) : undefined;
    const found = findLifetimes(text.slice(dr[0], dr[1]));
    durationRange = found.length === 1 ? [dr[0] + found[0].start, dr[0] + found[0].end] : [dr[0], dr[1]];
  } else if (!labels.length) {
    const found = findLifetimes(rest);
    const kinds = new Set(found.map((f) => JSON.stringify(f.lifetime)));
    if (found.length && kinds.size === 1) {
      lifetime = found[0].lifetime;
      durationRange = [lead.end + found[0].start, lead.end + found[0].end];
      durationText = text.slice(durationRange[0], durationRange[1]);
    }
  }
  let purpose: CookiePurpose | undefined;
  let purposeRange: [number, number] | undefined;
  const cr = fields.get("category");
  const cat = cr ? purposeIn(text.slice(cr[0], cr[1])) : undefined;
  if (cat && cr) {
    purpose = cat.purpose;
    purposeRange = cr;
  } else purpose = headingPurpose(doc, b);
  let provider = valueOf("provider");
  if (!provider && lead.paren) provider = lead.paren;
  let withoutConsent: boolean | undefined = headingConsent(doc, b) ? true : undefined;
  const consent = valueOf("consent");
  if (consent !== undefined) withoutConsent = READING.noConsent.includes(lower(consent));
  if (READING.withoutConsent.some((w) => lower(rest).includes(w))) withoutConsent = true;
  return lead.names.map((n) => ({
    name: readCookieName(n.text), nameStart: n.start, nameEnd: n.end, provider, purpose, purposeRange, purposeText: cr ? text.slice(cr[0], cr[1]) : undefined,
    lifetime, durationRange, durationText, withoutConsent, block: bi, table,
  }));
}

/**
 * The names an item opens with: code spans ("`_ga`, `_gid`:"), a bold name ("**_fbp** –"), or
 * a bare name before ":", "–", "—" or "(" that looks like a cookie (has "_", a digit or a dot).
 */
function leadNames(doc: PolicyDoc, start: number, end: number): { names: { text: string; start: number; end: number }[]; end: number; paren?: string } {
  const text = doc.text;
  let i = nameLabelEnd(text, start, end);
  const names: { text: string; start: number; end: number }[] = [];
  const limit = Math.min(end, i + 300);
  if (text[i] === "`") {
    while (i < limit && text[i] === "`") {
      const close = text.indexOf("`", i + 1);
      if (close < 0 || close > limit) break;
      const t = text.slice(i + 1, close).trim();
      if (looksLikeCookieName(t)) names.push({ text: t, start: i + 1 + text.slice(i + 1, close).indexOf(t), end: i + 1 + text.slice(i + 1, close).indexOf(t) + t.length });
      i = close + 1;
      const sep = /^\s*(?:,|\/|;|and|und|et|or|oder|ou)?\s*/.exec(text.slice(i, i + 8))![0];
      if (text[i + sep.length] !== "`") break;
      i += sep.length;
    }
  } else if (text.startsWith("**", i)) {
    const close = text.indexOf("**", i + 2);
    if (close < 0 || close > limit) return { names: [], end: start };
    let inner = text.slice(i + 2, close).replace(/:\s*$/, "");
    if (inner.includes("`")) inner = "";
    const pieces = namePiecesOf(inner, i + 2);
    names.push(...pieces);
    i = close + 2;
  } else {
    const stop = /[:–—(]|\s-\s/.exec(text.slice(i, limit));
    if (!stop) return { names: [], end: start };
    const t = text.slice(i, i + stop.index).trim();
    if (looksLikeCookieName(t) && /[_\d.]|[a-z][A-Z]/.test(t)) names.push({ text: t, start: i, end: i + t.length });
    i += stop.index;
  }
  if (!names.length) return { names, end: start };
  const paren = /^\s*\(([^()\n]{2,60})\)/.exec(text.slice(i, Math.min(end, i + 64)));
  let provider: string | undefined;
  if (paren) {
    const p = paren[1].trim();
    // "(HttpOnly, Secure, SameSite)" lists the cookie's attributes, not who sets it
    if (!findLifetimes(p).length && !purposeIn(p) && !/\b(?:httponly|secure|samesite)\b/i.test(p)) provider = p;
    i += paren[0].length;
  }
  return { names, end: i, paren: provider };
}

const NO_BLOCKS: Block[] = [];

/** Whether "**" occurs in [start, end), read within the range only (indexOf would run on to the end of the page). */
function hasBold(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 42) return true;
  return false;
}

/** The lines of a block that open with a label announcing cookies, each as a block of its own. */
function labelledLines(text: string, b: Block): Block[] {
  // most paragraphs have no bold at all: nothing to split (and nothing allocated) per keystroke
  if (!hasBold(text, b.contentStart, b.end)) return NO_BLOCKS;
  const out: Block[] = [];
  for (let ls = b.contentStart; ls < b.end; ) {
    const nl = text.indexOf("\n", ls);
    const le = nl < 0 || nl > b.end ? b.end : nl;
    let at = ls;
    while (at < le && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    if (text.startsWith("**", at) && nameLabelEnd(text, at, le) > at) out.push({ ...b, contentStart: at, end: le });
    ls = le + 1;
  }
  return out;
}

/** "**Cookie/Token:** `stytch_session_jwt` …": where the names start after a label that announces them, else `start`. */
function nameLabelEnd(text: string, start: number, end: number): number {
  const m = /^\*\*([^*\n:]{2,40})(?::\*\*|\*\*\s*:)[ \t]*/.exec(text.slice(start, Math.min(end, start + 64)));
  if (!m || !m[1].split("/").some((w) => LABELS.field.get(w.trim().toLowerCase()) === "name")) return start;
  return start + m[0].length;
}

function namePiecesOf(inner: string, base: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (const part of inner.split(/(,|;|\s\/\s)/)) {
    if (part === "," || part === ";" || part === " / ") {
      from += part.length;
      continue;
    }
    const t = part.trim();
    const s = base + from + part.indexOf(t);
    // "**Retention**: 14 months" and "**Purpose**: …" are field labels of a paragraph, not cookies
    if (looksLikeCookieName(t) && !purposeIn(t) && !LABELS.field.has(t.toLowerCase())) out.push({ text: t, start: s, end: s + t.length });
    from += part.length;
  }
  return out;
}
