import type { RawFinding } from "../types";
import type { PolicyDoc } from "./parse";
import { msg } from "../messages";

/**
 * Front matter that never closes or is not YAML: the policy's settings (manifest, regimes)
 * are ignored, which the user must hear about rather than discover.
 */
export function frontMatterFinding(doc: PolicyDoc): RawFinding | undefined {
  const fm = doc.frontMatter;
  if (!fm?.error) return undefined;
  const nl = doc.text.search(/\r|\n/);
  const end = fm.end > fm.start ? fm.end : nl < 0 ? doc.text.length : nl;
  return {
    rule: "manifest-invalid",
    severity: "warning",
    subject: "front-matter",
    message: msg("front-matter.ignored", { problem: `${fm.error[0].toUpperCase()}${fm.error.slice(1)}` }),
    file: "policy",
    start: fm.start,
    end: Math.max(fm.start, Math.min(end, doc.text.length)),
  };
}
