import { relative } from "node:path";
import { computeLineStarts, positionAt } from "../core/policy/parse";
import type { Finding } from "../core/types";
import type { CheckedFile } from "../host/check";
import { count, messageLanguage, msg } from "../core/messages";

export { DOCS_BASE } from "../core/docs";

export interface ReportFinding {
  rule: string;
  severity: string;
  message: string;
  subject: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportFile {
  path: string;
  manifest?: string;
  /** The policy's language (BCP 47 primary subtag) and why it was chosen; absent for a manifest. */
  language?: string;
  languageReason?: string;
  findings: ReportFinding[];
}

const lineStarts = (text: string) => ({ lineStarts: computeLineStarts(text) });

function toReport(f: Finding, text: string, starts: { lineStarts: number[] }): ReportFinding {
  const a = positionAt(starts, Math.min(f.start, text.length));
  const b = positionAt(starts, Math.min(Math.max(f.end, f.start), text.length));
  return { rule: f.rule, severity: f.severity, message: f.message, subject: f.subject, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

/**
 * Groups findings by file: the policy, the manifest (once, even when several policies share
 * it), and the files findings come from (an included page, a broken site config), each
 * finding once however many pages include that file.
 */
export function buildReport(checked: CheckedFile[], cwd: string): ReportFile[] {
  const files: ReportFile[] = [];
  const manifests = new Map<string, { file: ReportFile; owner: CheckedFile }>();
  const others = new Map<string, ReportFile>();
  const seen = new Set<string>();
  const rel = (p: string) => relative(cwd, p) || p;
  for (const c of checked) {
    const pStarts = lineStarts(c.policyText);
    const lang = c.analysis.doc.language;
    const entry: ReportFile = { path: rel(c.policyPath), ...(c.manifestPath ? { manifest: rel(c.manifestPath) } : {}), language: lang.code, languageReason: lang.reason, findings: [] };
    files.push(entry);
    for (const f of c.analysis.findings) {
      if (f.origin) {
        const o = f.origin;
        const key = `${o.path}\0${f.rule}\0${o.line}:${o.character}\0${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        let file = others.get(o.path);
        if (!file) {
          file = { path: rel(o.path), findings: [] };
          others.set(o.path, file);
          files.push(file);
        }
        file.findings.push({ rule: f.rule, severity: f.severity, message: f.message, subject: f.subject, line: o.line + 1, column: o.character + 1, endLine: o.endLine + 1, endColumn: o.endCharacter + 1 });
        continue;
      }
      if (f.file === "policy") {
        entry.findings.push(toReport(f, c.policyText, pStarts));
        continue;
      }
      if (!c.manifestPath || c.manifestText === undefined) continue;
      let m = manifests.get(c.manifestPath);
      if (!m) {
        m = { file: { path: rel(c.manifestPath), findings: [] }, owner: c };
        manifests.set(c.manifestPath, m);
        files.push(m.file);
      }
      // a manifest shared by several policies is reported once
      if (m.owner === c) m.file.findings.push(toReport(f, c.manifestText, lineStarts(c.manifestText)));
    }
  }
  return files;
}

export function summarize(files: ReportFile[]) {
  const s = { files: files.length, error: 0, warning: 0, info: 0 };
  for (const f of files) for (const x of f.findings) if (x.severity === "error" || x.severity === "warning" || x.severity === "info") s[x.severity]++;
  return s;
}

export function formatJson(files: ReportFile[]): string {
  return JSON.stringify({ version: 1, files, summary: summarize(files) }, null, 2);
}

const COLORS: Record<string, string> = { error: "\x1b[31m", warning: "\x1b[33m", info: "\x1b[36m", hint: "\x1b[2m" };

/**
 * Text from a policy, made safe for a terminal: control characters (which could clear the
 * screen or retitle the window) and bidirectional overrides (which reorder what a log shows)
 * are written as escapes.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Compiler-style lines: path:line:col  severity  message  rule. */
export function formatText(files: ReportFile[], color: boolean, quiet: boolean): string {
  const lines: string[] = [];
  const paint = (s: string, c: string) => (color ? `${c}${s}\x1b[0m` : s);
  for (const f of files) {
    for (const x of f.findings) {
      if (quiet && x.severity !== "error") continue;
      lines.push(`${paint(`${printable(f.path)}:${x.line}:${x.column}`, "\x1b[1m")}  ${paint(x.severity.padEnd(7), COLORS[x.severity] ?? "")}  ${printable(x.message)}  ${paint(x.rule, "\x1b[2m")}`);
    }
  }
  const s = summarize(files);
  const summary = msg(new Intl.PluralRules(messageLanguage()).select(s.files) === "one" ? "cli.summary.one" : "cli.summary.other", {
    errors: count("error", s.error),
    warnings: count("warning", s.warning),
    info: s.info, files: s.files,
  });
  lines.push(`${lines.length ? "\n" : ""}${summary}`);
  return lines.join("\n");
}
