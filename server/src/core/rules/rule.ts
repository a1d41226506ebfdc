import type { RuleContext } from "../context";
import type { PolicyDoc } from "../policy/parse";
import type { SectionKind } from "../policy/sections";
import type { RawFinding, RuleId, Severity } from "../types";

export { policyFinding } from "../findings";
export type { RuleContext };

/** One check: an id, its default severity, and a function from the context to findings. */
export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for docs and SARIF. */
  description: string;
  /** Whether the rule needs a manifest to say anything. */
  needsManifest: boolean;
  run(ctx: RuleContext): RawFinding[];
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
