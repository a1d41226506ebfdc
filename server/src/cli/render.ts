import { writeFileSync } from "node:fs";
import { basename, extname, relative, resolve } from "node:path";
import { findPolicyFiles, isInside, normalize, readFrontMatter, relativePath, translationKey, translationsOf, UserError } from "../core/project";
import { checkFile, ManifestCache } from "../host/check";
import { nodeFs, readText } from "../host/nodeFs";
import { buildPreviewModel, type PreviewModel } from "../preview/model";
import { buildTranslations } from "../preview/translations";
import { renderExportPage, renderReviewPage } from "../preview/page";
import { isOne, msg } from "../core/messages";

/**
 * `policywright preview POLICY.md --out review.html`: the review page (the policy with its
 * findings in place and the three tables), and `policywright export POLICY.md --out
 * policy.html`: the publishable page. `--out -` prints the page. Exit 0 once written, 2 on a
 * usage or I/O error; findings never fail the command (use `check` for that).
 */
export async function runRender(cmd: string, paths: string[], out?: string, manifest?: string): Promise<number> {
  if (paths.length !== 1) throw new UserError(msg("cli.one-policy", { command: cmd, file: `${cmd === "export" ? "policy" : "review"}.html` }));
  const cwd = process.cwd();
  const policy = resolve(paths[0]);
  const shown = relative(cwd, policy) || paths[0];
  let html: string;
  let what: string;
  if (cmd === "export") {
    if (manifest) throw new UserError(msg("cli.export-no-manifest"));
    html = renderExportPage(readText(policy));
    what = msg("cli.publishable-page");
  } else {
    const checked = await checkFile(policy, cwd, { manifest: manifest === undefined ? undefined : resolve(manifest), cache: new ManifestCache() });
    for (const n of checked.notes) process.stderr.write(`policywright: ${shown}: ${n}\n`);
    const own = buildPreviewModel(checked.analysis);
    const translations = await translationsIn(policy, { model: own, language: checked.analysis.doc.language.code }, cwd, manifest === undefined ? undefined : resolve(manifest));
    const model = translations ? { ...own, translations } : own;
    html = renderReviewPage(model, { source: shown.split("\\").join("/") });
    what = msg(isOne(model.findings.length) ? "cli.review-page.one" : "cli.review-page.other", { n: model.findings.length });
  }
  if (out === "-") {
    process.stdout.write(html);
    return 0;
  }
  const target = resolve(out ?? `${basename(policy, extname(policy))}${cmd === "export" ? "" : ".review"}.html`);
  if (target === policy) throw new UserError(msg("cli.overwrite-policy", { out: out ?? "" }));
  try {
    writeFileSync(target, html);
  } catch (e) {
    throw new UserError(msg("cli.cannot-write", { path: out ?? target, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  process.stdout.write(`${msg("cli.wrote", { path: relative(cwd, target) || target, what })}\n`);
  return 0;
}

/**
 * The review page's Translations panel: the other language pages of the policy among the
 * policies under the current folder (as `check` finds them), each checked on its own.
 */
async function translationsIn(policy: string, own: { model: PreviewModel; language: string }, cwd: string, manifest?: string): Promise<PreviewModel["translations"]> {
  const root = (await isInside(nodeFs, cwd, policy)) ? normalize(cwd) : normalize(resolve(policy, ".."));
  const rel = (p: string) => relativePath(root, p) ?? p;
  const self = normalize(policy);
  const frontMatter = async (p: string) => {
    try {
      return readFrontMatter(readText(p))?.data;
    } catch {
      return undefined;
    }
  };
  const group = await translationsOf(self, await findPolicyFiles(nodeFs, root), frontMatter, rel);
  if (!group) return undefined;
  const cache = new ManifestCache();
  const pages = [];
  for (const p of group) {
    const page = p === self ? own : await checkFile(p, root, { manifest, cache }).then((c) => ({ model: buildPreviewModel(c.analysis), language: c.analysis.doc.language.code }), () => undefined);
    if (page) pages.push({ path: rel(p), language: translationKey(rel(p)).language ?? page.language, current: p === self, model: page.model });
  }
  return pages.length > 1 ? buildTranslations(pages) : undefined;
}
