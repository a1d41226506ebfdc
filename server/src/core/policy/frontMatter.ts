import { parse as parseYaml } from "yaml";

/**
 * The YAML block at the top of a Markdown file, between `---` and `---` (or `...`), or Hugo's
 * TOML block between `+++` lines.
 */
export interface FrontMatter {
  data: Record<string, unknown>;
  start: number;
  end: number;
  error?: string;
}

/**
 * The one front-matter reader: the policy parser, policy discovery in the CLI and the
 * editor all use it, so they agree on what a policy is. The `yaml` package reads the body;
 * an alias bomb or broken YAML is an error, never a crash.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return readTomlFrontMatter(text);
  const rest = text.slice(m[0].length);
  const c = /^(?:---|\.\.\.)[ \t]*$/m.exec(rest);
  if (!c) return { data: {}, start: 0, end: 0, error: "the front matter is never closed with a '---' line" };
  const body = rest.slice(0, c.index);
  const end = m[0].length + c.index + c[0].length;
  try {
    const data = parseYaml(body, { maxAliasCount: 20, logLevel: "error" });
    return { data: data && typeof data === "object" && !Array.isArray(data) ? data : {}, start: 0, end };
  } catch (e) {
    return { data: {}, start: 0, end, error: `the front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}` };
  }
}

// loaded when a page has TOML front matter (Hugo's default), not at every start
// eslint-disable-next-line @typescript-eslint/no-require-imports
const toml = () => require("smol-toml") as typeof import("smol-toml");

/** Hugo's `+++` front matter, read with smol-toml; broken TOML is an error, never a crash. */
function readTomlFrontMatter(text: string): FrontMatter | undefined {
  const m = /^\uFEFF?\+\+\+[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  const c = /^\+\+\+[ \t]*$/m.exec(rest);
  if (!c) return { data: {}, start: 0, end: 0, error: "the front matter is never closed with a '+++' line" };
  const end = m[0].length + c.index + c[0].length;
  try {
    return { data: toml().parse(rest.slice(0, c.index)) as Record<string, unknown>, start: 0, end };
  } catch (e) {
    return { data: {}, start: 0, end, error: `the front matter is not valid TOML: ${(e as Error).message.split("\n")[0]}` };
  }
}

/** Whether front matter marks its file as a policy: `policywright: true` or a `manifest:` key. */
export function marksPolicy(fm: FrontMatter | undefined): boolean {
  return !!fm && !fm.error && (fm.data.policywright === true || "manifest" in fm.data);
}
