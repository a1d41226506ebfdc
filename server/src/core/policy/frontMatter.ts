import { parse as parseYaml } from "yaml";
import { parseDataFile } from "../site/dataFile";

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

/** The two fences: YAML between `---` lines (closed by `---` or `...`), Hugo's TOML between `+++` lines. */
const FENCES = [
  { open: /^\uFEFF?---[ \t]*\r?\n/, close: /^(?:---|\.\.\.)[ \t]*$/m, fence: "---", format: "YAML", parse: readYaml },
  { open: /^\uFEFF?\+\+\+[ \t]*\r?\n/, close: /^\+\+\+[ \t]*$/m, fence: "+++", format: "TOML", parse: readToml },
];

/**
 * The one front-matter reader: the policy parser, policy discovery in the CLI and the
 * editor all use it, so they agree on what a policy is. The `yaml` package reads a YAML body,
 * smol-toml (through the site reader, loaded on first use) a TOML one; an alias bomb or a
 * broken body is an error, never a crash.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  for (const f of FENCES) {
    const m = f.open.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const c = f.close.exec(rest);
    if (!c) return { data: {}, start: 0, end: 0, error: `the front matter is never closed with a '${f.fence}' line` };
    const end = m[0].length + c.index + c[0].length;
    const got = f.parse(rest.slice(0, c.index));
    if ("error" in got) return { data: {}, start: 0, end, error: `the front matter is not valid ${f.format}: ${got.error}` };
    return { data: got.value && typeof got.value === "object" && !Array.isArray(got.value) ? (got.value as Record<string, unknown>) : {}, start: 0, end };
  }
  return undefined;
}

function readYaml(body: string): { value: unknown } | { error: string } {
  try {
    return { value: parseYaml(body, { maxAliasCount: 20, logLevel: "error" }) };
  } catch (e) {
    return { error: (e as Error).message.split("\n")[0] };
  }
}

function readToml(body: string): { value: unknown } | { error: string } {
  return parseDataFile(body, "toml");
}

/** Whether front matter marks its file as a policy: `policywright: true` or a `manifest:` key. */
export function marksPolicy(fm: FrontMatter | undefined): boolean {
  return !!fm && !fm.error && (fm.data.policywright === true || "manifest" in fm.data);
}
