import type { CodeLens, CodeLensParams } from "vscode-languageserver";
import { comparable, samePeriod } from "../core/periods";
import { retentionClaims } from "../core/claims/retention";
import { linksTo } from "../core/claims/recipients";
import { rangeOf } from "../lsp/convert";
import type { PolicyResult } from "../workspace/analyses";
import { uriToPath } from "../workspace/folders";
import type { Services } from "./services";
import { manifestHistoryLenses } from "./subprocessorHistory";
import { isYamlDocument } from "../workspace/documents";

/**
 * Code lenses with the manifest's view of two sections: above the recipients section, how
 * many manifest processors the policy names; above the retention section, how many of the
 * manifest's periods it states and how many differ. They are plain text (no command), since
 * the diagnostics already carry the fixes. In the manifest, one over each processor says when
 * git history shows it was added (./subprocessorHistory.ts).
 */
export async function codeLenses(s: Services, params: CodeLensParams): Promise<CodeLens[]> {
  const doc = s.ws.get(params.textDocument.uri);
  if (!doc) return [];
  if (isYamlDocument(doc)) {
    const path = uriToPath(doc.uri);
    return path && s.diagnostics.isManifest(path) ? manifestHistoryLenses(s, path) : [];
  }
  const r = await s.store.open(doc.uri);
  const m = r?.manifest?.manifest;
  if (!r?.analysis || !m) return [];
  const out: CodeLens[] = [];
  const recipients = headingOf(r, "recipients");
  if (recipients && m.processors.length) out.push(lens(r, recipients, recipientsTitle(r)));
  const retention = headingOf(r, "retention");
  if (retention && (m.retention.length || m.processors.some((p) => p.retention))) out.push(lens(r, retention, retentionTitle(r)));
  return out;
}

function headingOf(r: PolicyResult, kind: "recipients" | "retention"): { start: number; end: number } | undefined {
  const sec = r.analysis!.doc.sections.find((x) => x.kinds.has(kind));
  return sec && { start: sec.start, end: sec.headingEnd };
}

function lens(r: PolicyResult, at: { start: number; end: number }, title: string): CodeLens {
  return { range: rangeOf(r.doc, at.start, at.end), command: { title, command: "" } };
}

/** "6 of 8 manifest processors named · 2 missing", as the undisclosed-processor rule counts. */
function recipientsTitle(r: PolicyResult): string {
  const { context, doc } = r.analysis!;
  const m = r.manifest!.manifest!;
  const names = [...new Map(m.processors.map((p) => [p.name.toLowerCase(), p])).values()];
  const named = names.filter((p) => context.claimsOf(p).some((x) => x.direct)).length;
  const missing = names.length - named;
  const all = `${named} of ${names.length} manifest processors named`;
  if (missing && m.disclosureList && linksTo(doc.links, m.disclosureList)) return `${all} · the rest are covered by the linked sub-processor list`;
  return missing ? `${all} · ${missing} missing` : `${all} · none missing`;
}

/** "3 of 4 manifest periods stated · 1 differs". */
function retentionTitle(r: PolicyResult): string {
  const m = r.manifest!.manifest!;
  const total = m.retention.length + m.processors.filter((p) => p.retention).length;
  const stated = new Set<object>();
  let differ = 0;
  for (const c of retentionClaims(r.analysis!.context)) {
    const key = c.subject.kind === "data" ? c.subject.entry : c.subject.p;
    const want = c.subject.kind === "data" ? c.subject.entry.period : c.subject.p.retention;
    if (!want) continue;
    stated.add(key);
    if (comparable(want, c.period) && !samePeriod(want, c.period)) differ++;
  }
  const head = `${stated.size} of ${total} manifest retention periods stated`;
  return differ ? `${head} · ${differ} ${differ === 1 ? "differs" : "differ"}` : `${head} · all agree`;
}
