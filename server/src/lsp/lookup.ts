import type { PolicyResult } from "../workspace/analyses";
import type { Services } from "../features/services";
import { isYamlDocument } from "../workspace/documents";

/**
 * The policies checked against a manifest: every open one and, when `workspace` is set (and
 * the workspace is trusted), every policy file in the workspace folders as well.
 */
export async function policiesUsing(s: Services, manifestPath: string, workspace: boolean): Promise<PolicyResult[]> {
  const out = new Map<string, PolicyResult>();
  for (const doc of s.ws.all()) {
    if (isYamlDocument(doc)) continue;
    const r = await s.store.open(doc.uri);
    if (r?.manifest?.path === manifestPath && r.path) out.set(r.path, r);
  }
  if (workspace && s.ws.trusted) {
    for (const folder of s.ws.folders) {
      const settings = await s.settings.get(folder.uri);
      for (const path of await s.project.policyFiles(folder.path, settings.policyFiles)) {
        if (out.has(path)) continue;
        const r = await s.store.file(path);
        if (r?.manifest?.path === manifestPath) out.set(path, r);
      }
    }
  }
  return [...out.values()];
}
