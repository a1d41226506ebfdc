import type { ManifestHistory } from "./changes/types";
import type { Manifest, Processor } from "./manifest/parse";
import { findMentions, sentenceFinder, type Mention } from "./mentions/find";
import { frontMatterFinding } from "./policy/frontMatterFinding";
import { release, settled } from "./policy/memo";
import { parsePolicy, type Block, type PolicyDoc } from "./policy/parse";
import { sharedKinds, type SectionKind } from "./policy/sections";
import type { RuleContext } from "./context";
import { RULES } from "./rules/index";
import { expandPage, originIn, toSource, type Expanded, type SiteContext } from "./site/expand";
import type { Site } from "./site/types";
import { buildScope } from "./site/variables";
import type { Rule } from "./rules/rule";
import { readSuppressions } from "./suppressions";
import { REGIMES, type Finding, type Fix, type Regime, type RuleId, type Severity } from "./types";

export interface AnalyzeOptions {
  /** Regimes from the editor settings; the policy's front matter overrides them, they override the manifest. */
  regimes?: Regime[];
  now?: Date;
  manifestChanged?: Date;
  /** The manifest's git history, read by the host; rules that need it say nothing without it. */
  manifestHistory?: ManifestHistory;
  /** Per-rule severity, or "off". */
  severities?: Partial<Record<string, Severity | "off">>;
  /** The site the policy is a page of (variables, includes): the page is checked as its readers see it. */
  site?: Site;
  /** The rules to run (all of them by default). */
  rules?: readonly Rule[];
}

export interface Analysis {
  doc: PolicyDoc;
  manifest?: Manifest;
  mentions: Mention[];
  regimes: Regime[];
  findings: Finding[];
  /** What the rules read: for a site page with variables or includes, the expanded page (context.doc differs from doc). */
  context: RuleContext;
  /** Rules that failed on this input, one line each ("placeholder failed: ..."); hosts log them. */
  errors: string[];
  /** The page with its variables and includes replaced, when it had any (offsets of `context` are into its text). */
  expanded?: Expanded;
}

const DEFAULT_SEVERITY = new Map<string, Severity>(RULES.map((r) => [r.id, r.defaultSeverity]));
DEFAULT_SEVERITY.set("unknown-rule", "warning");

/** The default severity of a rule id. */
export function defaultSeverity(rule: RuleId): Severity {
  return DEFAULT_SEVERITY.get(rule) ?? "warning";
}

/**
 * Checks a policy against its manifest. Pure: text in, findings out (with fixes as data).
 * Never throws on any input: a rule that fails is reported in `errors` (the CLI prints it,
 * the server logs it) and the other rules still run.
 * A page of a site is checked as built: its resolved variables and includes are read as
 * their text, and every finding and mention is mapped back to the source (a finding in a
 * variable's value points at the variable; one in an included file carries its `origin`).
 */
export function analyze(policyText: string, manifest: Manifest | undefined, options: AnalyzeOptions = {}, doc: PolicyDoc = parsePolicy(policyText)): Analysis {
  const site = options.site;
  if (!site) return analyzeDoc(doc, manifest, options);
  const fm = doc.frontMatter?.data;
  let expanded: Expanded;
  try {
    expanded = expandPage(doc.text, doc.templates, site, fm);
  } catch {
    expanded = { text: doc.text, pieces: [], problems: [] };
  }
  const siteContext: SiteContext = { site, scope: buildScope(site, fm), expanded };
  if (!expanded.pieces.length) return analyzeDoc(doc, manifest, options, siteContext);
  const page = parsePolicy(expanded.text, doc.hints);
  const a = mapBack(analyzeDoc(page, manifest, options, siteContext), doc, expanded);
  // the expanded page is parsed again at every check: nothing of it is kept for an edit
  release(page);
  return a;
}

/** An analysis of the expanded page, with findings and mentions placed on the source page. */
function mapBack(a: Analysis, doc: PolicyDoc, exp: Expanded): Analysis {
  const range = (s: number, e: number) => {
    const start = toSource(exp, s, "start");
    return { start, end: Math.max(start, toSource(exp, e, "end")) };
  };
  // a fix that would rewrite a variable's value or an included text would replace the template by a copy: dropped
  const touches = (s: number, e: number) => exp.pieces.some((p) => (s === e ? s > p.expStart && s < p.expEnd : s < p.expEnd && e > p.expStart));
  const findings = a.findings.map((f): Finding => {
    const fixes = f.fixes?.filter((x) => !x.edits.some((ed) => ed.file === "policy" && touches(ed.start, ed.end)))
      .map((x) => ({ ...x, edits: x.edits.map((ed) => (ed.file === "policy" ? { ...ed, ...range(ed.start, ed.end) } : ed)) }));
    if (f.file !== "policy") return f;
    const origin = f.origin ?? originIn(exp, f.start, f.end);
    return { ...f, ...range(f.start, f.end), ...(fixes ? { fixes } : {}), ...(origin ? { origin } : {}) };
  });
  const mentions = a.mentions.map((m) => ({ ...m, ...range(m.start, m.end) }));
  return { ...a, doc, findings, mentions, expanded: exp };
}

function analyzeDoc(doc: PolicyDoc, manifest: Manifest | undefined, options: AnalyzeOptions, site?: SiteContext): Analysis {
  const mentions = findMentions(doc, manifest);
  const regimes = pickRegimes(doc, manifest, options);
  const sentenceOf = sentenceFinder(doc);
  const kindCache = new Map<number, Set<SectionKind>>();
  // sections with the same kinds share one set (most have none): the analysis is kept while the policy is open
  const sameKinds = new Map<string, Set<SectionKind>>();
  const claims = new Map<Processor, Mention[]>();
  const bySentence = new Map<number, Mention[]>();
  for (const x of mentions) if (x.processor && !x.denied) push(claims, x.processor, x);
  // the server keeps every open policy's analysis: lists grown by push hold room for 16 more
  compact(claims);
  // mentions come in text order: a sentence's are one run, taken as one list of its size
  for (let i = 0, j = 0; i < mentions.length; i = j) {
    const si = mentions[i].sentence;
    for (j = i + 1; j < mentions.length && mentions[j].sentence === si; j++);
    if (si < 0) continue;
    const known = bySentence.get(si);
    bySentence.set(si, known ? [...known, ...mentions.slice(i, j)] : mentions.slice(i, j));
  }
  const context: RuleContext = {
    doc, pack: doc.pack, manifest, mentions, regimes, now: options.now ?? new Date(), manifestChanged: options.manifestChanged, manifestHistory: options.manifestHistory, sentenceOf, site,
    claimsOf: (p) => claims.get(p) ?? NONE,
    mentionsIn: (sentence) => bySentence.get(sentence) ?? NONE,
    kindsOf(block: Block | number) {
      const b = typeof block === "number" ? doc.blocks[block] : block;
      const key = b?.section ?? -1;
      let k = kindCache.get(key);
      if (!k) {
        k = new Set<SectionKind>();
        let s = doc.sections[key];
        while (s) {
          for (const x of s.kinds) k.add(x);
          s = s.parent === undefined ? undefined! : doc.sections[s.parent];
        }
        k = sharedKinds(sameKinds, k);
        kindCache.set(key, k);
      }
      return k;
    },
  };
  const suppress = readSuppressions(doc);
  const hiddenFrom = doc.unclosed?.start;
  const findings: Finding[] = [];
  const errors: string[] = [];
  for (const rule of options.rules ?? RULES) {
    if (rule.needsManifest && !manifest) continue;
    if (rule.languageDependent && !doc.language.supported) continue;
    let raw;
    try {
      raw = rule.run(context);
    } catch (e) {
      errors.push(`the rule ${rule.id} failed on this policy, so its findings are missing: ${(e as Error)?.message ?? String(e)}`);
      continue;
    }
    for (const f of [...raw]) {
      const sev = options.severities?.[f.rule] ?? f.severity ?? rule.defaultSeverity;
      if (sev === "off") continue;
      if (f.file === "policy" && suppress.isSuppressed(f.rule, f.start)) continue;
      findings.push({ ...f, severity: sev, ...(f.fixes && hiddenFrom !== undefined ? { fixes: visibleFixes(f.fixes, hiddenFrom) } : {}) });
    }
  }
  const fm = frontMatterFinding(doc);
  const fmSeverity = fm && (options.severities?.[fm.rule] ?? fm.severity);
  if (fm && fmSeverity && fmSeverity !== "off") findings.push({ ...fm, severity: fmSeverity });
  for (const p of suppress.problems) {
    const sev = options.severities?.["unknown-rule"] ?? "warning";
    if (sev !== "off") findings.push({ ...p, severity: sev });
  }
  findings.sort((a, b) => (a.file === b.file ? a.start - b.start : a.file === "manifest" ? -1 : 1));
  settled(doc);
  return { doc, manifest, mentions, regimes, findings, context, errors };
}

const NONE: Mention[] = [];

/** Fixes without those that would write into an unclosed comment or code block, where no reader sees them. */
function visibleFixes(fixes: Fix[], hiddenFrom: number): Fix[] {
  return fixes.filter((x) => !x.edits.some((e) => e.file === "policy" && e.start > hiddenFrom));
}

/** Every list of the map copied to its own length. */
function compact<K, V>(map: Map<K, V[]>): void {
  for (const [k, list] of map) map.set(k, list.slice());
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pickRegimes(doc: PolicyDoc, manifest: Manifest | undefined, options: AnalyzeOptions): Regime[] {
  const fm = doc.frontMatter?.data.regimes;
  const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,]+/) : []).map((r) => String(r).toLowerCase()).filter((r): r is Regime => (REGIMES as readonly string[]).includes(r));
  const fromFm = list(fm);
  if (fromFm.length) return fromFm;
  if (options.regimes?.length) return options.regimes;
  return manifest?.regimes.length ? manifest.regimes : ["gdpr"];
}
