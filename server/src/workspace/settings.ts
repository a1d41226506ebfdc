import type { Connection } from "vscode-languageserver";
import { REGIMES, type Regime, type Severity } from "../core/types";
import { DEFAULT_POLICY_GLOBS } from "../core/project/discover";

/** The `policywright.*` settings, validated. Unknown or mistyped values fall back to defaults. */
export interface Settings {
  policyFiles: string[];
  /** A manifest path relative to the workspace folder; empty to search for processors.yaml. */
  manifest: string;
  regimes: Regime[];
  rules: Record<string, Severity | "off">;
  /** Documents larger than this many bytes get one info diagnostic instead of an analysis. */
  maxFileBytes: number;
}

/** The default of policywright.policyFiles: the project model's (Markdown, MDX and page bundles). */
export const DEFAULT_POLICY_FILES: string[] = [...DEFAULT_POLICY_GLOBS];
const DEFAULT_MAX_MB = 5;
const SEVERITIES = ["error", "warning", "info", "hint", "off"];

/** Validates raw settings (from workspace/configuration or didChangeConfiguration). */
export function normalizeSettings(raw: unknown): Settings {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const globs = Array.isArray(r.policyFiles) ? r.policyFiles.filter((g): g is string => typeof g === "string" && !!g.trim()) : undefined;
  const regimes = Array.isArray(r.regimes) ? r.regimes.map((x) => String(x).toLowerCase()).filter((x): x is Regime => (REGIMES as readonly string[]).includes(x)) : [];
  const rules: Record<string, Severity | "off"> = {};
  if (r.rules && typeof r.rules === "object") {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === "string" && SEVERITIES.includes(sev)) rules[id] = sev as Severity | "off";
    }
  }
  const mb = typeof r.maxFileSize === "number" && r.maxFileSize > 0 ? r.maxFileSize : DEFAULT_MAX_MB;
  return {
    policyFiles: globs ?? DEFAULT_POLICY_FILES,
    manifest: typeof r.manifest === "string" ? r.manifest.trim() : "",
    regimes,
    rules,
    maxFileBytes: Math.round(mb * 1024 * 1024),
  };
}

/**
 * Settings per resource. Clients that answer workspace/configuration are asked per workspace
 * folder (so each root of a multi-root workspace has its own); others send them with
 * didChangeConfiguration or initializationOptions. Answers are cached until settings change,
 * and `generation` tells caches built on them that they are stale.
 */
export class SettingsStore {
  generation = 0;
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings;

  constructor(private readonly connection: Connection, private readonly canPull: boolean, initial?: unknown) {
    this.pushed = normalizeSettings(initial);
  }

  /** The settings for a scope (a workspace folder URI, or undefined for the global scope). */
  get(scopeUri: string | undefined): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.pushed);
    const key = scopeUri ?? "";
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.connection.workspace
        .getConfiguration({ scopeUri, section: "policywright" })
        .then((raw) => normalizeSettings(raw ?? undefined), () => this.pushed);
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** Called on workspace/didChangeConfiguration; `settings` is the payload's (maybe empty) settings object. */
  changed(settings: unknown): void {
    const section = settings && typeof settings === "object" ? (settings as Record<string, unknown>).policywright : undefined;
    if (section !== undefined) this.pushed = normalizeSettings(section);
    this.cache.clear();
    this.generation++;
  }
}
