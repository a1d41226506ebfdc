import type { PolicyDoc } from "./policy/parse";
import { RULE_IDS, type RawFinding, type RuleId } from "./types";
import { msg } from "./messages";
import { firstReached } from "./text/sortedSearch";

/** Ranges where rules are switched off by comments in the policy. */
export interface Suppressions {
  isSuppressed(rule: RuleId, offset: number): boolean;
  /** Findings for suppression comments that name unknown rules. */
  problems: RawFinding[];
}

const DIRECTIVE = /^policywright-(disable-next-line|disable|enable)\b\s*(.*)$/s;

/**
 * Reads `<!-- policywright-disable-next-line RULE[, RULE] -->`, `<!-- policywright-disable RULE -->`
 * and `<!-- policywright-enable RULE -->`. No rule listed means every rule.
 */
export function readSuppressions(doc: PolicyDoc): Suppressions {
  const ranges: { rules: Set<string> | "all"; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  const problems: RawFinding[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    for (const n of names) {
      if (!(RULE_IDS as readonly string[]).includes(n)) {
        problems.push({ rule: "unknown-rule", subject: n, message: msg("unknown-rule", { name: n, rules: RULE_IDS.filter((r) => r !== "unknown-rule").join(", ") }), file: "policy", start: c.start, end: c.end });
      }
    }
    const rules: Set<string> | "all" = names.length ? new Set(names) : "all";
    if (m[1] === "disable-next-line") {
      const lineEnd = doc.text.indexOf("\n", c.end);
      const nextStart = lineEnd < 0 ? doc.text.length : lineEnd + 1;
      let nextEnd = doc.text.indexOf("\n", nextStart);
      if (nextEnd < 0) nextEnd = doc.text.length;
      ranges.push({ rules, start: c.start, end: nextEnd });
    } else if (m[1] === "disable") {
      for (const n of rules === "all" ? ["*"] : rules) if (!open.has(n)) open.set(n, c.end);
    } else {
      for (const n of rules === "all" ? [...open.keys()] : rules) {
        const s = open.get(n);
        if (s === undefined) continue;
        open.delete(n);
        ranges.push({ rules: n === "*" ? "all" : new Set([n]), start: s, end: c.start });
      }
    }
  }
  for (const [n, s] of open) ranges.push({ rules: n === "*" ? "all" : new Set([n]), start: s, end: doc.text.length });
  // by start, with the furthest end so far: a query looks only at ranges that can reach it
  // (testing every range for every finding is quadratic in a policy full of comments)
  ranges.sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const r of ranges) reach.push(Math.max(r.end, reach[reach.length - 1] ?? -1));
  return {
    problems,
    isSuppressed: (rule, offset) => {
      const lo = firstReached(ranges.length, (i) => ranges[i].start > offset);
      for (let i = lo - 1; i >= 0 && reach[i] >= offset; i--) {
        const r = ranges[i];
        if (offset <= r.end && (r.rules === "all" || r.rules.has(rule))) return true;
      }
      return false;
    },
  };
}
