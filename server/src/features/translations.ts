import { frontMatterTranslationKey, normalize, relativePath, translationGroups, translationKey } from "../core/project";
import { buildPreviewModel } from "../preview/model";
import { buildTranslations } from "../preview/translations";
import type { PreviewModel, PreviewTranslations } from "../preview/types";
import type { PolicyResult } from "../workspace/analyses";
import type { Services } from "./services";

/**
 * The pages of a policy in other languages (`privacy.de.md`, `content/de/…`, `i18n/de/…`, or
 * Hugo pages sharing a front-matter `translationKey`) among the workspace folder's policy
 * files, each analysed on its own, as the preview's Translations view. Undefined for a page
 * kept in one language, an untitled buffer or an untrusted workspace (nothing read from disk).
 */
export async function translationsFor(s: Services, r: PolicyResult, model: PreviewModel): Promise<PreviewTranslations | undefined> {
  if (!r.path || !s.ws.trusted) return undefined;
  const folder = s.ws.folderFor(r.path);
  if (!folder) return undefined;
  const rel = (p: string) => relativePath(folder.path, p) ?? p;
  const self = normalize(r.path);
  const settings = await s.settings.get(folder.uri);
  const listed = await s.project.knownPolicyFiles(folder.path, settings.policyFiles);
  const paths = [...new Set([self, ...listed.map(normalize)])];
  const results = new Map<string, PolicyResult>([[self, r]]);
  const load = async (ps: string[]) => {
    for (const p of ps) {
      if (results.has(p)) continue;
      const x = await s.store.file(p);
      if (x?.analysis) results.set(p, x);
    }
  };
  const linkOf = (p: string) => frontMatterTranslationKey(rel(p), results.get(p)?.analysis?.doc.frontMatter?.data);
  const own = translationKey(rel(self)).key;
  await load(paths.filter((p) => translationKey(rel(p)).key === own));
  // pages linked by a front-matter translationKey may have any path: read the others only then
  if ([...results.keys()].some((p) => linkOf(p))) await load(paths);
  const group = translationGroups([...results.keys()], linkOf).find((g) => g.includes(self));
  if (!group) return undefined;
  return buildTranslations(group.map((p) => {
    const analysis = results.get(p)!.analysis!;
    return {
      path: rel(p),
      language: translationKey(rel(p)).language ?? analysis.doc.language.code,
      current: p === self,
      model: p === self ? model : buildPreviewModel(analysis),
    };
  }));
}
