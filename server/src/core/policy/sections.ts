/** What a section is about, judged from its heading. Phrase lists are data, tested for near misses. */

export type SectionKind =
  | "controller" | "contact" | "collection" | "purposes" | "legal-basis" | "recipients" | "transfers"
  | "retention" | "rights" | "complaint" | "cookies" | "children" | "security" | "changes" | "dpo"
  | "ccpa-categories" | "ccpa-sale" | "ccpa-rights" | "ccpa-non-discrimination" | "withdraw-consent";

const HEADING_PATTERNS: [SectionKind, RegExp][] = [
  ["controller", /\b(who we are|about us|controller|identity|data controller|company information)\b/i],
  ["contact", /\b(contact|reach us|get in touch|questions)\b/i],
  ["dpo", /\b(data protection officer|dpo)\b/i],
  ["collection", /\b(what (personal )?(data|information) we (collect|process|hold)|(data|information) we collect|what we collect|categories of (personal )?(data|information)|personal (data|information) we (collect|process))\b/i],
  ["ccpa-categories", /\b(categories of personal information|(personal )?information we collect|what (personal )?information we collect)\b/i],
  ["purposes", /\b(purposes?|why we (use|process|collect)|how we use|use of (your )?(personal )?(data|information)|what we do with|(collect|process|use) and why)\b/i],
  ["legal-basis", /\b(legal bas[ie]s|lawful bas[ie]s|legal grounds?|lawful grounds?)\b/i],
  ["recipients", /\b(recipients?|sub-?processors?|service providers?|third[- ]part(y|ies)|processors|vendors|who (we share|receives|else sees|has access|gets|helps)|sharing|share|disclos(e|ure|ures)( of)?|partners|who we work with)\b/i],
  ["transfers", /\b(international (data )?transfers?|transfers? (of (personal )?data )?(outside|abroad|to third countries)|cross-border|data transfers?|where (we store|your data is|data is) (stored|processed)|transfers)\b/i],
  ["retention", /\b(retention|retain|how long|storage period|keep(ing)? (your )?(data|information)|data storage|deletion)\b/i],
  ["rights", /\b(your (privacy )?rights|rights (of|as a) data subjects?|data subject rights|your choices|rights)\b/i],
  ["complaint", /\b(complaints?|supervisory authority|right to complain)\b/i],
  ["cookies", /\b(cookies?|tracking technolog|analytics|statistics|tracking)\b/i],
  ["children", /\b(children|kids|minors)\b/i],
  ["security", /\b(security|how we protect)\b/i],
  ["changes", /\b(changes|updates to this|amendments?)\b/i],
  ["ccpa-rights", /\b(california (privacy )?rights|your rights under the ccpa|ccpa rights|california residents)\b/i],
  ["ccpa-sale", /\b(do not sell|sale of personal information|sell(ing)? or shar(e|ing)|we do not sell)\b/i],
  ["ccpa-non-discrimination", /\b(non-?discrimination)\b/i],
];

/** The kinds a heading names. */
export function classifyHeading(title: string): Set<SectionKind> {
  const kinds = new Set<SectionKind>();
  for (const [kind, re] of HEADING_PATTERNS) if (re.test(title)) kinds.add(kind);
  // "Rights" in "California privacy rights" is the CCPA disclosure, not the GDPR list
  if (kinds.has("ccpa-rights")) kinds.delete("rights");
  // a "Third-party services" heading in a cookie context is still a recipients section
  return kinds;
}
