import { findGeneratedBlocks } from "../generated";
import { GENERATED_SOURCES, staleBlock } from "../generated/regenerate";
import type { RawFinding } from "../types";
import { policyFinding, type Rule } from "./rule";

/**
 * A generated block (`<!-- policywright:processors -->` … `<!-- /policywright:processors -->`) whose
 * content is not what the manifest generates, or markers that cannot be trusted (unclosed,
 * nested, unknown). The fix replaces only the content between the markers; nothing outside
 * them is touched. Blocks are never compared against a manifest whose relevant part is broken,
 * so a typo in processors.yaml cannot wipe a table.
 */
export const generatedBlockStale: Rule = {
  id: "generated-block-stale",
  defaultSeverity: "warning",
  description: "A block generated from the manifest no longer matches it, or its markers are broken.",
  needsManifest: false,
  run(ctx) {
    const { blocks, problems } = findGeneratedBlocks(ctx.doc);
    const out: RawFinding[] = problems.map((p) => policyFinding("generated-block-stale", p.kind, p.message, p.start, p.end));
    const m = ctx.manifest;
    if (!m) return out;
    const eol = ctx.doc.text.includes("\r\n") ? "\r\n" : "\n";
    for (const b of blocks) {
      if (m.findings.some((f) => GENERATED_SOURCES[b.kind].test(f.subject))) continue;
      const finding = staleBlock(ctx.doc.text, b, m, eol, ctx.pack.code);
      if (finding) out.push(finding);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
