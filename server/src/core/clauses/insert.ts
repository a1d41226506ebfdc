import type { Disclosure } from "../disclosures";
import type { RuleContext } from "../rules/context";
import type { Fix } from "../types";

/** Placeholder until clause templates land: no fix. */
export function clauseFix(_ctx: RuleContext, _d: Disclosure): Fix[] | undefined {
  return undefined;
}
