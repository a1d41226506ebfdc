import type { RuleContext } from "../context";
import type { Manifest } from "../manifest/parse";
import { policyFinding } from "../findings";
import type { Fix, RawFinding } from "../types";
import { describeDifference, sameContent } from "./compare";
import { findGeneratedBlocks, type GeneratedBlock } from "./markers";
import type { GeneratedKind } from "./options";
import { renderGeneratedBlock } from "./render";
import { msg } from "../messages";

export /** Manifest paths each kind is rendered from; a manifest error under one leaves those blocks alone. */
const GENERATED_SOURCES: Record<GeneratedKind, RegExp> = {
  processors: /^(?:processors|yaml|manifest)\b/,
  retention: /^(?:retention|yaml|manifest)\b/,
  controller: /^(?:controller|yaml|manifest)\b/,
  subprocessors: /^(?:processors|yaml|manifest)\b/,
  cookies: /^(?:cookies|processors|yaml|manifest)\b/,
};

/**
 * The regenerate fixes of the stale blocks of one kind, not preferred, for other rules whose own
 * fix would otherwise edit inside a generated block (a processor missing from a generated table
 * is fixed by regenerating the table, and only generated-block-stale applies it unasked).
 */
export function regenerateFixes(ctx: RuleContext, kind: GeneratedKind): Fix[] | undefined {
  const m = ctx.manifest;
  if (!m || m.findings.some((f) => GENERATED_SOURCES[kind].test(f.subject))) return undefined;
  const eol = ctx.doc.text.includes("\r\n") ? "\r\n" : "\n";
  const fixes = findGeneratedBlocks(ctx.doc).blocks
    .filter((b) => b.kind === kind)
    .flatMap((b) => staleBlock(ctx.doc.text, b, m, eol, ctx.pack.code)?.fixes ?? [])
    .map((f) => ({ ...f, preferred: false }));
  return fixes.length ? fixes : undefined;
}

/** The finding for a block whose content is not what the manifest generates, with its fix. */
export function staleBlock(text: string, b: GeneratedBlock, m: Manifest, eol: string, lang?: string): RawFinding | undefined {
  const actual = text.slice(b.contentStart, b.contentEnd);
  // the cookie block writes the policy's language
  const expected = renderGeneratedBlock(b.kind, m, { ...b.options, eol, lang });
  if (sameContent(actual, expected)) return undefined;
  const what = describeDifference(b.kind, actual, expected, m);
  
  return {
    ...policyFinding("generated-block-stale", b.kind, msg(actual.trim() ? "generated-block-stale.edited" : "generated-block-stale", { kind: b.kind, what }), b.openStart, b.openEnd),
    fixes: [{
      title: msg("fix.regenerate", { kind: b.kind }),
      edits: [{ file: "policy", start: b.contentStart, end: b.contentEnd, newText: expected ? expected + eol : "" }],
      preferred: true,
    }],
  };
}
