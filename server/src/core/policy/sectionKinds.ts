/** What a section of a policy can be about; language packs map headings onto these. */
export type SectionKind =
  | "controller" | "contact" | "collection" | "purposes" | "legal-basis" | "recipients" | "transfers"
  | "retention" | "rights" | "complaint" | "cookies" | "children" | "security" | "changes" | "dpo"
  | "ccpa-categories" | "ccpa-sale" | "ccpa-rights" | "ccpa-non-discrimination" | "withdraw-consent"
  /** Links to other sites: the services named there are link targets, not recipients. */
  | "links";
