import { writeFileSync } from "node:fs";
import { basename, extname, relative, resolve } from "node:path";
import { UserError } from "../core/project";
import { checkFile, ManifestCache } from "../host/check";
import { readText } from "../host/nodeFs";
import { buildPreviewModel } from "../preview/model";
import { renderExportPage, renderReviewPage } from "../preview/page";

/**
 * `policywright preview POLICY.md --out review.html`: the review page (the policy with its
 * findings in place and the three tables), and `policywright export POLICY.md --out
 * policy.html`: the publishable page. `--out -` prints the page. Exit 0 once written, 2 on a
 * usage or I/O error; findings never fail the command (use `check` for that).
 */
export async function runRender(cmd: string, paths: string[], out?: string, manifest?: string): Promise<number> {
  if (paths.length !== 1) throw new UserError(`${cmd} takes exactly one policy: policywright ${cmd} POLICY.md --out ${cmd === "export" ? "policy" : "review"}.html`);
  const cwd = process.cwd();
  const policy = resolve(paths[0]);
  const shown = relative(cwd, policy) || paths[0];
  let html: string;
  let what: string;
  if (cmd === "export") {
    if (manifest) throw new UserError("export does not read a manifest: the published page carries no findings");
    html = renderExportPage(readText(policy));
    what = "the publishable page";
  } else {
    const checked = await checkFile(policy, cwd, { manifest: manifest === undefined ? undefined : resolve(manifest), cache: new ManifestCache() });
    for (const n of checked.notes) process.stderr.write(`policywright: ${shown}: ${n}\n`);
    const model = buildPreviewModel(checked.analysis);
    html = renderReviewPage(model, { source: shown.split("\\").join("/") });
    what = `the review page (${model.findings.length} finding${model.findings.length === 1 ? "" : "s"})`;
  }
  if (out === "-") {
    process.stdout.write(html);
    return 0;
  }
  const target = resolve(out ?? `${basename(policy, extname(policy))}${cmd === "export" ? "" : ".review"}.html`);
  if (target === policy) throw new UserError(`--out ${out} would overwrite the policy itself`);
  try {
    writeFileSync(target, html);
  } catch (e) {
    throw new UserError(`${out ?? target}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stdout.write(`Wrote ${relative(cwd, target) || target}: ${what}.\n`);
  return 0;
}
