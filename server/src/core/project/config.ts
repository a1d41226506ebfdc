import { REGIMES, type Regime, type Severity } from "../types";
import type { ProjectFs } from "./fs";
import { dirname, joinPath, normalize, within } from "./paths";

export const CONFIG_NAME = ".policywright.json";
const SEVERITIES = ["error", "warning", "info", "hint", "off"];

/** `.policywright.json`, validated. */
export interface ProjectConfig {
  rules: Record<string, Severity | "off">;
  /** Lower-cased; unknown regimes dropped. */
  regimes?: Regime[];
  /** Why the file was ignored (broken JSON, a link out of the workspace). */
  error?: string;
  /** Entries that were ignored (a severity that is not one). */
  warnings: string[];
  /** Template variables for pages no site config defines (`{{ company.email }}`), with the file that holds them. */
  variables?: { value: Record<string, unknown>; path: string; text: string };
}

/** The values of a parsed `.policywright.json`; anything mistyped is dropped with a warning. */
export function validateConfig(raw: unknown): ProjectConfig {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const rules: ProjectConfig["rules"] = {};
  const warnings: string[] = [];
  if (r.rules && typeof r.rules === "object") {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === "string" && SEVERITIES.includes(sev)) rules[id] = sev as Severity | "off";
      else warnings.push(`${CONFIG_NAME}: '${String(sev)}' for ${id} is not a severity (error, warning, info, hint or off); the default applies`);
    }
  }
  const regimes = Array.isArray(r.regimes) ? r.regimes.map((x) => String(x).toLowerCase()).filter((x): x is Regime => (REGIMES as readonly string[]).includes(x)) : undefined;
  return { rules, ...(regimes ? { regimes } : {}), warnings };
}

/**
 * `.policywright.json` beside the policy, else at the root, the same for the CLI and the
 * editor. A broken file is reported, not silently ignored; a link out of the workspace is
 * refused before anything is read, so no content is quoted.
 */
export async function loadConfig(fs: ProjectFs, policyPath: string, root: string): Promise<ProjectConfig> {
  if (!fs.trusted) return { rules: {}, warnings: [] };
  const top = normalize(root);
  const here = dirname(policyPath);
  for (const dir of here === top ? [top] : [here, top]) {
    const p = joinPath(dir, CONFIG_NAME);
    const st = await fs.stat(p);
    if (st?.type !== "file") continue;
    if (fs.realpath && !within(await fs.realpath(top), await fs.realpath(p))) return { rules: {}, error: `${p}: links to a file outside the workspace; it was not read`, warnings: [] };
    try {
      const text = await fs.read(p, { maxBytes: 1024 * 1024 });
      const raw: unknown = JSON.parse(text);
      const config = validateConfig(raw);
      const vars = (raw as { variables?: unknown } | null)?.variables;
      if (vars && typeof vars === "object" && !Array.isArray(vars)) config.variables = { value: vars as Record<string, unknown>, path: p, text };
      else if (vars !== undefined) config.warnings.push(`${CONFIG_NAME}: variables must be an object such as { "company": { "email": "…" } }; it was ignored`);
      return config;
    } catch (e) {
      return { rules: {}, error: `${p}: ${(e as Error).message}`, warnings: [] };
    }
  }
  return { rules: {}, warnings: [] };
}
