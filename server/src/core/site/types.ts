/**
 * A site a policy page belongs to, as the host found it: which generator builds it, the files
 * its template variables come from (already read), and the includes the page names. Pure data;
 * the host reads files, the core resolves and checks.
 */

export type Generator = "jekyll" | "hugo" | "eleventy" | "docusaurus" | "policywright";

/** `js`: a Docusaurus config, read without running it (site/jsConfig.ts). */
export type DataFormat = "yaml" | "json" | "toml" | "csv" | "js";

/** One file of site variables: a config, a data file, a params file, `.policywright.json`. */
export interface SiteFile {
  /** Absolute path (for go-to-definition). */
  path: string;
  /** The path shown to people: relative to the workspace or the site. */
  shown: string;
  /** Where its value sits in the template scope: `["site"]` for `_config.yml`, `["site", "data", "legal"]` for `_data/legal.yml`. */
  mount: string[];
  format: DataFormat;
  text: string;
  /** The parsed value (undefined when the file does not parse; see Site.problems). */
  value: unknown;
}

/** A site file that cannot be used, reported once on that file. */
export interface SiteProblem {
  path: string;
  shown: string;
  message: string;
  /** 0-based. */
  line: number;
  character: number;
}

/** An include as the host found it: its text, or why it was not read. */
export type IncludeResult = { path: string; shown: string; text: string } | { shown: string; error: string };

export interface Site {
  generator: Generator;
  /** Absolute path of the site root (the folder with the generator's config). */
  root: string;
  files: SiteFile[];
  /** What was looked in, as shown to people ("_config.yml", "_data/"), for unresolved variables. */
  searched: string[];
  problems: SiteProblem[];
  /** Includes by includeKey(page, name). */
  includes: Record<string, IncludeResult>;
  /** Absolute path of the page being checked. */
  page: string;
  /** Names an MDX page imports from a module whose exported constants were read (`{ORG_NAME}`). */
  imports?: string[];
}

/** The key of an include named in a file: the same on both sides of the host/core boundary. */
export function includeKey(from: string, kind: IncludeKind, name: string): string {
  return `${kind === "relative" ? from : ""}\u0000${kind}\u0000${name}`;
}

/** `include`: from the site's include folder; `relative`: from the including file's folder; `root`: from the site root (Hugo readfile). */
export type IncludeKind = "include" | "relative" | "root";
