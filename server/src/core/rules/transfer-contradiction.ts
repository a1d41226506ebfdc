import { countryName, regionContains } from "../geo/countries";
import { findCountriesIn, type LanguagePack } from "../packs/index";
import type { Processor } from "../manifest/parse";
import type { RawFinding } from "../types";
import { perSentence } from "../policy/memo";
import { mentionsWithin } from "../mentions/find";
import { policyFinding, type Rule, type RuleContext } from "./rule";
import { joinList, msg, regionName } from "../messages";


/** The policy says data stays in a region while the manifest has processors elsewhere. */
export const transferContradiction: Rule = {
  id: "transfer-contradiction",
  defaultSeverity: "error",
  description: "The policy says data stays in a region, but a processor in the manifest is elsewhere.",
  needsManifest: true,
  languageDependent: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m) return [];
    const out: RawFinding[] = [];
    const reported = new Set<string>();
    for (const claim of locationClaims(ctx)) {
      for (const p of m.processors) {
        if (!p.countries || reported.has(p.name) || claim.exempt?.has(p)) continue;
        const outside = p.countries.filter((c) => !claim.region.some((r) => r === c || regionContains(r, c)));
        if (!outside.length) continue;
        reported.add(p.name);
        const where = joinList(claim.region.map((c) => regionName(c, countryName)));
        out.push(policyFinding("transfer-contradiction", p.name, msg("transfer-contradiction", { region: where, name: p.name, countries: outside.map((c) => regionName(c, countryName)).join(", ") }), claim.start, claim.end));
      }
    }
    return out;
  },
};

/** Sentences that claim data stays inside a region, with the region's codes. */
export function locationClaims(ctx: RuleContext): LocationClaim[] {
  const { doc, pack } = ctx;
  const t = pack.transfer;
  const out: LocationClaim[] = [];
  const gated = perSentence(doc, "location gate", (x) => mayClaim(withoutParentheticals(x), t));
  doc.sentences.forEach((s, si) => {
    // a claim is a sentence about the service as a whole: a table row speaks of one entry, and a
    // parenthetical ("Global (EU data stays in EU)") of the word it follows
    const kind = doc.blocks[s.block]?.kind;
    if (kind === "row" || kind === "header-row") return;
    if (!gated.at(si)) return;
    // "a self-hosted instance of Umami … all data stays under our control in Germany": the
    // self-hosted tool's data, not the whole service's
    const block = doc.blocks[s.block];
    if (block && mentionsWithin(ctx.mentions, block.start, block.end).some((x) => x.selfHosted)) return;
    const text = withoutParentheticals(doc.masked.slice(s.start, s.end));
    for (const claim of t.claims) {
      const m = claim.re.exec(text);
      if (!m) continue;
      const tail = text.slice(m.index + m[0].length, m.index + m[0].length + 90);
      const stop = tail.search(t.stop);
      const region = [...new Set(findCountriesIn(pack, stop >= 0 ? tail.slice(0, stop) : tail).map((c) => c.code))];
      if (!region.length) continue;
      // "stays in" must be about where data is, not a processor's own location
      if (claim.dataBefore && !t.dataBefore.test(text.slice(0, m.index + 1))) continue;
      const exempt = new Set<Processor>();
      if (t.exception?.test(text)) for (const x of ctx.mentionsIn(si)) if (x.processor) exempt.add(x.processor);
      for (const p of excepted(ctx, si)) exempt.add(p);
      out.push({ region, start: s.start, end: s.end, ...(exempt.size ? { exempt } : {}) });
      break;
    }
  });
  return out;
}

export interface LocationClaim {
  region: string[];
  start: number;
  end: number;
  /** Processors the sentence names as exceptions to its claim. */
  exempt?: Set<Processor>;
}

/** How many sentences after a claim may still qualify it. */
const FOLLOWING = 3;

/**
 * The processors that the sentences right after a claim, in its section, name as sanctioned
 * exceptions ("Your data doesn't leave the EU for storage. … When data is sent to US-based
 * services (Anthropic, GitHub), appropriate safeguards are in place."): the policy itself tells
 * the reader they are elsewhere.
 */
function excepted(ctx: RuleContext, si: number): Processor[] {
  const { doc, pack } = ctx;
  const section = doc.blocks[doc.sentences[si].block]?.section;
  const out: Processor[] = [];
  for (let j = si + 1; j < doc.sentences.length && j <= si + FOLLOWING; j++) {
    const n = doc.sentences[j];
    if (doc.blocks[n.block]?.section !== section) break;
    if (!pack.transfer.conditional.test(doc.masked.slice(n.start, n.end))) continue;
    for (const x of ctx.mentionsIn(j)) if (x.processor && !x.denied) out.push(x.processor);
  }
  return out;
}

/** Whether a sentence (without its parentheticals) can make a claim: a gate word, about data, with no condition. */
function mayClaim(text: string, t: LanguagePack["transfer"]): boolean {
  return t.gate.test(text) && !t.conditional.test(text) && t.dataSubject.test(text);
}

/** The text with what stands in parentheses blanked (offsets kept). */
function withoutParentheticals(text: string): string {
  if (text.indexOf("(") < 0) return text;
  return text.replace(/\([^()]*\)/g, (m) => " ".repeat(m.length));
}
