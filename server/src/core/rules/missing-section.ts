import { clauseFix } from "../clauses/insert";
import { isPresent, requiredDisclosures } from "../claims/disclosures";
import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";
import { joinList, msg } from "../messages";

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
      out.push({
        ...policyFinding("missing-section", d.id, msg("missing-section", { title: msg(`disclosure.${d.id}`), citation: d.citation, regimes: joinList(d.regimes.filter((r) => ctx.regimes.includes(r)).map((r) => msg(`regime.${r}`))) }), ...topRange(ctx.doc)),
        fixes: clauseFix(ctx, d),
      });
    }
    return out;
  },
};
