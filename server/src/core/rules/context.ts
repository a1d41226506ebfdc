import type { Manifest, Processor } from "../manifest/parse";
import type { Mention } from "../mentions/find";
import type { Block, PolicyDoc } from "../policy/parse";
import type { SectionKind } from "../policy/sections";
import type { LanguagePack } from "../packs/index";
import type { RawFinding, Regime, RuleId, Severity } from "../types";

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
  /** Section kinds that apply at a block: its section's and every ancestor's. */
  kindsOf(block: Block | number): Set<SectionKind>;
  /** The sentence index at an offset, -1 if none. */
  sentenceOf(offset: number): number;
  /** Mentions of a manifest processor that are real claims (not denied). */
  claimsOf(p: Processor): Mention[];
  /** The mentions in one sentence, in text order (indexed once, so rules stay linear). */
  mentionsIn(sentence: number): Mention[];
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for docs and SARIF. */
  description: string;
  /** Whether the rule needs a manifest to say anything. */
  needsManifest: boolean;
  run(ctx: RuleContext): RawFinding[];
}

/** A finding anchored in the policy. */
export function policyFinding(rule: RuleId, subject: string, message: string, start: number, end: number): RawFinding {
  return { rule, subject, message, file: "policy", start, end };
}

/** The range of the first heading (or the first line), for findings about the whole policy. */
export function topRange(doc: PolicyDoc): [number, number] {
  const h = doc.blocks.find((b) => b.kind === "heading");
  if (h) return [h.contentStart, h.end];
  const first = doc.blocks[0];
  if (first) return [first.contentStart, Math.min(first.end, doc.text.indexOf("\n", first.contentStart) >>> 0)];
  return [0, Math.min(doc.text.length, 1)];
}

/** The heading range of the first section of a kind, or the top of the policy. */
export function sectionAnchor(ctx: RuleContext, kind: SectionKind): [number, number] {
  const s = ctx.doc.sections.find((x) => x.kinds.has(kind));
  if (s) {
    const b = ctx.doc.blocks.find((bl) => bl.kind === "heading" && bl.start === s.start);
    return [b?.contentStart ?? s.start, s.headingEnd];
  }
  return topRange(ctx.doc);
}
