import { describeDifference, findGeneratedBlocks, renderGeneratedBlock, sameContent, type GeneratedBlock, type GeneratedKind } from "../generated";
import type { Manifest } from "../manifest/parse";
import type { Fix, RawFinding } from "../types";
import { policyFinding, type Rule, type RuleContext } from "./context";

/** Manifest paths each kind is rendered from; a manifest error under one leaves those blocks alone. */
const SOURCES: Record<GeneratedKind, RegExp> = {
  processors: /^(?:processors|yaml|manifest)\b/,
  retention: /^(?:retention|yaml|manifest)\b/,
  controller: /^(?:controller|yaml|manifest)\b/,
  cookies: /^(?:cookies|processors|yaml|manifest)\b/,
};

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
      if (m.findings.some((f) => SOURCES[b.kind].test(f.subject))) continue;
      const finding = staleBlock(ctx.doc.text, b, m, eol);
      if (finding) out.push(finding);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * The regenerate fixes of the stale blocks of one kind, not preferred, for other rules whose own
 * fix would otherwise edit inside a generated block (a processor missing from a generated table
 * is fixed by regenerating the table, and only generated-block-stale applies it unasked).
 */
export function regenerateFixes(ctx: RuleContext, kind: GeneratedKind): Fix[] | undefined {
  const m = ctx.manifest;
  if (!m || m.findings.some((f) => SOURCES[kind].test(f.subject))) return undefined;
  const eol = ctx.doc.text.includes("\r\n") ? "\r\n" : "\n";
  const fixes = findGeneratedBlocks(ctx.doc).blocks
    .filter((b) => b.kind === kind)
    .flatMap((b) => staleBlock(ctx.doc.text, b, m, eol)?.fixes ?? [])
    .map((f) => ({ ...f, preferred: false }));
  return fixes.length ? fixes : undefined;
}

function staleBlock(text: string, b: GeneratedBlock, m: Manifest, eol: string): RawFinding | undefined {
  const actual = text.slice(b.contentStart, b.contentEnd);
  const expected = renderGeneratedBlock(b.kind, m, { ...b.options, eol });
  if (sameContent(actual, expected)) return undefined;
  const what = describeDifference(b.kind, actual, expected, m);
  const edited = actual.trim() ? " Edits between the markers are replaced; keep your own wording outside them." : "";
  return {
    ...policyFinding("generated-block-stale", b.kind, `The generated ${b.kind} block is out of date with the manifest: ${what}.${edited}`, b.openStart, b.openEnd),
    fixes: [{
      title: `Regenerate the ${b.kind} block from the manifest`,
      edits: [{ file: "policy", start: b.contentStart, end: b.contentEnd, newText: expected ? expected + eol : "" }],
      preferred: true,
    }],
  };
}
