/** The policy's "last updated" / "effective" date: where it is, and what day it names. Month names and labels come from the language pack. */
import { blankUnderscoreEmphasis } from "./mask";
import { DEFAULT_PACK, type LanguagePack } from "../packs/index";

export interface PolicyDate {
  start: number;
  end: number;
  text: string;
  /** UTC midnight of the day, undefined when the text is not a date we can read. */
  date?: Date;
  /** From the front matter rather than the text. */
  frontMatter?: boolean;
}

interface DateGrammar {
  re: RegExp;
  months: RegExp[];
}

const grammars = new WeakMap<LanguagePack, DateGrammar>();

function grammar(pack: LanguagePack): DateGrammar {
  let g = grammars.get(pack);
  if (!g) {
    const d = pack.dates;
    const MONTH = `(?:${d.months.join("|")})\\.?`;
    const monthFirst = d.monthFirst ? `|(${MONTH})\\s+(\\d{1,2})${d.dayMark},?\\s+(\\d{4})` : "|(?!)()()()";
    g = {
      re: new RegExp(
        `(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})${d.dayMark}${d.dayMonthGap}(${MONTH})\\s*,?\\s+(\\d{4})${monthFirst}|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(${MONTH})\\s+(\\d{4})`,
        "iu",
      ),
      months: d.months.map((m) => new RegExp(`^(?:${m})\\.?$`, "iu")),
    };
    grammars.set(pack, g);
  }
  return g;
}

function monthIndex(g: DateGrammar, m: string): number {
  return g.months.findIndex((re) => re.test(m));
}

function utc(y: number, m: number, d: number): Date | undefined {
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1900 || y > 2999) return undefined;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m ? date : undefined;
}

/** Reads the first date in text ("2 May 2025", "January 6, 2025", "2025-04-30", "30/04/2025", "1. März 2026"). */
export function parseDate(text: string, pack: LanguagePack = DEFAULT_PACK): { date?: Date; index: number; length: number } | undefined {
  const g = grammar(pack);
  const m = g.re.exec(text);
  if (!m) return undefined;
  let date: Date | undefined;
  if (m[1]) date = utc(+m[1], +m[2] - 1, +m[3]);
  else if (m[4]) date = utc(+m[6], monthIndex(g, m[5]), +m[4]);
  else if (m[7]) date = utc(+m[9], monthIndex(g, m[7]), +m[8]);
  else if (m[10]) {
    const a = +m[10];
    const b = +m[11];
    // day first unless that is impossible (Europe writes 30/04, the US 04/30)
    date = b > 12 ? utc(+m[12], a - 1, b) : utc(+m[12], b - 1, a);
  } else if (m[13]) date = utc(+m[14], monthIndex(g, m[13]), 1);
  return { date, index: m.index, length: m[0].length };
}

/** The policy's date: a front matter key, else the text after a "last updated"-style label. */
export function findPolicyDate(visible: string, frontMatter?: Record<string, unknown>, frontMatterEnd = 0, rawText = visible, pack: LanguagePack = DEFAULT_PACK): PolicyDate | undefined {
  // lastmod (Hugo) and last_modified_at (Jekyll's plugin) are how site generators date a page
  for (const k of ["last_updated", "lastUpdated", "last-updated", "last_modified_at", "lastmod", "updated", "effective", "date"]) {
    const v = frontMatter?.[k];
    if (v === undefined || v === null) continue;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    const at = rawText.slice(0, frontMatterEnd).indexOf(s);
    const parsed = v instanceof Date ? { date: new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate())) } : parseDate(s, pack);
    return { start: Math.max(at, 0), end: at >= 0 ? at + s.length : 0, text: s, date: parsed?.date, frontMatter: true };
  }
  // "subtitle: 'Last updated: July 12, 2026'": a labelled date in a value the layout shows
  for (const v of Object.values(frontMatter ?? {})) {
    if (typeof v !== "string") continue;
    const d = labelledDate(v, pack);
    if (!d?.date) continue;
    const at = rawText.slice(0, frontMatterEnd).indexOf(v);
    return at >= 0 ? { ...d, start: at + d.start, end: at + d.end, frontMatter: true } : { ...d, start: 0, end: 0, frontMatter: true };
  }
  return labelledDate(visible, pack) ?? labelledDate(blankUnderscoreEmphasis(visible), pack);
}

/** The date after the first date label that has one. */
function labelledDate(visible: string, pack: LanguagePack): PolicyDate | undefined {
  const label = pack.dates.label;
  label.lastIndex = 0;
  for (let m = label.exec(visible); m; m = label.exec(visible)) {
    const after = m.index + m[0].length;
    // "the General Data Protection Regulation ("GDPR"), effective May 25, 2018": the law's date
    if (pack.dates.lawBefore.test(visible.slice(Math.max(0, m.index - 30), m.index))) continue;
    const window = visible.slice(after, after + 40);
    const lead = pack.dates.labelGap.exec(window)?.[0].length ?? 0;
    const p = parseDate(window.slice(lead), pack);
    if (p && p.index <= 4) {
      const start = after + lead + p.index;
      return { start, end: start + p.length, text: visible.slice(start, start + p.length), date: p.date };
    }
    if (!p || p.index > 4) {
      const rest = /^[^\n]{0,30}/.exec(window.slice(lead))![0].trim();
      if (rest && !pack.dates.notADate.test(rest) && /\d/.test(rest)) return { start: after + lead, end: after + lead + rest.length, text: rest };
    }
  }
  return undefined;
}

/** Formats today's date in the style of an existing date text. */
export function formatLike(example: string, d: Date, pack: LanguagePack = DEFAULT_PACK): string {
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(example)) return `${y}-${String(mo + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (/^\p{L}/u.test(example)) return pack.dates.formatLong(d, true);
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(example)) {
    const sep = example.includes(".") ? "." : "/";
    return `${String(day).padStart(2, "0")}${sep}${String(mo + 1).padStart(2, "0")}${sep}${y}`;
  }
  return pack.dates.formatLong(d, false);
}
