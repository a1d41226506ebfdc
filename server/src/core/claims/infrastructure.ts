import type { RuleContext } from "../context";
import { mentionsWithin, type Mention } from "../mentions/find";

/**
 * Whether a catalog service is named as the infrastructure of a processor the manifest lists,
 * in one of that processor's attribute lines: under "Supabase (database)", the item
 * "Server location: Frankfurt (AWS region eu-central-1)" tells where Supabase runs, and does not
 * name a recipient of the company's own. Only hosting and CDN services are infrastructure.
 */
export function namedAsInfrastructure(ctx: RuleContext, x: Mention): boolean {
  if (!x.catalog || (x.catalog.category !== "hosting" && x.catalog.category !== "cdn")) return false;
  const { doc } = ctx;
  const sentence = doc.sentences[x.sentence];
  const block = sentence ? doc.blocks[sentence.block] : undefined;
  if (!block || block.kind !== "item" || block.depth === 0) return false;
  const line = doc.masked.slice(block.contentStart, x.start);
  const colon = line.indexOf(":");
  if (colon < 0) return false;
  const label = line.slice(0, colon).replace(/[*_`]/g, "").trim();
  if (!ctx.pack.recipients.attributeLabel.test(label)) return false;
  // the item it belongs to: the nearest item above it that is nested less deeply
  for (let i = sentence.block - 1; i >= 0; i--) {
    const b = doc.blocks[i];
    if (b.kind !== "item") return false;
    if (b.depth >= block.depth) continue;
    return mentionsWithin(ctx.mentions, b.start, b.end).some((m) => m.processor && !m.denied);
  }
  return false;
}
