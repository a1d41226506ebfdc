import type { ManifestHistory } from "./changes/types";
import type { Manifest, Processor } from "./manifest/parse";
import type { Mention } from "./mentions/find";
import type { Block, PolicyDoc } from "./policy/parse";
import type { LanguagePack } from "./packs/index";
import type { SectionKind } from "./policy/sections";
import type { SiteContext } from "./site/expand";
import type { Regime } from "./types";

/** What every rule reads: the parsed policy, the manifest (if any) and shared derived facts. */
export interface RuleContext {
  doc: PolicyDoc;
  /** The language pack of the policy's language: every language-bound phrase a rule reads. */
  pack: LanguagePack;
  manifest?: Manifest;
  mentions: Mention[];
  regimes: Regime[];
  now: Date;
  /** When the manifest last changed (from version control), if the host knows. */
  manifestChanged?: Date;
  /** The site the page belongs to, when the host found one: its variables, includes and problems. */
  site?: SiteContext;
  /** The manifest's history from version control, if the host read it (not outside git, nor in the web build). */
  manifestHistory?: ManifestHistory;
  /** Section kinds that apply at a block: its section's and every ancestor's. */
  kindsOf(block: Block | number): Set<SectionKind>;
  /** The sentence index at an offset, -1 if none. */
  sentenceOf(offset: number): number;
  /** Mentions of a manifest processor that are real claims (not denied). */
  claimsOf(p: Processor): Mention[];
  /** The mentions in one sentence, in text order (indexed once, so rules stay linear). */
  mentionsIn(sentence: number): Mention[];
}

