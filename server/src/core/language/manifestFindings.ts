import type { ManifestHistory } from "../changes/types";
import type { Manifest } from "../manifest/parse";
import { noticePeriodFindings } from "../rules/notice-period";
import type { RawFinding } from "../types";

/**
 * What is reported on a manifest itself, apart because the two have their own severities:
 * its own findings (manifest-invalid: YAML and schema problems) and notice-period's, which is
 * about the manifest alone and needs its history (none outside git: then nothing).
 */
export interface ManifestFindings {
  own: readonly RawFinding[];
  notice: readonly RawFinding[];
}

export function manifestFindings(m: Manifest, history: ManifestHistory | undefined, now: Date): ManifestFindings {
  return { own: m.findings, notice: history ? noticePeriodFindings(m, history, now) : [] };
}
