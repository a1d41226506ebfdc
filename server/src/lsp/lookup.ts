import type { Processor } from "../core/manifest/parse";
import type { Mention } from "../core/mentions/find";
import type { PolicyResult } from "../workspace/analyses";
import type { Services } from "../features/services";
import { findAt } from "./convert";
import { isYamlDocument } from "../workspace/documents";

/** The mention under an offset of a policy (its name as written), if any. */
export function mentionAt(r: PolicyResult, offset: number): Mention | undefined {
  return r.analysis ? findAt(r.analysis.mentions, offset) : undefined;
}

/** The manifest processor whose `name:` value holds the offset. */
export function processorNameAt(processors: readonly Processor[], offset: number): Processor | undefined {
  return processors.find((p) => p.nameRange[0] <= offset && offset <= p.nameRange[1]);
}

/** The manifest processor whose entry holds the offset (anywhere in `- name: ...` and its keys). */
export function processorEntryAt(processors: readonly Processor[], offset: number): Processor | undefined {
  return processorNameAt(processors, offset) ?? processors.find((p) => p.range[0] <= offset && offset < p.range[1]);
}

const same = (a: Processor | undefined, b: Processor) => !!a && a.name.toLowerCase() === b.name.toLowerCase();

/** The places a policy names a processor (denials excluded: they do not disclose it). */
export function mentionsOf(r: PolicyResult, p: Processor): Mention[] {
  return r.analysis ? r.analysis.mentions.filter((m) => same(m.processor, p) && !m.denied) : [];
}

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
