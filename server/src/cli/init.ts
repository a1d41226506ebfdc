import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { draftManifest } from "../core/init/draft";
import { UserError } from "../core/project";
import { readText } from "../host/nodeFs";

/**
 * `policywright init POLICY.md [--out FILE]`: drafts processors.yaml from the policy.
 * Never overwrites a file; `--out -` prints the draft instead.
 */
export function runInit(paths: string[], out?: string): number {
  if (paths.length !== 1) throw new UserError("init takes exactly one policy: policywright init POLICY.md [--out processors.yaml]");
  const policy = paths[0];
  const draft = draftManifest(readText(policy));
  if (out === "-") {
    process.stdout.write(draft.yaml);
    return 0;
  }
  const target = out ?? join(dirname(policy), "processors.yaml");
  if (existsSync(target)) throw new UserError(`${target} already exists; choose another file with --out (init never overwrites)`);
  writeFileSync(target, draft.yaml);
  process.stdout.write(`Wrote ${relative(process.cwd(), target) || target}: ${draft.processors.length} processors (${draft.processors.join(", ") || "none"}), ${draft.retention.length} retention entries. Review the lines marked TODO.\n`);
  return 0;
}
