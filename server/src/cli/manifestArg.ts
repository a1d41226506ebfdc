import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { UserError } from "../core/project";
import { readText } from "../host/nodeFs";
import { msg } from "../core/messages";

export interface LoadedManifest {
  path: string;
  /** As the user would name it: relative to the current folder. */
  shown: string;
  text: string;
  manifest: Manifest;
}

/**
 * The manifest a publishing command reads: `--manifest FILE`, else processors.yaml (or .yml) in
 * the current folder. A manifest that does not validate is a one-line error: a public list is
 * never built from facts Policywright cannot read (`strict: false` lets the history be read all the same).
 */
export function loadManifestArg(option: string | undefined, opts: { strict?: boolean } = {}, cwd = process.cwd()): LoadedManifest {
  const path = option ? resolve(option) : ["processors.yaml", "processors.yml"].map((n) => join(cwd, n)).find((p) => existsSync(p));
  if (!path) throw new UserError(msg("cli.no-manifest"));
  const shown = relative(cwd, path) || path;
  const text = readText(path);
  const manifest = parseManifest(text);
  const first = manifest.findings[0];
  if (first && opts.strict !== false) {
    const more = manifest.findings.length > 1 ? msg("cli.more", { n: manifest.findings.length - 1 }) : "";
    throw new UserError(msg("cli.manifest-invalid", { path: shown, subject: first.subject, message: first.message, more }));
  }
  return { path, shown, text, manifest };
}
