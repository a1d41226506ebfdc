import type { Analysis } from "../analyze";
import { variableAt } from "../site/lookup";
import { mentionAt } from "./lookup";
import type { Span } from "./types";

/** Where a definition is: in the manifest, in the policy itself, or in another file of the site (with its text when the site read it). */
export type DefinitionData =
  | ({ in: "manifest" } & Span)
  | ({ in: "file"; path: string; text?: string } & Span);

/**
 * Go to definition from a policy: a processor named in it goes to its entry's `name:` value in
 * the manifest; a site variable (`{{ site.email }}`) to its key in `_config.yml`, `_data/…` or
 * `hugo.toml`, and an include to the included file. A name the manifest lacks has none.
 */
export function definitionAt(a: Analysis, offset: number): DefinitionData | undefined {
  const v = variableAt(a, offset);
  if (v?.definition) {
    const d = v.definition;
    const file = a.context.site?.site.files.find((f) => f.path === d.path);
    return { in: "file", path: d.path, text: file?.text, start: d.start, end: d.end };
  }
  const p = mentionAt(a, offset)?.processor;
  return p && a.manifest ? { in: "manifest", start: p.nameRange[0], end: p.nameRange[1] } : undefined;
}
