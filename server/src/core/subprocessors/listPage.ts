import { RULES } from "../rules/index";
import type { Rule } from "../rules/rule";
import type { RuleId } from "../types";

const LIST_PAGE_RULE_IDS: readonly RuleId[] = ["undisclosed-processor", "undeclared-processor", "generated-block-stale"];

/**
 * The rules a published sub-processor list is checked with: a processor it omits, one it names
 * that the manifest lacks, and a stale generated block. A list page is not a privacy policy, so
 * the policy's disclosures, dates and contacts are not asked of it.
 */
export const LIST_PAGE_RULES: readonly Rule[] = RULES.filter((r) => LIST_PAGE_RULE_IDS.includes(r.id));
