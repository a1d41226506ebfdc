import type { WorkDoneProgressReporter } from "vscode-languageserver";
import { frontMatterTranslationKey, groupTranslations, translationGroups } from "../core/project/translations";
import type { WorkspaceCheckSummary } from "../protocol";
import type { PolicyResult } from "../workspace/analyses";
import { nextTurn } from "../workspace/nextTurn";
import type { Services } from "./services";
import { isYamlDocument } from "../workspace/documents";

/**
 * "Check Workspace": every policy in every workspace folder, open or not, analysed and
 * published, so the Problems panel lists them all. Progress is reported per file. In an
 * untrusted workspace only the open policies are checked (nothing is read from disk).
 */
export async function checkWorkspace(s: Services, progress: WorkDoneProgressReporter, cancelled: () => boolean = () => false): Promise<WorkspaceCheckSummary> {
  const paths = new Set<string>();
  if (s.ws.trusted) {
    for (const folder of s.ws.folders) {
      const settings = await s.settings.get(folder.uri);
      for (const p of await s.project.policyFiles(folder.path, settings.policyFiles)) paths.add(p);
    }
  }
  const open = s.ws.all().filter((d) => !isYamlDocument(d)).map((d) => d.uri);
  // the pages of one policy in several languages are checked and listed one after the other
  const ordered = groupTranslations([...paths]);
  // Hugo pages linked by a front-matter translationKey are grouped once their front matter is read
  const links = new Map<string, string | undefined>();
  const total = paths.size + open.length;
  progress.begin("Policywright: checking policies", 0, `${total} files`, true);
  const summary: WorkspaceCheckSummary = { files: 0, error: 0, warning: 0, info: 0 };
  const seen = new Set<string>();
  let done = 0;
  const count = (r: PolicyResult | undefined) => {
    if (!r || seen.has(r.uri)) return;
    seen.add(r.uri);
    summary.files++;
    for (const f of r.findings) if (f.severity === "error" || f.severity === "warning" || f.severity === "info") summary[f.severity]++;
  };
  try {
    for (const uri of open) {
      const r = await s.store.open(uri);
      if (r) s.diagnostics.publish(uri, r);
      count(r);
      progress.report(Math.round((++done / Math.max(total, 1)) * 100), `${done}/${total}`);
    }
    for (const path of ordered) {
      if (cancelled()) break;
      const r = await s.store.file(path);
      links.set(path, frontMatterTranslationKey(path, r?.analysis?.doc.frontMatter?.data));
      if (r && !seen.has(r.uri)) {
        // an open file was published above; a closed one keeps its problems after this run
        if (r.version < 0) s.diagnostics.fromWorkspaceCheck.add(r.uri);
        s.diagnostics.publish(r.uri, r);
      }
      count(r);
      progress.report(Math.round((++done / Math.max(total, 1)) * 100), `${done}/${total}: ${path.split(/[\\/]/).pop()}`);
      // let other requests in between files
      await nextTurn();
    }
  } finally {
    progress.done();
  }
  const translations = translationGroups(ordered, (p) => links.get(p));
  return translations.length ? { ...summary, translations } : summary;
}
