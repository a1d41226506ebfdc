import type { Link } from "../policy/parse";
import { processorListItemFix } from "../fixes/recipients";
import { policyFinding, sectionAnchor, type Rule } from "./context";
import { regenerateFixes } from "./generated-block-stale";

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
        ...policyFinding("undisclosed-processor", p.name, `${p.name} is in the manifest but the policy never names it${p.purpose ? ` (used for: ${p.purpose.replace(/\.$/, "")})` : ""}.`, s, e),
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

function normalizeUrl(u: string): { host: string; path: string } {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]+)([^?#]*)/i.exec(u.trim());
  const host = m ? m[1].toLowerCase().replace(/^www\./, "") : "";
  const path = (m ? m[2] : u.split(/[?#]/)[0]).replace(/^\.?\/+/, "").replace(/\/+$/, "").replace(/\.(?:md|html?)$/i, "").toLowerCase();
  return { host, path };
}

/** A link to the published sub-processor list: the same URL, or a relative link to the same path or file. */
export function linksTo(links: Link[], target: string): boolean {
  const t = normalizeUrl(target);
  const base = t.path.split("/").pop();
  return links.some((l) => {
    const h = normalizeUrl(l.href);
    if (h.host) return h.host === t.host && h.path === t.path;
    const p = h.path.replace(/^(?:\.\.\/)+/, "");
    return p === t.path || (!!base && p.split("/").pop() === base);
  });
}
