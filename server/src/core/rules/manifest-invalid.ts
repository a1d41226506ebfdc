import type { Rule } from "./rule";

/** Syntax and schema problems of the manifest, found while parsing it (see manifest/parse.ts). */
export const manifestInvalid: Rule = {
  id: "manifest-invalid",
  defaultSeverity: "error",
  description: "The manifest has a YAML syntax error or breaks the schema.",
  needsManifest: true,
  run(ctx) {
    return ctx.manifest?.findings ?? [];
  },
};
