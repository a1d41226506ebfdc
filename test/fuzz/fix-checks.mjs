// Properties of quick fixes: a fix changes only what it says, loses no text, and does its
// job (once applied, the same finding never offers the same fix again); applying every
// safe fix leaves nothing fixable behind.
import { core, NOW } from "../unit/helpers.mjs";
import { checkedAnalysis } from "./invariants.mjs";

/** Applies edits by hand, from the end backwards: the reference applyEdits is checked against. */
function splice(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** The texts after one fix. */
function applyFix(texts, fix) {
  const out = { ...texts };
  for (const file of ["policy", "manifest"]) {
    const edits = fix.edits.filter((e) => e.file === file);
    if (edits.length) out[file] = core.applyEdits(texts[file], edits);
  }
  return out;
}

function analyse(texts) {
  const manifest = texts.manifest === undefined ? undefined : core.parseManifest(texts.manifest);
  return core.analyze(texts.policy, manifest, { now: NOW });
}

/** Where an offset lands after edits (the same finding, found again, starts there). */
function shifted(offset, edits) {
  let out = offset;
  for (const e of edits) if (e.end <= offset) out += e.newText.length - (e.end - e.start);
  return out;
}

const sameFix = (a, b) => a.title === b.title && a.edits.length === b.edits.length && a.edits.every((e, i) => e.newText === b.edits[i].newText && e.file === b.edits[i].file);
const tagOf = (f, fix) => `${f.rule}(${f.subject}) "${fix.title}"`;

/** Problems with every fix of every finding of one policy and manifest. */
export function eachFixProblems(texts, { maxFixes = 40 } = {}) {
  const { analysis, problems } = checkedAnalysis(texts.policy, texts.manifest);
  let tried = 0;
  for (const f of analysis.findings) {
    for (const fix of f.fixes ?? []) {
      if (++tried > maxFixes) return problems;
      const tag = tagOf(f, fix);
      for (const e of fix.edits) {
        if (e.start === e.end) continue;
        // a replacement stays inside what the finding points at: nothing else is overwritten
        if (e.file === "policy" && !(f.file === "policy" && e.start >= f.start && e.end <= f.end)) problems.push(`${tag} replaces policy text ${e.start}-${e.end} outside its finding ${f.start}-${f.end}`);
        if (e.file === "manifest" && /[\r\n]/.test(texts.manifest.slice(e.start, e.end))) problems.push(`${tag} replaces whole manifest lines`);
      }
      const after = applyFix(texts, fix);
      for (const file of ["policy", "manifest"]) {
        const edits = fix.edits.filter((e) => e.file === file);
        if (edits.length && after[file] !== splice(texts[file], edits)) problems.push(`${tag} changes ${file} text outside its edits`);
      }
      if (problems.length) return problems;
      const again = analyse(after);
      const at = shifted(f.start, fix.edits.filter((e) => e.file === f.file));
      if (again.findings.some((g) => g.rule === f.rule && g.subject === f.subject && g.file === f.file && g.start === at && (g.fixes ?? []).some((h) => sameFix(h, fix)))) {
        problems.push(`${tag} is offered again after it was applied`);
      }
    }
  }
  return problems;
}

/** Problems after applying every safe fix at once (what --fix does): nothing fixable may remain. */
export function allFixesProblems(texts) {
  const first = analyse(texts);
  const plan = core.planFixes(first.findings, texts);
  const after = { ...texts, ...plan.results };
  const second = core.planFixes(analyse(after).findings, after);
  return second.applied.map(({ finding, fix }) => `still fixable after --fix: ${tagOf(finding, fix)}`);
}
