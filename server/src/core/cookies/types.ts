/** The data types of cookies: as the manifest declares them and as the policy's table lists them. */
import type { Period } from "../periodTypes";

export const COOKIE_PURPOSES = ["necessary", "preferences", "statistics", "marketing"] as const;
export type CookiePurpose = (typeof COOKIE_PURPOSES)[number];

/** How long a cookie lives: a period of the grammar (minutes allowed), or persistent without a length. */
export type CookieLifetime = Period | { kind: "persistent" };

/** A cookie name as written: exact, or a prefix pattern (`_ga_*`, `wp-settings-[UID]`, `AMCV_###@AdobeOrg`). */
export interface CookieName {
  /** As written, trimmed. */
  text: string;
  /** The fixed part before the first wildcard or placeholder; the whole name when exact. */
  prefix: string;
  pattern: boolean;
}

/** A cookie the manifest declares. */
export interface ManifestCookie {
  index: number;
  name: CookieName;
  provider?: string;
  purpose?: CookiePurpose;
  lifetime?: CookieLifetime;
  durationText?: string;
  /** Whether the cookie is set only after consent (explicit, or the default of its purpose). */
  consent: boolean;
  range: [number, number];
  nameRange: [number, number];
  durationRange?: [number, number];
}

/** A cookie the policy's table (or list) names. */
export interface PolicyCookie {
  name: CookieName;
  nameStart: number;
  nameEnd: number;
  provider?: string;
  /** The purpose the policy gives it, from a category cell, label or the heading above. */
  purpose?: CookiePurpose;
  /** Where the category word stands (a cell or label value; absent when it comes from a heading). */
  purposeRange?: [number, number];
  purposeText?: string;
  lifetime?: CookieLifetime;
  durationRange?: [number, number];
  durationText?: string;
  /** The policy says it is set without consent. */
  withoutConsent?: boolean;
  withoutConsentRange?: [number, number];
  /** Index of the block (row or item) in the policy. */
  block: number;
  /** Index of the table in `CookieTable[]`. */
  table: number;
}

/** One cookie table or list of the policy, and how its rows are written. */
export interface CookieTable {
  kind: "table" | "list" | "html";
  /** Block indexes of its rows, in order. */
  blocks: number[];
  /** For tables: which column holds which field (-1 when absent), and the number of columns. */
  columns?: { name: number; provider: number; purpose: number; duration: number; category: number; consent: number; count: number };
  headings?: string[];
  /** Offset after the last row's line, where a new row goes. */
  end: number;
  /** The language its headings are in, when they tell. */
  lang?: string;
}
