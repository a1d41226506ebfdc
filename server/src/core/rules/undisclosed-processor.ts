import { linksTo } from "../claims/recipients";
import { processorListItemFix } from "../fixes/recipients";
import { policyFinding, sectionAnchor, type Rule } from "./rule";
import { regenerateFixes } from "../generated/regenerate";
import { msg } from "../messages";

/** A manifest processor the policy never names (by name or alias), unless it links the published list. */
export const undisclosedProcessor: Rule = {
  id: "undisclosed-processor",
  defaultSeverity: "error",
  description: "A processor in the manifest is never named in the policy.",
  needsManifest: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m || (m.disclosureList && linksTo(ctx.doc.links, m.disclosureList))) return [];
    const [s, e] = sectionAnchor(ctx, "recipients");
    return m.processors
      .filter(firstOfEachName())
      .filter((p) => !ctx.claimsOf(p).some((x) => x.direct))
      .map((p) => ({
        ...policyFinding("undisclosed-processor", p.name, p.purpose ? msg("undisclosed-processor.purpose", { name: p.name, purpose: p.purpose.replace(/\.$/, "") }) : msg("undisclosed-processor", { name: p.name }), s, e),
        // a generated processors table is regenerated, never hand-edited
        fixes: regenerateFixes(ctx, "processors") ?? regenerateFixes(ctx, "subprocessors") ?? processorListItemFix(ctx, p),
      }));
  },
};

/** A filter that keeps the first processor of each name (case-insensitive), in one pass. */
function firstOfEachName(): (p: { name: string }) => boolean {
  const seen = new Set<string>();
  return (p) => {
    const key = p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
