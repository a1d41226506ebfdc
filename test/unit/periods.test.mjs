// Periods (contract §2 "Periods"): parsing manifest values, equality, durations in prose.
import { test, describe } from "node:test";
import assert from "node:assert/strict";
import { core } from "./helpers.mjs";

const { parsePeriod, samePeriod, findDurations } = core;
const dur = (amount, unit) => ({ kind: "duration", amount, unit });
const P = (s) => {
  const p = parsePeriod(s);
  assert.ok(p, `'${s}' should parse as a period`);
  return p;
};

describe("parsePeriod", () => {
  test("digits with every unit, singular and plural, any case", () => {
    assert.deepEqual(parsePeriod("30 days"), dur(30, "day"));
    assert.deepEqual(parsePeriod("1 day"), dur(1, "day"));
    assert.deepEqual(parsePeriod("24 hours"), dur(24, "hour"));
    assert.deepEqual(parsePeriod("1 hour"), dur(1, "hour"));
    assert.deepEqual(parsePeriod("2 weeks"), dur(2, "week"));
    assert.deepEqual(parsePeriod("6 months"), dur(6, "month"));
    assert.deepEqual(parsePeriod("7 years"), dur(7, "year"));
    assert.deepEqual(parsePeriod("12 Months"), dur(12, "month"));
    assert.deepEqual(parsePeriod("  90   DAYS "), dur(90, "day"));
  });

  test("English number words", () => {
    assert.deepEqual(parsePeriod("thirty days"), dur(30, "day"));
    assert.deepEqual(parsePeriod("seven years"), dur(7, "year"));
    assert.deepEqual(parsePeriod("fourteen days"), dur(14, "day"));
    assert.deepEqual(parsePeriod("twenty-four months"), dur(24, "month"));
    assert.deepEqual(parsePeriod("one hour"), dur(1, "hour"));
    assert.deepEqual(parsePeriod("a year"), dur(1, "year"));
  });

  test("a number word followed by its digits in parentheses", () => {
    assert.deepEqual(parsePeriod("thirty (30) days"), dur(30, "day"));
    assert.deepEqual(parsePeriod("twenty-four (24) months"), dur(24, "month"));
    assert.deepEqual(parsePeriod("seven (7) years"), dur(7, "year"));
  });

  test("qualifiers do not change the period", () => {
    assert.deepEqual(parsePeriod("up to 30 days"), dur(30, "day"));
    assert.deepEqual(parsePeriod("a maximum of 2 years"), dur(2, "year"));
    assert.deepEqual(parsePeriod("for 6 months"), dur(6, "month"));
    assert.deepEqual(parsePeriod("no more than 90 days"), dur(90, "day"));
  });

  test("until <event>, session and indefinite", () => {
    assert.deepEqual(parsePeriod("until account deletion"), { kind: "until", event: "account deletion" });
    assert.equal(P("until you close your account").kind, "until");
    assert.deepEqual(parsePeriod("session"), { kind: "session" });
    assert.deepEqual(parsePeriod("indefinite"), { kind: "indefinite" });
  });

  test("values that are not periods", () => {
    for (const bad of ["30 dayz", "soon", "", "   ", "30", "days", "thirty", "a while", "30 days and 2 years", "monthly", "30 fortnights"]) {
      assert.equal(parsePeriod(bad), undefined, `'${bad}' must not parse`);
    }
  });
});

describe("samePeriod", () => {
  const same = (a, b) => samePeriod(P(a), P(b));

  test("exact conversions within hours/days/weeks and months/years", () => {
    assert.ok(same("24 hours", "1 day"));
    assert.ok(same("48 hours", "two days"));
    assert.ok(same("7 days", "1 week"));
    assert.ok(same("fourteen days", "2 weeks"));
    assert.ok(same("35 days", "5 weeks"));
    assert.ok(same("12 months", "1 year"));
    assert.ok(same("24 months", "2 years"));
    assert.ok(same("twenty-four (24) months", "2 years"));
  });

  test("between days and months/years: 1 month = 30 days, 1 year = 365 days", () => {
    assert.ok(same("1 month", "30 days"));
    assert.ok(same("thirty (30) days", "1 month"));
    assert.ok(same("6 months", "180 days"));
    assert.ok(same("1 year", "365 days"));
    assert.ok(same("2 years", "730 days"));
  });

  test("qualifiers are ignored when comparing", () => {
    assert.ok(same("up to 30 days", "1 month"));
    assert.ok(same("a maximum of 2 years", "24 months"));
  });

  test("different amounts are different", () => {
    assert.equal(same("30 days", "90 days"), false);
    assert.equal(same("6 months", "1 year"), false);
    assert.equal(same("1 year", "2 years"), false);
    assert.equal(same("23 hours", "1 day"), false);
    assert.equal(same("1 month", "4 weeks"), false, "4 weeks is 28 days, not 30");
    assert.equal(same("1 year", "52 weeks"), false, "52 weeks is 364 days, not 365");
    assert.equal(same("1 year", "360 days"), false);
    assert.equal(same("30 days", "30 months"), false);
  });

  test("non-numeric periods are never unequal", () => {
    assert.ok(same("until account deletion", "30 days"));
    assert.ok(same("30 days", "session"));
    assert.ok(same("indefinite", "1 year"));
    assert.ok(same("session", "indefinite"));
    assert.ok(same("until account deletion", "until the contract ends"));
  });
});

describe("findDurations", () => {
  test("reports every duration with exact offsets", () => {
    const text = "Logs are kept for thirty (30) days; invoices for seven years and backups for 24 hours.";
    const found = findDurations(text);
    assert.deepEqual(found.map((d) => d.text), ["thirty (30) days", "seven years", "24 hours"]);
    for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
    assert.equal(found[0].start, text.indexOf("thirty"));
    assert.deepEqual(found.map((d) => d.period), [dur(30, "day"), dur(7, "year"), dur(24, "hour")]);
  });

  test("offsets are shifted by the base", () => {
    const [d] = findDurations("kept 90 days", 100);
    assert.equal(d.start, 105);
    assert.equal(d.end, 112);
  });

  test("hyphenated and parenthesised forms", () => {
    const text = "a 24-month retention, twenty-four (24) months and a year";
    const found = findDurations(text);
    assert.deepEqual(found.map((d) => d.text), ["24-month", "twenty-four (24) months", "a year"]);
    assert.deepEqual(found.map((d) => d.period), [dur(24, "month"), dur(24, "month"), dur(1, "year")]);
  });

  test("no durations in text without a unit, or with a misspelt one", () => {
    assert.deepEqual(findDurations("We reply within 3 working dayz or 30."), []);
    assert.deepEqual(findDurations("Today is the day we ship."), []);
  });

  test("words that merely contain a unit are not durations", () => {
    assert.deepEqual(findDurations("30 daysafter and 5 yearsold"), []);
  });
});
