/**
 * The cookie database's platforms joined with the processor catalog, so that "Google Analytics"
 * is one service whether a policy names it or lists its `_ga` cookie. Most platforms join by
 * name (the catalog's lookup ignores case and punctuation); this table holds the platforms the
 * database names differently from the catalog. A platform that joins no catalog entry (a CMS,
 * a framework, "Google" as a whole) implies no processor.
 */
import { lookupCatalog, type CatalogEntry } from "../catalog";

const PLATFORM_TO_CATALOG: Record<string, string> = {
  Facebook: "Meta Pixel",
  Instagram: "Meta Pixel",
  LinkedIn: "LinkedIn Insight Tag",
  "Bing / Microsoft": "Microsoft Advertising",
  "Microsoft Clarity": "Microsoft Clarity",
  X: "X Ads",
  Twitter: "X Ads",
  Pinterest: "Pinterest Tag",
  TikTok: "TikTok Pixel",
  Snapchat: "Snap Pixel",
  "DoubleClick/Google Marketing": "Google Ads",
  Youtube: "YouTube",
  "Tawk.to Chat": "tawk.to",
  Livechat: "LiveChat",
  Piwik: "Matomo",
  "Microsoft Azure App Insights": "Microsoft Azure",
};

/** Platforms whose name is a catalog alias of something else than the platform itself. */
const NOT_A_SERVICE = new Set(["Google", "Microsoft", "Amazon", "Oracle", "SAP", "WordPress", "Magento", "Django", "Keycloak", "phpMyAdmin", "TYPO3", "Plesk", "Kentico", "Xenforo", "vBulletin"]);

const cache = new Map<string, CatalogEntry | undefined>();

/** The catalog entry a cookie platform is, if the catalog knows it. */
export function serviceOfPlatform(platform: string): CatalogEntry | undefined {
  if (cache.has(platform)) return cache.get(platform);
  const entry = NOT_A_SERVICE.has(platform) ? undefined : lookupCatalog(PLATFORM_TO_CATALOG[platform] ?? platform);
  cache.set(platform, entry);
  return entry;
}
