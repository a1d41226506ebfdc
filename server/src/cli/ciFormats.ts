import { DOCS_BASE, summarize, type ReportFile } from "./output";

/**
 * Report formats for CI: GitHub workflow commands (annotations on the pull request), a
 * Markdown summary for a pull-request comment or the job summary, and JUnit XML for CI
 * systems that show test reports (GitLab, Jenkins, Azure Pipelines).
 */

const GH_LEVEL: Record<string, string> = { error: "error", warning: "warning", info: "notice", hint: "notice" };

/** Escapes a workflow command's message (GitHub's toolkit: %, CR, LF). */
const ghData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
/** Escapes a workflow command's property (also ':' and ','). */
const ghProp = (s: string) => ghData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one line per finding. */
export function formatGithub(files: ReportFile[]): string {
  const lines: string[] = [];
  for (const f of files) {
    const file = ghProp(f.path.split("\\").join("/"));
    for (const x of f.findings) {
      const props = [`file=${file}`, `line=${x.line}`, `col=${x.column}`, `endLine=${x.endLine}`, ...(x.endLine === x.line ? [`endColumn=${x.endColumn}`] : []), `title=${ghProp(`policywright ${x.rule}`)}`];
      lines.push(`::${GH_LEVEL[x.severity] ?? "warning"} ${props.join(",")}::${ghData(x.message)}`);
    }
  }
  const s = summarize(files);
  lines.push(`policywright: ${s.error} error${s.error === 1 ? "" : "s"}, ${s.warning} warning${s.warning === 1 ? "" : "s"}, ${s.info} info in ${s.files} file${s.files === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/** Text from a policy, safe inside a Markdown table cell: no markup, links, HTML or line breaks of its own. */
function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`).replace(/\r?\n|\r/g, " ");
}

const ICON: Record<string, string> = { error: "🛑 error", warning: "⚠️ warning", info: "ℹ️ info", hint: "hint" };

/** A short report: the counts, then each file's findings in a table, each rule linked to its page. */
export function formatMarkdown(files: ReportFile[]): string {
  const s = summarize(files);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;
  const out = [`## Policywright`, "", `**${plural(s.error, "error")}, ${plural(s.warning, "warning")}, ${s.info} info** in ${plural(s.files, "file")} checked.`];
  const withFindings = files.filter((f) => f.findings.length);
  if (!withFindings.length) out.push("", "No findings: every policy agrees with its manifest.");
  for (const f of withFindings) {
    out.push("", `### \`${f.path.split("\\").join("/").replace(/`/g, "'")}\``, "", "| | line | rule | finding |", "|---|---|---|---|");
    for (const x of f.findings) out.push(`| ${ICON[x.severity] ?? x.severity} | ${x.line} | [${x.rule}](${DOCS_BASE}${x.rule}.md) | ${mdText(x.message)} |`);
  }
  return out.join("\n");
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
  // characters XML 1.0 does not allow at all
  // eslint-disable-next-line no-control-regex
  .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, "");

/**
 * JUnit XML: one test suite per file, one test case per finding (errors and warnings are
 * failures, info passes with the finding as output), and a passing case for a clean file.
 */
export function formatJunit(files: ReportFile[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const f of files) {
    const path = f.path.split("\\").join("/");
    const cases: string[] = [];
    let fails = 0;
    for (const x of f.findings) {
      const name = xml(`${x.rule}: ${x.subject} (line ${x.line})`);
      const where = xml(`${path}:${x.line}:${x.column}: ${x.message} (${DOCS_BASE}${x.rule}.md)`);
      if (x.severity === "error" || x.severity === "warning") {
        fails++;
        cases.push(`    <testcase classname="${xml(path)}" name="${name}" file="${xml(path)}" line="${x.line}">\n      <failure type="${x.rule}" message="${xml(`${x.severity}: ${x.message}`)}">${where}</failure>\n    </testcase>`);
      } else cases.push(`    <testcase classname="${xml(path)}" name="${name}" file="${xml(path)}" line="${x.line}">\n      <system-out>${where}</system-out>\n    </testcase>`);
    }
    if (!cases.length) cases.push(`    <testcase classname="${xml(path)}" name="policywright check" file="${xml(path)}"/>`);
    tests += cases.length;
    failures += fails;
    suites.push(`  <testsuite name="${xml(path)}" tests="${cases.length}" failures="${fails}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policywright" tests="${tests}" failures="${failures}" errors="0">\n${suites.join("\n")}\n</testsuites>`;
}
