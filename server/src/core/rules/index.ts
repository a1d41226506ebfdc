import { consentContradiction } from "./consent-contradiction";
import { contactMismatch } from "./contact-mismatch";
import { cookieMismatch } from "./cookie-mismatch";
import type { Rule } from "./rule";
import { countryMismatch } from "./country-mismatch";
import { generatedBlockStale } from "./generated-block-stale";
import { manifestInvalid } from "./manifest-invalid";
import { missingSection } from "./missing-section";
import { noticePeriod } from "./notice-period";
import { placeholder } from "./placeholder";
import { retentionMismatch } from "./retention-mismatch";
import { siteConfig } from "./site-config";
import { staleDate } from "./stale-date";
import { transferContradiction } from "./transfer-contradiction";
import { undeclaredProcessor } from "./undeclared-processor";
import { undisclosedProcessor } from "./undisclosed-processor";

/** Every rule, in the order findings are reported. */
export const RULES: readonly Rule[] = [
  manifestInvalid, undisclosedProcessor, undeclaredProcessor, retentionMismatch, countryMismatch,
  transferContradiction, consentContradiction, missingSection, placeholder, contactMismatch, staleDate, generatedBlockStale, noticePeriod, cookieMismatch, siteConfig,
];
