import { RULES } from "../core/rules/index";
import { DOCS_BASE, type ReportFile } from "./output";

const LEVEL: Record<string, string> = { error: "error", warning: "warning", info: "note", hint: "note" };

/** SARIF 2.1.0: one reportingDescriptor per rule id, each result located in its file. */
export function formatSarif(files: ReportFile[], version: string): string {
  const ids = [...RULES.map((r) => r.id), "unknown-rule"];
  const rules = ids.map((id) => {
    const r = RULES.find((x) => x.id === id);
    return {
      id,
      name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r?.description ?? "A policywright comment names a rule that does not exist." },
      helpUri: `${DOCS_BASE}${id}.md`,
      defaultConfiguration: { level: LEVEL[r?.defaultSeverity ?? "warning"] },
    };
  });
  const results = files.flatMap((f) =>
    f.findings.map((x) => ({
      ruleId: x.rule,
      ruleIndex: ids.indexOf(x.rule),
      level: LEVEL[x.severity] ?? "warning",
      message: { text: x.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.path.split("\\").join("/") }, region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn } } }],
      partialFingerprints: { subject: `${x.rule}:${x.subject}` },
      properties: { subject: x.subject },
    })),
  );
  return JSON.stringify({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: { driver: { name: "policywright", informationUri: "https://github.com/policywright/policywright", version, rules } }, results }],
  }, null, 2);
}
