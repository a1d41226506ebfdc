import { normalize, relativePath, translationKey, translationsOf } from "../core/project";
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
  // the other pages are analysed like any policy (and cached): their front matter comes with it
  const results = new Map<string, PolicyResult | undefined>([[self, r]]);
  const resultOf = async (p: string) => {
    if (!results.has(p)) results.set(p, await s.store.file(p));
    return results.get(p);
  };
  const group = await translationsOf(self, listed.map(normalize), async (p) => (await resultOf(p))?.analysis?.doc.frontMatter?.data, rel);
  const pages = group?.filter((p) => results.get(p)?.analysis);
  if (!pages || pages.length < 2) return undefined;
  return buildTranslations(pages.map((p) => {
    const analysis = results.get(p)!.analysis!;
    return {
      path: rel(p),
      language: translationKey(rel(p)).language ?? analysis.doc.language.code,
      current: p === self,
      model: p === self ? model : buildPreviewModel(analysis),
    };
  }));
}
