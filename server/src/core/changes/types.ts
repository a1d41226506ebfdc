/** The sub-processor change history: what changed in the manifest, commit by commit. */

/** One committed version of the manifest, as the host read it from version control. */
export interface ManifestVersion {
  /** Full commit id. */
  commit: string;
  /** Commit date, ISO 8601. */
  date: string;
  author?: string;
  /** First line of the commit message. */
  subject: string;
  /** The manifest's path in the repository at this commit (it may have been renamed since). */
  path: string;
  text: string;
}

/** The facts of a processor whose change is reported. */
export type ChangeField = "country" | "transfer" | "purpose" | "data" | "category" | "retention";
export const CHANGE_FIELDS: readonly ChangeField[] = ["purpose", "data", "category", "country", "transfer", "retention"];

/** A processor as the published list shows it, in words. */
export interface ProcessorFacts {
  name: string;
  legalName?: string;
  purpose?: string;
  data: string[];
  category?: string;
  /** Where it processes data, in words ("United States, Ireland"). */
  location?: string;
  /** The transfer safeguard in words. */
  transfer?: string;
  retention?: string;
  since?: string;
}

export type Change =
  | { kind: "added"; processor: string; facts: ProcessorFacts }
  | { kind: "removed"; processor: string }
  | { kind: "renamed"; processor: string; from: string }
  | { kind: "changed"; processor: string; field: ChangeField; from: string; to: string }
  | { kind: "invalid"; message: string };

/** The changes one commit made to the manifest. */
export interface ChangeEntry {
  commit: string;
  date: string;
  author?: string;
  subject: string;
  path: string;
  changes: Change[];
}

/** Where a processor of the newest valid manifest was first added (following renames). */
export interface ProcessorOrigin {
  /** Its names and aliases in the newest valid manifest. */
  names: string[];
  commit: string;
  /** Commit date, ISO 8601. */
  date: string;
  /** True when it was in the manifest's first valid commit: the list customers first saw, not an addition. */
  initial: boolean;
}

/** What the host knows from version control about the manifest, for rules and editor features. */
export interface ManifestHistory {
  entries: ChangeEntry[];
  origins: ProcessorOrigin[];
}
