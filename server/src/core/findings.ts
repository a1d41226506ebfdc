import type { RawFinding, RuleId } from "./types";

/** A finding anchored in the policy. */
export function policyFinding(rule: RuleId, subject: string, message: string, start: number, end: number): RawFinding {
  return { rule, subject, message, file: "policy", start, end };
}
