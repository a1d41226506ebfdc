import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { REGIMES, type Regime, type Severity } from "../core/types";
import { isInside, readText } from "../host/files";
import type { Workspace } from "./folders";

export interface ProjectConfig {
  rules: Record<string, Severity | "off">;
  regimes?: Regime[];
  /** Why the file was ignored (broken JSON), shown on the policy. */
  error?: string;
}

const SEVERITIES = ["error", "warning", "info", "hint", "off"];

/**
 * `.policywright.json` beside the policy, else at the workspace folder root, as the CLI reads
 * it, so the editor and CI agree. Cached per folder until a watched-file event says one
 * changed; never read in an untrusted workspace.
 */
export class ProjectConfigs {
  generation = 0;
  private readonly cache = new Map<string, ProjectConfig>();

  constructor(private readonly ws: Workspace) {}

  get(policyPath: string): ProjectConfig {
    if (!this.ws.trusted) return { rules: {} };
    const dir = dirname(policyPath);
    let hit = this.cache.get(dir);
    if (!hit) {
      hit = this.load(dir, this.ws.rootFor(policyPath));
      this.cache.set(dir, hit);
    }
    return hit;
  }

  /** Called when a .policywright.json was created, changed or deleted. */
  invalidate(): void {
    this.cache.clear();
    this.generation++;
  }

  private load(dir: string, root: string): ProjectConfig {
    for (const d of dir === root ? [dir] : [dir, root]) {
      const p = join(d, ".policywright.json");
      try {
        if (!statSync(p).isFile()) continue;
      } catch {
        continue;
      }
      const open = this.ws.openAt(p);
      // a link that leaves the workspace is refused before anything is read, so no content is quoted
      if (!open && !isInside(root, p)) return { rules: {}, error: `${p} links outside the workspace; it was not read` };
      try {
        const raw: unknown = JSON.parse(open ? open.getText() : readText(p, 1024 * 1024));
        return validate(raw);
      } catch (e) {
        return { rules: {}, error: `${p}: ${(e as Error).message}` };
      }
    }
    return { rules: {} };
  }
}

function validate(raw: unknown): ProjectConfig {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const rules: ProjectConfig["rules"] = {};
  if (r.rules && typeof r.rules === "object") {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === "string" && SEVERITIES.includes(sev)) rules[id] = sev as Severity | "off";
    }
  }
  const regimes = Array.isArray(r.regimes) ? r.regimes.map((x) => String(x).toLowerCase()).filter((x): x is Regime => (REGIMES as readonly string[]).includes(x)) : undefined;
  return { rules, regimes };
}
