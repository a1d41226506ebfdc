/**
 * Retention periods: parsing from manifest values and from policy prose, and the
 * equality the contract defines (exact unit conversion, or 1 month = 30 days and
 * 1 year = 365 days between days and months/years). The words (number words, units,
 * qualifiers) come from the language pack.
 */
import { messageLanguage } from "./messages";
import { DEFAULT_PACK, PACKS, packFor, type LanguagePack } from "./packs/index";
import type { Period, Unit } from "./periodTypes";

export type { Period, Unit } from "./periodTypes";

/** Reads an English number word ("thirty", "twenty-four", "one hundred", "eighteen"). */
export function numberWord(words: string, pack: LanguagePack = DEFAULT_PACK): number | undefined {
  return pack.periods.readNumber(words);
}

const durationRes = new WeakMap<LanguagePack, RegExp>();

/**
 * Durations in prose: "30 days", "thirty (30) days", "twenty-four (24) months",
 * "1 year", "a year", "one hour", "24-month". The amount in parentheses wins over the word.
 */
function durationRe(pack: LanguagePack): RegExp {
  let re = durationRes.get(pack);
  if (!re) {
    const { numberWord: w, unitWord: u } = pack.periods;
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${w})\\s*\\((\\d{1,5})\\)|(\\d{1,5}(?:[.,]\\d+)?)|(${w}))[\\s\\u00a0-]*(${u})(?![\\p{L}\\p{N}])`, "giu");
    durationRes.set(pack, re);
  }
  return re;
}

export interface PeriodMatch {
  period: Period;
  start: number;
  end: number;
  text: string;
}

/** Every duration named in `text`, with offsets. */
export function findDurations(text: string, base = 0, pack: LanguagePack = DEFAULT_PACK): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  // every duration has a unit: without a unit's letters, the regex cannot match
  if (!pack.periods.unitHint.test(text)) return out;
  const re = durationRe(pack);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let amount: number | undefined;
    if (m[2]) amount = Number(m[2]);
    else if (m[3]) amount = Number(m[3].replace(",", "."));
    else if (m[4]) amount = pack.periods.readNumber(m[4]);
    const unit = pack.periods.units[m[5].toLowerCase()];
    if (amount === undefined || !unit || !Number.isFinite(amount)) continue;
    // "a" / "an" only count directly before the unit ("a year"), never "a 3-day"
    if (m[4] && pack.periods.articles.test(m[4]) && /\d/.test(m[0])) continue;
    out.push({ period: { kind: "duration", amount, unit }, start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Parses a manifest period value: "30 days", "thirty (30) days", "until account deletion",
 * "session", "indefinite", in any supported language ("drei Jahre", "13 mois") unless
 * `packs` names one. Returns undefined when the value is not a period.
 */
export function parsePeriod(value: string, packs: readonly LanguagePack[] = PACKS): Period | undefined {
  const v = value.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (!v) return undefined;
  const lower = v.toLowerCase();
  for (const pack of packs) {
    const p = pack.periods;
    if (p.session.test(lower)) return { kind: "session" };
    if (p.indefinite.test(lower)) return { kind: "indefinite" };
    const until = p.until.exec(v);
    if (until) return { kind: "until", event: until[1].trim() };
    const stripped = lower.replace(p.qualifiers, "");
    const found = findDurations(stripped, 0, pack);
    if (found.length === 1 && found[0].start === 0 && found[0].end === stripped.length) return found[0].period;
  }
  return undefined;
}

const HOURS: Record<Unit, number> = { minute: 1 / 60, hour: 1, day: 24, week: 168, month: 0, year: 0 };

/**
 * Equality per the contract: exact conversion within hours/days/weeks and within
 * months/years; between the two families, 1 month = 30 days and 1 year = 365 days.
 * A whole number of years counts as years (12 months = 1 year = 365 days), anything
 * else as months of 30 days, so that equality stays transitive. Non-numeric periods
 * are never unequal to one another (they are not compared).
 */
export function samePeriod(a: Period, b: Period): boolean {
  if (a.kind !== "duration" || b.kind !== "duration") return true;
  return periodKey(a) === periodKey(b);
}

/** The length of a duration in hours, rounded so that equal keys mean equal periods. */
function periodKey(p: { amount: number; unit: Unit }): number {
  let hours = p.amount * HOURS[p.unit];
  if (!HOURS[p.unit]) {
    const months = round(p.amount * (p.unit === "year" ? 12 : 1));
    hours = (months % 12 === 0 ? (months / 12) * 365 : months * 30) * 24;
  }
  return round(hours);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Whether comparing the two can ever produce a mismatch (both numeric). */
export function comparable(a: Period, b: Period): boolean {
  return a.kind === "duration" && b.kind === "duration";
}

/** Formats a period the way the manifest writes it ("30 days", "1 year", "until account deletion"), or as a pack's language writes it. */
export function formatPeriod(p: Period, pack: LanguagePack = DEFAULT_PACK): string {
  return pack.periods.format(p);
}

/** A period in the display language, for messages, fix titles and hovers ("10 Jahre" when messages are German). */
export function displayPeriod(p: Period): string {
  return formatPeriod(p, packFor(messageLanguage()) ?? DEFAULT_PACK);
}

/** A period to write over `written` in a text in `pack`'s language, in the same grammatical form ("nach sechs Monaten" -> "10 Jahren"). */
export function periodLike(p: Period, written: string, pack: LanguagePack): string {
  return pack.periods.formatLike?.(p, written) ?? pack.periods.format(p);
}

/** The pack whose grammar reads a manifest value ("10 Jahre": German), so that a new value is written the same way; English when none does. */
export function packOfPeriod(value: string): LanguagePack {
  return PACKS.find((pack) => parsePeriod(value, [pack])) ?? DEFAULT_PACK;
}
