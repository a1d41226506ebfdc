import { clauseFix } from "../clauses/insert";
import { isPresent, requiredDisclosures } from "../claims/disclosures";
import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";
import { citationFor } from "../disclosures";
import { joinList, languageDisplayName, msg } from "../messages";

/** A disclosure the active regimes require is absent. */
export const missingSection: Rule = {
  id: "missing-section",
  defaultSeverity: "warning",
  description: "A disclosure required by GDPR, UK GDPR or CCPA is missing.",
  needsManifest: false,
  languageDependent: true,
  run(ctx) {
    const out: RawFinding[] = [];
    for (const d of requiredDisclosures(ctx)) {
      if (isPresent(ctx, d)) continue;
      const fixes = clauseFix(ctx, d);
      const args = { title: msg(`disclosure.${d.id}`), citation: citationFor(d, ctx.regimes), regimes: joinList(d.regimes.filter((r) => ctx.regimes.includes(r)).map((r) => msg(`regime.${r}`))) };
      // a pack without this clause offers no text rather than an English one, and says so
      const untranslated = !fixes && ctx.pack.clauses.templates !== undefined && !ctx.pack.clauses.templates[d.id];
      out.push({
        ...policyFinding("missing-section", d.id, untranslated ? msg("missing-section.no-translation", { ...args, language: languageDisplayName(ctx.pack.code) }) : msg("missing-section", args), ...topRange(ctx.doc)),
        fixes,
      });
    }
    return out;
  },
};
