import { clauseFix } from "../clauses/insert";
import { isPresent, requiredDisclosures } from "../claims/disclosures";
import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";

/** A disclosure the active regimes require is absent. */
export const missingSection: Rule = {
  id: "missing-section",
  defaultSeverity: "warning",
  description: "A disclosure required by GDPR, UK GDPR or CCPA is missing.",
  needsManifest: false,
  run(ctx) {
    const out: RawFinding[] = [];
    for (const d of requiredDisclosures(ctx)) {
      if (isPresent(ctx, d)) continue;
      out.push({
        ...policyFinding("missing-section", d.id, `Missing disclosure: ${d.title.toLowerCase()} (${d.citation}), required under ${d.regimes.filter((r) => ctx.regimes.includes(r)).map(regimeName).join(" and ")}.`, ...topRange(ctx.doc)),
        fixes: clauseFix(ctx, d),
      });
    }
    return out;
  },
};

function regimeName(r: string): string {
  return r === "gdpr" ? "the GDPR" : r === "uk-gdpr" ? "the UK GDPR" : "the CCPA";
}
