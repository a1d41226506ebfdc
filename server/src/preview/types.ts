import type { Edit, FileRole, Regime, RuleId, Severity } from "../core/types";

/** The preview model: what the server sends and every page renders, as plain data. */

/** A place in the policy: offsets into `PreviewModel.text`, and the 0-based line of `start`. */
export interface Place {
  start: number;
  end: number;
  line: number;
}

export interface PreviewFinding extends Place {
  id: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  subject: string;
  /** Manifest findings have offsets into the manifest; the preview lists them, never marks them. */
  file: FileRole;
}

/**
 * How a processor name in the policy relates to the manifest: named by its manifest name or
 * alias (disclosed), another name of a listed company (related), a known service the
 * manifest lacks (undeclared), or a name that claims nothing (denied, self-hosted).
 */
export type MentionStatus = "disclosed" | "related" | "undeclared" | "denied" | "self-hosted";

export interface PreviewMention extends Place {
  id: number;
  /** The name as the policy writes it. */
  written: string;
  /** The manifest processor it names, if any. */
  processor?: string;
  /** The catalog's name for the service, if it is a known one. */
  catalog?: string;
  status: MentionStatus;
}

export interface PreviewBlock {
  kind: "heading" | "text" | "row";
  start: number;
  end: number;
  cells?: [number, number][];
}

/** A repair the preview can run (the insert-clause fix of a missing disclosure). */
export interface PreviewFix {
  id: number;
  title: string;
  edits: Edit[];
}

export interface ChecklistItem {
  id: string;
  title: string;
  citation: string;
  present: boolean;
  /** Where the policy makes the disclosure, when it is present and the place is known. */
  at?: Place;
  /** The missing-section finding, unless the rule is off or suppressed. */
  findingId?: number;
  fixId?: number;
}

export interface ChecklistGroup {
  regime: Regime;
  items: ChecklistItem[];
}

export interface ProcessorRow {
  name: string;
  purpose?: string;
  category?: string;
  /** Named in the policy, covered by a link to the published list, or neither. */
  named: "named" | "list" | "no";
  /** Where the policy names it (direct, not denied). */
  places: Place[];
  countries: string[];
  transfer?: string;
  retention?: string;
  consent?: boolean;
  findingIds: number[];
}

export type PeriodStatus = "match" | "mismatch" | "unchecked";

export interface RetentionClaimRow extends Place {
  text: string;
  status: PeriodStatus;
}

export interface RetentionRow {
  subject: string;
  kind: "data" | "processor";
  /** The manifest's period as written, if it has one. */
  manifest?: string;
  store?: string;
  claims: RetentionClaimRow[];
  status: PeriodStatus | "not-stated";
  findingIds: number[];
}

/** One page of a policy kept in several languages, as the Translations panel lists it. */
export interface TranslationPage {
  /** The page's path, relative to its workspace folder ('/'-separated). */
  path: string;
  /** The page's language: from its path (`privacy.de.md`, `content/de/…`), else the one it is read in. */
  language: string;
  /** The page this preview shows. */
  current: boolean;
  errors: number;
  warnings: number;
}

/**
 * How one page treats a processor: names it (named), covers it by a link to the published
 * list (list), names a service its manifest lacks (undeclared), or does not name it (no).
 */
export type TranslationCell = "named" | "list" | "undeclared" | "no";

export interface TranslationRow {
  /** The manifest's name, or the catalog's name (else as written) of an undeclared service. */
  name: string;
  /** One cell per page, in the order of `PreviewTranslations.pages`. */
  pages: TranslationCell[];
  /** The pages do not all say the same about it: a reviewer's first stop. */
  differs: boolean;
}

/** The pages of one policy in several languages side by side: which page names which processor. */
export interface PreviewTranslations {
  pages: TranslationPage[];
  processors: TranslationRow[];
}

/** How a cookie stands between the policy's cookie table and the manifest's `cookies:`. */
export type CookieStatus = "both" | "only-manifest" | "only-policy" | "mismatch";

export interface CookieRow {
  /** The manifest's name for it, else the name as the policy writes it. */
  name: string;
  status: CookieStatus;
  /** For a mismatch: what differs. */
  differs: ("lifetime" | "category" | "consent")[];
  /** What the manifest declares, when it declares the cookie. */
  manifest?: { provider?: string; purpose?: string; duration?: string; consent: boolean };
  /** What the policy's table says, when it lists the cookie: the name as written, where, and its cells. */
  policy?: { written: string; at: Place; provider?: string; category?: string; duration?: string; withoutConsent: boolean };
  findingIds: number[];
}

export interface CookieSection {
  /** The manifest has a `cookies:` section; until it has, cookie-mismatch is silent. */
  declared: boolean;
  /** How many cookie tables (or lists) the policy has. */
  tables: number;
  /** Policy rows in the policy's order, then the manifest cookies the policy does not list. */
  rows: CookieRow[];
}

/**
 * The data the live preview and the review page show: findings and mentions placed on the
 * policy, the required-disclosures checklist per regime, processor coverage, retention and cookies.
 * Plain JSON: the language server sends it as-is over `policywright/previewModel`.
 */
export interface PreviewModel {
  version: 1;
  /** The policy text the offsets refer to. */
  text: string;
  /** Ranges a reader never sees: the front matter and HTML comments. */
  hidden: [number, number][];
  /** Text containers (content start to end), where marks may go; table rows keep their cells. */
  blocks: PreviewBlock[];
  /** Link destinations and URLs, where marks must not go. */
  links: [number, number][];
  title: string;
  /** The language the policy is read in, why, and both in words of the display language ("German (from the file name)"). */
  language: { code: string; reason: string; label: string };
  regimes: Regime[];
  hasManifest: boolean;
  controller?: string;
  findings: PreviewFinding[];
  mentions: PreviewMention[];
  checklist: ChecklistGroup[];
  processors: ProcessorRow[];
  retention: RetentionRow[];
  cookies: CookieSection;
  fixes: PreviewFix[];
  /** The other language pages of this policy, when the workspace has any (filled in by the host). */
  translations?: PreviewTranslations;
}

