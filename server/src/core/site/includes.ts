import type { Template } from "./templates";
import type { Generator, IncludeKind } from "./types";

/** An include named by a page: `{% include privacy/processors.md %}`, `{% include_relative x.md %}`, Hugo `{{< readfile "x.md" >}}`. */
export interface IncludeRef {
  kind: IncludeKind;
  name: string;
}

/** The include a template names, if it is one (and its name is a literal, not a variable). */
export function includeOf(t: Template, generator: Generator): IncludeRef | undefined {
  if (t.kind === "tag") {
    const m = /^(include_relative|include|render)\s+(?:"([^"]+)"|'([^']+)'|([^\s"'{}]+))/.exec(t.body);
    if (!m) return undefined;
    const name = m[2] ?? m[3] ?? m[4];
    // Liquid names an include by a variable with {{ }}; Eleventy's include takes a quoted path
    if (name.includes("{{")) return undefined;
    return { kind: m[1] === "include_relative" ? "relative" : generator === "hugo" ? "root" : "include", name };
  }
  if (t.kind === "shortcode") {
    const m = /^readfile\s+(?:file=)?(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(t.body);
    if (m) return { kind: "root", name: m[1] ?? m[2] ?? m[3] };
  }
  return undefined;
}

/** The folders an include name is looked up in, relative to the site root (or the page's folder for `relative`). */
export function includeFolders(kind: IncludeKind, generator: Generator): string[] {
  if (kind === "relative" || kind === "root") return [""];
  if (generator === "eleventy") return ["_includes", "src/_includes"];
  return ["_includes"];
}
