import { countryClaims } from "../claims/countries";
import { countryName, regionContains } from "../geo/countries";
import type { RawFinding } from "../types";
import { policyFinding, type Rule } from "./rule";
import { msg, regionName } from "../messages";

/** A country the policy gives for a processor that the manifest does not. */
export const countryMismatch: Rule = {
  id: "country-mismatch",
  defaultSeverity: "warning",
  description: "The policy places a processor in a different country than the manifest.",
  needsManifest: true,
  languageDependent: true,
  run(ctx) {
    const out: RawFinding[] = [];
    for (const claim of countryClaims(ctx)) {
      const p = claim.processor;
      if (!p.countries || consistent(claim.codes, p.countries)) continue;
      const said = ctx.doc.text.slice(claim.start, claim.end);
      const want = p.countries.map((c) => regionName(c, countryName)).join(", ");
      out.push(policyFinding("country-mismatch", p.name, msg("country-mismatch", { name: p.name, said, want, codes: p.countries.join(", ") }), claim.start, claim.end));
    }
    return out;
  },
};

function consistent(said: string[], manifest: string[]): boolean {
  return said.some((c) => manifest.some((m) => c === m || regionContains(m, c) || regionContains(c, m)));
}
