import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { draftManifest } from "../core/init/draft";
import { UserError } from "../core/project";
import { gitHistory } from "../host/history/lazy";
import { readText } from "../host/nodeFs";

/**
 * `policywright init POLICY.md [--out FILE]`: drafts processors.yaml from the policy.
 * Never overwrites a file; `--out -` prints the draft instead.
 */
export async function runInit(paths: string[], out?: string): Promise<number> {
  if (paths.length !== 1) throw new UserError("init takes exactly one policy: policywright init POLICY.md [--out processors.yaml]");
  const policy = paths[0];
  const text = readText(policy);
  // a manifest committed at the target path (printed with --out -, or deleted to be drafted again)
  // tells when each processor it listed was first added: the draft's since dates
  const where = out && out !== "-" ? out : join(dirname(policy), "processors.yaml");
  const { history } = await gitHistory().loadManifestHistory(where);
  const draft = draftManifest(text, { origins: history?.origins });
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
