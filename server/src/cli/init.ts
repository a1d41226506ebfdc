import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { draftManifest } from "../core/init/draft";
import { count, msg } from "../core/messages";
import { loadConfig, normalize, UserError } from "../core/project";
import { gitHistory } from "../host/history/lazy";
import { nodeFs, readText } from "../host/nodeFs";

/**
 * `policywright init POLICY.md [--out FILE]`: drafts processors.yaml from the policy.
 * Never overwrites a file; `--out -` prints the draft instead. The policy's language is
 * chosen as `check` chooses it (front matter, `.policywright.json` `language`, file name,
 * folder, detection); the draft's comments follow --lang or the locale.
 */
export async function runInit(paths: string[], out?: string): Promise<number> {
  if (paths.length !== 1) throw new UserError(msg("init.one-policy"));
  const policy = paths[0];
  const text = readText(policy);
  // a manifest committed at the target path (printed with --out -, or deleted to be drafted again)
  // tells when each processor it listed was first added: the draft's since dates
  const where = out && out !== "-" ? out : join(dirname(policy), "processors.yaml");
  const { history } = await gitHistory().loadManifestHistory(where);
  const config = await loadConfig(nodeFs, normalize(resolve(policy)), normalize(process.cwd())).catch(() => undefined);
  const draft = draftManifest(text, { origins: history?.origins, hints: { path: policy, setting: config?.language } });
  if (out === "-") {
    process.stdout.write(draft.yaml);
    return 0;
  }
  const target = out ?? join(dirname(policy), "processors.yaml");
  if (existsSync(target)) throw new UserError(msg("init.exists", { path: target }));
  writeFileSync(target, draft.yaml);
  const path = relative(process.cwd(), target) || target;
  process.stdout.write(`${msg("init.wrote", { path, processors: count("processor", draft.processors.length), names: draft.processors.join(", ") || msg("init.none"), entries: count("retention-entry", draft.retention.length) })}\n`);
  return 0;
}
