/** The policy's "last updated" / "effective" date: where it is, and what day it names. */
export interface PolicyDate {
  start: number;
  end: number;
  text: string;
  /** UTC midnight of the day, undefined when the text is not a date we can read. */
  date?: Date;
  /** From the front matter rather than the text. */
  frontMatter?: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE_RE = new RegExp(
  `(\\d{4})-(\\d{1,2})-(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\s*,?\\s+(\\d{4})|(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})|(${MONTH})\\s+(\\d{4})`,
  "i",
);
export const DATE_LABEL = /\b(?:last\s+(?:updated|revised|modified|changed|reviewed|amended)|effective(?:\s+(?:date|as\s+of|from|on|since))?|updated(?:\s+on)?|date\s+of\s+(?:the\s+)?(?:last\s+)?(?:update|revision)|version\s+date|in\s+effect\s+(?:from|since))\b/gi;

function monthIndex(m: string): number {
  const k = m.toLowerCase().replace(/\.$/, "").slice(0, 3);
  return MONTHS.findIndex((x) => x.startsWith(k));
}

function utc(y: number, m: number, d: number): Date | undefined {
  if (m < 0 || m > 11 || d < 1 || d > 31 || y < 1900 || y > 2999) return undefined;
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCMonth() === m ? date : undefined;
}

/** Reads the first date in text ("2 May 2025", "January 6, 2025", "2025-04-30", "30/04/2025"). */
export function parseDate(text: string): { date?: Date; index: number; length: number } | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  let date: Date | undefined;
  if (m[1]) date = utc(+m[1], +m[2] - 1, +m[3]);
  else if (m[4]) date = utc(+m[6], monthIndex(m[5]), +m[4]);
  else if (m[7]) date = utc(+m[9], monthIndex(m[7]), +m[8]);
  else if (m[10]) {
    const a = +m[10];
    const b = +m[11];
    // day first unless that is impossible (Europe writes 30/04, the US 04/30)
    date = b > 12 ? utc(+m[12], a - 1, b) : utc(+m[12], b - 1, a);
  } else if (m[13]) date = utc(+m[14], monthIndex(m[13]), 1);
  return { date, index: m.index, length: m[0].length };
}

/** The policy's date: a front matter key, else the text after a "last updated"-style label. */
export function findPolicyDate(visible: string, frontMatter?: Record<string, unknown>, frontMatterEnd = 0, rawText = visible): PolicyDate | undefined {
  for (const k of ["last_updated", "lastUpdated", "last-updated", "last_modified_at", "lastmod", "updated", "effective", "date"]) {
    const v = frontMatter?.[k];
    if (v === undefined || v === null) continue;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    const at = rawText.slice(0, frontMatterEnd).indexOf(s);
    const parsed = v instanceof Date ? { date: new Date(Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate())) } : parseDate(s);
    return { start: Math.max(at, 0), end: at >= 0 ? at + s.length : 0, text: s, date: parsed?.date, frontMatter: true };
  }
  DATE_LABEL.lastIndex = 0;
  for (let m = DATE_LABEL.exec(visible); m; m = DATE_LABEL.exec(visible)) {
    const after = m.index + m[0].length;
    const window = visible.slice(after, after + 40);
    const lead = /^[\s:*_\-–—]*(?:on\s+)?/.exec(window)![0].length;
    const p = parseDate(window.slice(lead));
    if (p && p.index <= 4) {
      const start = after + lead + p.index;
      return { start, end: start + p.length, text: visible.slice(start, start + p.length), date: p.date };
    }
    if (!p || p.index > 4) {
      const rest = /^[^\n]{0,30}/.exec(window.slice(lead))![0].trim();
      if (rest && !/^(?:above|below|at the top|of this|version)/i.test(rest) && /\d/.test(rest)) return { start: after + lead, end: after + lead + rest.length, text: rest };
    }
  }
  return undefined;
}

/** Formats today's date in the style of an existing date text. */
export function formatLike(example: string, d: Date): string {
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const month = MONTHS[mo][0].toUpperCase() + MONTHS[mo].slice(1);
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(example)) return `${y}-${String(mo + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (/^\p{L}/u.test(example)) return `${month} ${day}, ${y}`;
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}$/.test(example)) return `${String(day).padStart(2, "0")}/${String(mo + 1).padStart(2, "0")}/${y}`;
  return `${day} ${month} ${y}`;
}
