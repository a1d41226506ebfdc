/** Shared data types of the analysis core: findings, fixes and ranges, all in UTF-16 offsets. */

export const RULE_IDS = [
  "undisclosed-processor", "undeclared-processor", "retention-mismatch", "country-mismatch",
  "transfer-contradiction", "consent-contradiction", "missing-section", "placeholder",
  "contact-mismatch", "stale-date", "manifest-invalid", "generated-block-stale", "notice-period", "cookie-mismatch", "site-config", "unknown-rule",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "info" | "hint";

/** Which of the two inputs a range lives in. Hosts map the role to a file or URI. */
export type FileRole = "policy" | "manifest";

/** A replacement of [start, end) in one file; an insertion has start === end. */
export interface Edit {
  file: FileRole;
  start: number;
  end: number;
  newText: string;
}

/** A repair as plain data, applied the same way by the editor and the CLI. */
export interface Fix {
  title: string;
  edits: Edit[];
  /** Safe to apply without a person choosing (used by --fix and fix-all). */
  preferred?: boolean;
}

/**
 * Where a finding's text lives when that is another file than the policy: an included page,
 * or a site config that does not parse. Lines and characters are 0-based.
 */
export interface Origin {
  /** Absolute path. */
  path: string;
  /** The path shown to people. */
  shown: string;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  subject: string;
  file: FileRole;
  start: number;
  end: number;
  fixes?: Fix[];
  /** Set when the text that caused the finding is in another file (the range is then the include or the top of the policy). */
  origin?: Origin;
}

/** A finding before severity configuration is applied. */
export type RawFinding = Omit<Finding, "severity"> & { severity?: Severity };

export type Regime = "gdpr" | "uk-gdpr" | "ccpa";
export const REGIMES: readonly Regime[] = ["gdpr", "uk-gdpr", "ccpa"];
