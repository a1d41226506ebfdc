// What must hold for any input: analysis never throws (not even inside a rule, whose
// failure analyze() would hide), and every finding and fix points inside its file.
import { core, NOW } from "../unit/helpers.mjs";

const SEVERITIES = new Set(["error", "warning", "info", "hint"]);
const SLOPPY = /\bundefined\b|\bNaN\b|\[object Object\]/;

/** Problems with a list of findings, given the texts their ranges point into. */
export function findingProblems(findings, texts) {
  const out = [];
  const source = Object.values(texts).join("\n");
  const inRange = (file, s, e) => texts[file] !== undefined && Number.isInteger(s) && Number.isInteger(e) && s >= 0 && s <= e && e <= texts[file].length;
  for (const f of findings) {
    const tag = `${f.rule}(${f.subject})`;
    if (!core.RULE_IDS.includes(f.rule)) out.push(`${tag}: unknown rule`);
    if (!SEVERITIES.has(f.severity)) out.push(`${tag}: severity ${f.severity}`);
    if (!inRange(f.file, f.start, f.end)) out.push(`${tag}: range ${f.file} ${f.start}-${f.end} outside the text`);
    if (typeof f.message !== "string" || !f.message.trim()) out.push(`${tag}: empty message`);
    else if (SLOPPY.test(f.message) && !SLOPPY.test(source)) out.push(`${tag}: message says ${SLOPPY.exec(f.message)[0]}: ${f.message}`);
    if (typeof f.subject !== "string") out.push(`${tag}: subject is not text`);
    for (const fix of f.fixes ?? []) {
      if (typeof fix.title !== "string" || !fix.title) out.push(`${tag}: fix without a title`);
      if (!fix.edits?.length) out.push(`${tag}: fix "${fix.title}" has no edits`);
      for (const e of fix.edits ?? []) {
        if (!inRange(e.file, e.start, e.end)) out.push(`${tag}: fix "${fix.title}" edits ${e.file} ${e.start}-${e.end} outside the text`);
        if (typeof e.newText !== "string") out.push(`${tag}: fix "${fix.title}" has no new text`);
        else if (SLOPPY.test(e.newText) && !SLOPPY.test(source)) out.push(`${tag}: fix "${fix.title}" writes ${SLOPPY.exec(e.newText)[0]}`);
      }
      for (const file of ["policy", "manifest"]) {
        const edits = (fix.edits ?? []).filter((e) => e.file === file);
        if (edits.length && texts[file] !== undefined && core.applyEdits(texts[file], edits) === undefined) out.push(`${tag}: fix "${fix.title}" has overlapping edits`);
      }
    }
  }
  return out;
}

/** Parses a manifest text and returns it with the problems of its findings. */
export function checkedManifest(text) {
  const manifest = core.parseManifest(text);
  const problems = findingProblems(manifest.findings.map((f) => ({ severity: "error", ...f })), { manifest: text });
  if (manifest.text !== text) problems.push("the manifest model does not keep the text");
  for (const p of manifest.processors) {
    for (const [s, e] of [p.nameRange, p.range]) if (!(s >= 0 && s <= e && e <= text.length)) problems.push(`${p.name}: node range ${s}-${e} outside the text`);
  }
  return { manifest, problems };
}

/**
 * Analyses a policy (against a manifest text, or none) and runs every rule once more
 * outside analyze()'s safety net, so a rule that throws is a failure rather than a gap.
 */
export function checkedAnalysis(policy, manifestText, options = {}) {
  const parsed = manifestText === undefined ? undefined : checkedManifest(manifestText);
  const problems = [...(parsed?.problems ?? [])];
  const analysis = core.analyze(policy, parsed?.manifest, { now: NOW, ...options });
  for (const rule of core.RULES) {
    if (rule.needsManifest && !parsed) continue;
    try {
      rule.run(analysis.context);
    } catch (e) {
      problems.push(`rule ${rule.id} threw: ${e.stack?.split("\n").slice(0, 3).join(" / ")}`);
    }
  }
  problems.push(...findingProblems(analysis.findings, { policy, manifest: manifestText }));
  return { analysis, manifest: parsed?.manifest, problems };
}

/** Throws with every problem listed, so fast-check reports (and shrinks) the input. */
export function expectNone(problems) {
  if (problems.length) throw new Error(`${problems.length} problem(s):\n${problems.slice(0, 8).join("\n")}`);
  return true;
}
