import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";
import { msg } from "../messages";

/**
 * A site file the page depends on cannot be used: a config that does not parse (reported on
 * that file, at its line, once per file), or an include that leaves the workspace, includes
 * itself or does not exist (reported on the include). The page is still checked.
 */
export const siteConfig: Rule = {
  id: "site-config",
  defaultSeverity: "warning",
  description: "A site config, data file or include that the policy page depends on cannot be read.",
  needsManifest: false,
  run(ctx) {
    const site = ctx.site;
    if (!site) return [];
    const out: RawFinding[] = [];
    const top = topRange(ctx.doc);
    for (const p of site.site.problems) {
      out.push({
        ...policyFinding("site-config", p.shown, msg("site-config.parse", { file: p.shown, line: p.line + 1, problem: p.message }), ...top),
        severity: "error",
        origin: { path: p.path, shown: p.shown, line: p.line, character: p.character, endLine: p.line, endCharacter: p.character + 1 },
      });
    }
    for (const p of site.expanded.problems) {
      out.push(policyFinding("site-config", p.subject, msg("site-config.include", { file: p.subject, problem: p.message }), p.start, p.end));
    }
    return out;
  },
};
