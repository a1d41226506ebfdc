import type { Hover, HoverParams } from "vscode-languageserver";
import { manifestHover, policyHover, type ManifestRef, type NamedIn } from "../core/language/hover";
import { mentionsOf, processorNameAt } from "../core/language/lookup";
import { toHover } from "../lsp/language";
import { policiesUsing } from "../lsp/lookup";
import type { ManifestState } from "../workspace/manifests";
import type { Services } from "./services";
import { manifestHistoryHover } from "./subprocessorHistory";

/** Hover in a policy and in the manifest (core/language/hover.ts); the host adds which policies name a processor, and its history. */
export async function hover(s: Services, params: HoverParams): Promise<Hover | null> {
  const m = await s.manifestOf(params.textDocument.uri);
  if (m !== undefined) {
    if (!m?.manifest) return null;
    const offset = s.offsetAt(params.textDocument.uri, params.position);
    const p = processorNameAt(m.manifest.processors, offset);
    const named: NamedIn[] = [];
    for (const r of p ? await policiesUsing(s, m.path, false) : []) {
      named.push({ file: r.path!.split(/[\\/]/).pop()!, lines: [...new Set((r.analysis ? mentionsOf(r.analysis, p!) : []).map((x) => r.doc.positionAt(x.start).line + 1))] });
    }
    return toHover(m.lines, manifestHover(m.manifest, offset, named, p ? await manifestHistoryHover(s, m.path, offset) : []));
  }
  const r = await s.policyOf(params.textDocument.uri);
  return r?.analysis ? toHover(r.doc, policyHover(r.analysis, r.doc.offsetAt(params.position), manifestRef(r.manifest))) : null;
}

/** The manifest as hovers name it: "processors.yaml", and links to its lines. */
function manifestRef(state: ManifestState | undefined): ManifestRef {
  if (!state) return { name: "the manifest", link: () => "the manifest" };
  const name = state.path.split(/[\\/]/).pop()!;
  const line = (offset: number) => state.lines.positionAt(offset).line + 1;
  return { name, link: (offset) => `[${name}:${line(offset)}](${state.uri}#L${line(offset)})` };
}
