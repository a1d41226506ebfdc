/** Processor categories, as in the manifest schema (spec §2). */
export const CATEGORIES = [
  "hosting", "database", "storage", "cdn", "authentication", "payments", "email", "sms",
  "analytics", "advertising", "error-monitoring", "logging", "support", "ai", "transcription",
  "captcha", "queue", "crm", "productivity", "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One well-known processor in the built-in catalog. */
export interface CatalogEntry {
  /** Canonical name as the company writes it ("Help Scout", "PostHog"). */
  name: string;
  /** Other names a policy may use: product names, legal entity names, old brand names. */
  aliases?: string[];
  category: Category;
  /** Usual processing country: ISO 3166-1 alpha-2, or "EU". */
  country: string;
  website: string;
  /** The name is also an ordinary English word (Segment, Notion, Linear): only a capitalised use in context counts. */
  ambiguous?: boolean;
  /** Analytics that sets no cookies (Plausible, Fathom): a "no cookies" claim does not contradict it. */
  cookieless?: boolean;
  /**
   * Canonical name of a broader catalog entry that covers this one: a product sold under the
   * same account and contract (Amazon SES -> Amazon Web Services). A manifest that lists the
   * parent covers it.
   */
  parent?: string;
  /**
   * The company that owns a service it sells separately, with its own account and terms
   * (Segment and SendGrid -> Twilio, Braintree -> PayPal). Listing the owner does not cover it.
   */
  owner?: string;
}
