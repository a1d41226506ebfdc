import { dirname, joinPath } from "../core/project";
import { draftManifest } from "../core/init/draft";
import { buildPreviewModel, type PreviewModel } from "../preview/model";
import { renderExportPage } from "../preview/page";
import { previewUpdate } from "../preview/update";
import type { DraftManifest, PolicyStatus, PreviewContent, UriParams } from "../protocol";
import { pathToUri, uriToPath } from "../workspace/folders";
import type { Services } from "./services";
import { translationsFor } from "./translations";
import { isYamlDocument } from "../workspace/documents";
import { languageLabel } from "../core/messages/language";

/** policywright/previewModel: the preview model of the policy's current analysis, with its other language pages. */
export async function previewModel(s: Services, params: UriParams): Promise<PreviewModel | null> {
  const r = await s.store.open(params.uri);
  if (!r?.analysis) return null;
  const model = buildPreviewModel(r.analysis);
  const translations = await translationsFor(s, r, model).catch(() => undefined);
  return translations ? { ...model, translations } : model;
}

/** policywright/previewContent: the preview model and its rendered update. */
export async function previewContent(s: Services, params: UriParams): Promise<PreviewContent | null> {
  const model = await previewModel(s, params);
  return model ? { model, update: previewUpdate(model, params.uri) } : null;
}

/** policywright/exportHtml: the publishable page of an open document. */
export function exportHtml(s: Services, params: UriParams): { html: string } {
  return { html: renderExportPage(s.ws.get(params.uri)?.getText() ?? "") };
}

/** policywright/status: what the status bar shows for a document. */
export async function policyStatus(s: Services, params: UriParams): Promise<PolicyStatus> {
  const none: PolicyStatus = { policy: false, errors: 0, warnings: 0, infos: 0 };
  const doc = s.ws.get(params.uri);
  if (!doc || isYamlDocument(doc)) return none;
  const r = await s.store.open(params.uri);
  if (!r) return none;
  const status: PolicyStatus = { policy: true, errors: 0, warnings: 0, infos: 0 };
  if (r.tooLarge) return { ...status, tooLarge: true };
  for (const f of r.findings) {
    if (f.severity === "error") status.errors++;
    else if (f.severity === "warning") status.warnings++;
    else status.infos++;
  }
  const lang = r.analysis?.doc.language;
  if (lang) status.language = { code: lang.code, reason: lang.reason, supported: lang.supported, label: languageLabel(lang) };
  if (r.manifest?.manifest) status.manifestUri = r.manifest.uri;
  else if (r.located.error) status.manifestProblem = r.located.error;
  else if (r.manifest?.error) status.manifestProblem = r.manifest.error;
  else {
    status.noManifest = true;
    status.manifestProblem = "no processors.yaml found";
  }
  return status;
}

/** policywright/draftManifest: a processors.yaml drafted from the policy, as `policywright init` writes it. */
export async function draft(s: Services, params: UriParams): Promise<DraftManifest> {
  const doc = s.ws.get(params.uri);
  const path = uriToPath(params.uri);
  const target = path ? pathToUri(joinPath(dirname(path), "processors.yaml")) : undefined;
  try {
    const d = draftManifest(doc?.getText() ?? "", { hints: path ? { path } : undefined });
    return { yaml: d.yaml, target, processors: d.processors };
  } catch {
    return { yaml: SKELETON, target, processors: [] };
  }
}

const SKELETON = `version: 1
controller:
  name: TODO your company's legal name
  email: privacy@example.com
  country: TODO  # ISO 3166-1 alpha-2, e.g. DE
regimes: [gdpr]
processors:
  - name: TODO
    purpose: TODO what this service does for you
    category: other
    country: TODO
retention:
  - data: TODO a category of data
    period: TODO  # e.g. 30 days, 2 years, until account deletion
`;
