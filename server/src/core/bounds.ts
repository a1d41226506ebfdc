import type { PolicyDoc } from "./policy/parse";
import type { RawFinding } from "./types";

/**
 * The longest policy analysed by default, in UTF-16 code units. Real policies are tens of
 * kilobytes; analysis is linear but not free (about a second per megabyte), so an editor
 * stays responsive by reporting anything longer instead of analysing it.
 */
export const DEFAULT_MAX_POLICY_LENGTH = 3 * 1024 * 1024;

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** The one finding a policy above the size limit gets, on its first line. */
export function tooLargeFinding(text: string, limit: number): RawFinding {
  const nl = text.search(/\r|\n/);
  return {
    rule: "document-too-large",
    severity: "info",
    subject: "policy",
    message: `This policy is ${mb(text.length)}, above the ${mb(limit)} limit, so it was not analysed. Raise the limit in the settings or run "policywright check" on it.`,
    file: "policy",
    start: 0,
    end: Math.min(nl < 0 ? text.length : nl, 200),
  };
}

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
    message: `${fm.error[0].toUpperCase()}${fm.error.slice(1)}; its settings (manifest, regimes) are ignored.`,
    file: "policy",
    start: fm.start,
    end: Math.max(fm.start, Math.min(end, doc.text.length)),
  };
}
