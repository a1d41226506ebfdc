import type { Processor } from "../manifest/parse";

/** CCPA categories (Cal. Civ. Code §1798.140(v)) suggested by the data items the manifest lists. */
const RULES: [RegExp, string][] = [
  [/\b(?:name|e-?mail|phone|address|account|user id|identifier|ip)\b/i, "Identifiers (such as name, e-mail address, account ID and IP address)"],
  [/\b(?:billing|payment|card|invoice|purchase|subscription|receipt)\b/i, "Commercial information (such as purchases and billing records)"],
  [/\b(?:ip|browser|device|pages?|clicks?|events?|usage|request|logs?|referrer)\b/i, "Internet or other electronic network activity (such as pages viewed and device data)"],
  [/\b(?:audio|video|voice|recording|photo)\b/i, "Audio, electronic or visual information (such as recordings you choose to make)"],
  [/\b(?:location|country|time zone)\b/i, "Geolocation data (approximate, derived from IP address or settings)"],
  [/\b(?:password|log-?in|credentials)\b/i, "Sensitive personal information (account log-in credentials)"],
];

export function ccpaCategories(processors: Processor[]): string[] {
  const data = processors.flatMap((p) => p.data).join(" ; ");
  const found = RULES.filter(([re]) => re.test(data)).map(([, c]) => c);
  return found.length ? found : [RULES[0][1], RULES[2][1]];
}
