import type { CodeLens } from "vscode-languageserver";
import { readHistory } from "../core/changes/history";
import { changesMarkdown } from "../core/changes/markdown";
import { processorHistoryLines, processorLensTitle } from "../core/changes/processorHistory";
import { gitHistory } from "../host/git/lazy";
import { processorNameAt } from "../lsp/lookup";
import { rangeOf } from "../lsp/convert";
import type { SubprocessorChanges, UriParams } from "../protocol";
import { uriToPath } from "../workspace/folders";
import type { Services } from "../workspace/services";

/**
 * Editor features from the manifest's git history: a code lens over each processor (when it
 * was added and how far ahead of its `since`), the history lines in the processor's hover, and
 * the changelog for "Policywright: Show Sub-processor Changes". All are empty until the
 * history has been read (it is read asynchronously; the lenses are refreshed when it arrives),
 * and in untrusted workspaces, where no history is read.
 */
export function manifestHistoryLenses(s: Services, path: string): CodeLens[] {
  const state = s.manifests.get(path);
  const history = state?.manifest && s.manifests.history(path)?.history;
  if (!state?.manifest || !history) return [];
  return state.manifest.processors.map((p) => ({
    range: rangeOf(state.lines, p.nameRange[0], p.nameRange[1]),
    command: { title: processorLensTitle(p, history), command: "" },
  }));
}

/** Markdown lines for the hover on a processor's name in the manifest ("History:" and one line per change). */
export function manifestHistoryHover(s: Services, path: string, offset: number): string[] {
  const state = s.manifests.get(path);
  const p = state?.manifest && processorNameAt(state.manifest.processors, offset);
  const history = p && s.manifests.history(path)?.history;
  if (!p || !history) return [];
  const lines = processorHistoryLines(p, history.entries);
  return lines.length ? ["", "History:", ...lines.map((l) => `- ${l}`)] : ["", "_Not committed yet: no history._"];
}

/** policywright/subprocessorChanges: the changelog of the manifest a document is, or uses. */
export async function subprocessorChanges(s: Services, params: UriParams): Promise<SubprocessorChanges> {
  const path = uriToPath(params.uri);
  if (!path) return { error: "this document is not a file" };
  if (!s.ws.trusted) return { error: "the workspace is not trusted, so Policywright reads no git history" };
  const isYaml = /\.ya?ml$/i.test(path);
  const manifestPath = isYaml ? path : (await s.store.open(params.uri))?.located.path;
  if (!manifestPath) return { error: "no processors.yaml found for this document" };
  try {
    const read = await gitHistory().readManifestVersions(manifestPath);
    return { markdown: changesMarkdown(readHistory(read.versions).entries), manifest: read.repo.path };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
