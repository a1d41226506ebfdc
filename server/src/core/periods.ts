/**
 * Retention periods: parsing from manifest values and from policy prose, and the
 * equality the contract defines (exact unit conversion, or 1 month = 30 days and
 * 1 year = 365 days between days and months/years).
 */

/** "minute" only comes from cookie durations (spec §9); the prose grammar reads hours and longer. */
export type Unit = "minute" | "hour" | "day" | "week" | "month" | "year";

export type Period =
  | { kind: "duration"; amount: number; unit: Unit }
  | { kind: "until"; event: string }
  | { kind: "session" }
  | { kind: "indefinite" };

const UNITS: Record<string, Unit> = {
  hour: "hour", hours: "hour", hr: "hour", hrs: "hour",
  day: "day", days: "day",
  week: "week", weeks: "week",
  month: "month", months: "month",
  year: "year", years: "year", yr: "year", yrs: "year",
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Reads an English number word ("thirty", "twenty-four", "one hundred", "eighteen"). */
export function numberWord(words: string): number | undefined {
  const parts = words.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (parts.length === 0) return undefined;
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (p in SMALL) current += SMALL[p];
    else if (p in TENS) current += TENS[p];
    else if (p === "hundred") current = (current || 1) * 100;
    else if (p === "thousand") { total += (current || 1) * 1000; current = 0; }
    else return undefined;
  }
  return total + current;
}

const NUMBER_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an)";
const UNIT_WORD = "(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?)";

/**
 * Finds durations in prose: "30 days", "thirty (30) days", "twenty-four (24) months",
 * "1 year", "a year", "one hour", "24-month". The amount in parentheses wins over the word.
 */
const DURATION_RE = new RegExp(
  `\\b(?:(${NUMBER_WORD})\\s*\\((\\d{1,5})\\)|(\\d{1,5}(?:[.,]\\d+)?)|(${NUMBER_WORD}))[\\s\\u00a0-]*(${UNIT_WORD})\\b`,
  "gi",
);

export interface PeriodMatch {
  period: Period;
  start: number;
  end: number;
  text: string;
}

/** Every duration named in `text`, with offsets. */
/** Every duration has one of these in its unit: without one, DURATION_RE cannot match. */
const UNIT_HINT = /hour|hr|day|week|month|year|yr/i;

export function findDurations(text: string, base = 0): PeriodMatch[] {
  const out: PeriodMatch[] = [];
  if (!UNIT_HINT.test(text)) return out;
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m; m = DURATION_RE.exec(text)) {
    let amount: number | undefined;
    if (m[2]) amount = Number(m[2]);
    else if (m[3]) amount = Number(m[3].replace(",", "."));
    else if (m[4]) amount = numberWord(m[4]);
    const unit = UNITS[m[5].toLowerCase()];
    if (amount === undefined || !unit || !Number.isFinite(amount)) continue;
    // "a" / "an" only count directly before the unit ("a year"), never "a 3-day"
    if (m[4] && /^an?$/i.test(m[4]) && /\d/.test(m[0])) continue;
    out.push({ period: { kind: "duration", amount, unit }, start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

const UNTIL_RE = /^(?:until|till|as long as|for as long as)\b\s*(.+)$/i;

/**
 * Parses a manifest period value: "30 days", "thirty (30) days", "until account deletion",
 * "session", "indefinite". Returns undefined when the value is not a period.
 */
export function parsePeriod(value: string): Period | undefined {
  const v = value.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (!v) return undefined;
  const lower = v.toLowerCase();
  if (/^(?:session|the session|browser session|for the session)$/.test(lower)) return { kind: "session" };
  if (/^(?:indefinite|indefinitely|forever|permanent|permanently|no limit)$/.test(lower)) return { kind: "indefinite" };
  const until = UNTIL_RE.exec(v);
  if (until) return { kind: "until", event: until[1].trim() };
  const stripped = lower.replace(/^(?:up to|for|a maximum of|at most|max(?:imum)?\.?|no more than|not more than)\s+/, "");
  const found = findDurations(stripped);
  if (found.length === 1 && found[0].start === 0 && found[0].end === stripped.length) return found[0].period;
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

/** Formats a period the way the manifest writes it ("30 days", "1 year", "until account deletion"). */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "duration":
      return `${p.amount} ${p.unit}${p.amount === 1 ? "" : "s"}`;
    case "until":
      return `until ${p.event}`;
    case "session":
      return "session";
    case "indefinite":
      return "indefinite";
  }
}
