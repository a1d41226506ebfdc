import { countryName, findCountries, regionContains } from "../geo/countries";
import type { RawFinding } from "../types";
import { policyFinding, type Rule, type RuleContext } from "./rule";

const CLAIMS: RegExp[] = [
  /\b(?:never|not|no|isn['’]t|aren['’]t|won['’]t)\b[^.;]{0,80}?\b(?:leaves?|leaving|transferr?(?:ed|s)?|sent|moved|stored|processed|hosted|shared)\b[^.;]{0,40}?\b(?:outside|beyond|out\s+of)\b(?:\s+of)?/i,
  /\b(?:never\s+leaves?|does\s*n['’]?o?t\s+leave|will\s*n['’]?o?t\s+leave|won['’]t\s+leave|stays?|remains?)\b(?:\s+(?:only|exclusively|solely|entirely))?(?:\s+(?:in|within|inside))?/i,
  /\b(?:all|only|exclusively|solely|entirely)\b[^.;]{0,60}?\b(?:stored|processed|hosted|kept)\b(?:\s+(?:only|exclusively|solely|entirely))?\s+(?:in|within|inside)\b/i,
];
const CONDITIONAL = /\b(?:without|unless|except|other\s+than|safeguards?|standard\s+contractual|adequacy|where\s+we|if\s+we)\b/i;
const DATA_SUBJECT = /\b(?:data|information|everything|it|files|content|notes)\b/i;

/** The policy says data stays in a region while the manifest has processors elsewhere. */
export const transferContradiction: Rule = {
  id: "transfer-contradiction",
  defaultSeverity: "error",
  description: "The policy says data stays in a region, but a processor in the manifest is elsewhere.",
  needsManifest: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m) return [];
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    for (const claim of locationClaims(ctx)) {
      for (const p of m.processors) {
        if (!p.countries || reported.has(p.name)) continue;
        const outside = p.countries.filter((c) => !claim.region.some((r) => r === c || regionContains(r, c)));
        if (!outside.length) continue;
        reported.add(p.name);
        const where = claim.region.map(countryName).join(" and ");
        out.push(policyFinding("transfer-contradiction", p.name, `The policy says personal data stays in ${where}, but ${p.name} processes it in ${outside.map(countryName).join(", ")}.`, claim.start, claim.end));
      }
    }
    return out;
  },
};

/** Sentences that claim data stays inside a region, with the region's codes. */
export function locationClaims(ctx: RuleContext): { region: string[]; start: number; end: number }[] {
  const { doc } = ctx;
  const out: { region: string[]; start: number; end: number }[] = [];
  for (const s of doc.sentences) {
    const text = doc.masked.slice(s.start, s.end);
    if (!/\b(?:outside|beyond|leave|leaves|stay|stays|remain|remains|within|inside|only|exclusively|solely|entirely|all)\b/i.test(text)) continue;
    if (CONDITIONAL.test(text) || !DATA_SUBJECT.test(text)) continue;
    for (const re of CLAIMS) {
      const m = re.exec(text);
      if (!m) continue;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
      const stop = tail.search(/[.;:]|\b(?:but|because|so|which)\b/);
      const region = [...new Set(findCountries(stop >= 0 ? tail.slice(0, stop) : tail).map((c) => c.code))];
      if (!region.length) continue;
      // "stays in" must be about where data is, not a processor's own location
      if (re === CLAIMS[1] && !/\b(?:data|information|everything)\b/i.test(text.slice(0, m.index + 1))) continue;
      out.push({ region, start: s.start, end: s.end });
      break;
    }
  }
  return out;
}
