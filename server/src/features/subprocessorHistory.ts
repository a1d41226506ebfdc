import type { CodeLens } from "vscode-languageserver";
import { changesMarkdown } from "../core/changes/markdown";
import { normalize, relativePath } from "../core/project";
import { processorHistoryLines, processorLensTitle } from "../core/changes/processorHistory";
import { processorNameAt } from "../core/language/lookup";
import { rangeOf } from "../lsp/convert";
import type { SubprocessorChanges, UriParams } from "../protocol";
import { uriToPath } from "../workspace/folders";
import type { Services } from "./services";

/**
 * Editor features from the manifest's git history: a code lens over each processor (when it
 * was added and how far ahead of its `since`), the history lines in the processor's hover, and
 * the changelog for "Policywright: Show Sub-processor Changes". All are empty until the
 * history has been read (asynchronously; the lenses are refreshed when it arrives), in
 * untrusted workspaces and on the web, where no history is read.
 */
export async function manifestHistoryLenses(s: Services, path: string): Promise<CodeLens[]> {
  const state = await s.manifests.get(path);
  const history = state?.manifest && s.manifests.history(path);
  if (!state?.manifest || !history) return [];
  return state.manifest.processors.map((p) => ({
    range: rangeOf(state.lines, p.nameRange[0], p.nameRange[1]),
    command: { title: processorLensTitle(p, history), command: "" },
  }));
}

/** Markdown lines for the hover on a processor's name in the manifest ("History:" and one line per change). */
export async function manifestHistoryHover(s: Services, path: string, offset: number): Promise<string[]> {
  const state = await s.manifests.get(path);
  const p = state?.manifest && processorNameAt(state.manifest.processors, offset);
  const history = p && s.manifests.history(path);
  if (!p || !history) return [];
  const lines = processorHistoryLines(p, history.entries);
  return lines.length ? ["", "History:", ...lines.map((l) => `- ${l}`)] : ["", "_Not committed yet: no history._"];
}

/** policywright/subprocessorChanges: the changelog of the manifest a document is, or uses. */
export async function subprocessorChanges(s: Services, params: UriParams): Promise<SubprocessorChanges> {
  const path = uriToPath(params.uri);
  if (!path) return { error: "this document is not a file" };
  const manifestPath = /\.ya?ml$/i.test(path) ? path : (await s.store.open(params.uri))?.located.path;
  if (!manifestPath) return { error: "no processors.yaml found for this document" };
  const got = await s.manifests.historyNow(manifestPath);
  if (!got.history) return { error: got.note?.replace(/^notice-period did not run: /, "") ?? "the manifest is not in a git repository" };
  const root = s.ws.rootFor(manifestPath);
  return { markdown: changesMarkdown(got.history.entries), manifest: relativePath(normalize(root), normalize(manifestPath)) ?? manifestPath };
}
