import type { Analysis } from "../core/analyze";
import { clauseFix } from "../core/clauses/insert";
import { citationFor, phrasesOf, type Disclosure } from "../core/disclosures";
import type { Processor, RetentionEntry } from "../core/manifest/parse";
import { comparable, samePeriod, type Period } from "../core/periods";
import { findPolicyDate } from "../core/policy/dates";
import { isPresent, requiredDisclosures } from "../core/claims/disclosures";
import { retentionClaims } from "../core/claims/retention";
import { linksTo } from "../core/claims/recipients";
import type { ChecklistGroup, ChecklistItem, PeriodStatus, Place, PreviewFinding, PreviewFix, PreviewMention, ProcessorRow, RetentionRow } from "./types";
import { msg } from "../core/messages";

/** What the three tables are built from. */
export interface TableInput {
  analysis: Analysis;
  findings: PreviewFinding[];
  place: (start: number, end: number) => Place;
}

/**
 * The required-disclosures checklist, one group per active regime. A disclosure several
 * regimes require appears in each of their groups, with one shared insert-clause fix.
 */
export function buildChecklist({ analysis, findings, place }: TableInput, fixes: PreviewFix[]): ChecklistGroup[] {
  const ctx = analysis.context;
  const items = new Map<Disclosure, ChecklistItem>();
  for (const d of requiredDisclosures(ctx)) {
    const present = safe(() => isPresent(ctx, d), true);
    const item: ChecklistItem = { id: d.id, title: capitalize(msg(`disclosure.${d.id}`)), citation: citationFor(d, ctx.regimes), present };
    if (present) {
      const at = locate(analysis, d);
      if (at) item.at = place(at[0], at[1]);
    } else {
      const f = findings.find((x) => x.rule === "missing-section" && x.subject === d.id);
      if (f) item.findingId = f.id;
      const fix = safe(() => clauseFix(ctx, d), undefined)?.[0];
      if (fix && fix.edits.every((e) => e.file === "policy")) {
        item.fixId = fixes.length;
        fixes.push({ id: fixes.length, title: fix.title, edits: fix.edits });
      }
    }
    items.set(d, item);
  }
  return ctx.regimes.map((regime) => ({ regime, items: [...items].filter(([d]) => d.regimes.includes(regime)).map(([, item]) => item) }));
}

/** Where a present disclosure is made: its section's heading, else the first phrase that makes it. */
function locate({ doc }: Analysis, d: Disclosure): [number, number] | undefined {
  if (d.id === "last-updated") {
    const date = findPolicyDate(doc.visible, doc.frontMatter?.data, doc.frontMatter?.end, doc.text, doc.pack);
    return date && date.end > date.start ? [date.start, date.end] : undefined;
  }
  if (d.heading) {
    const s = doc.sections.find((x) => x.kinds.has(d.heading!));
    const b = s && doc.blocks.find((x) => x.kind === "heading" && x.start === s.start);
    if (b) return [b.contentStart, b.end];
  }
  for (const p of phrasesOf(d, doc.pack)) {
    const m = p.exec(doc.masked);
    if (m) return [m.index, m.index + m[0].length];
  }
  return undefined;
}

/** Every manifest processor: named or not, where, and what the manifest says about it. */
export function buildCoverage({ analysis, findings }: TableInput, mentions: PreviewMention[]): ProcessorRow[] {
  const m = analysis.manifest;
  if (!m) return [];
  const byList = !!m.disclosureList && linksTo(analysis.doc.links, m.disclosureList);
  return m.processors.map((p) => {
    const places = mentions.filter((x) => x.processor === p.name && x.status === "disclosed").map(({ start, end, line }) => ({ start, end, line }));
    return {
      name: p.name,
      purpose: p.purpose,
      category: p.category,
      named: places.length ? "named" : byList ? "list" : "no",
      places,
      countries: p.countries ?? [],
      transfer: p.transfer,
      retention: p.retentionText,
      consent: p.consent,
      findingIds: findings.filter((f) => f.subject === p.name && f.file === "policy").map((f) => f.id),
    };
  });
}

/** The retention schedule and processor retention beside every period the policy ties to them. */
export function buildRetention({ analysis, findings, place }: TableInput): RetentionRow[] {
  const m = analysis.manifest;
  if (!m) return [];
  const claims = safe(() => retentionClaims(analysis.context), []);
  const rows = new Map<RetentionEntry | Processor, RetentionRow>();
  const rowOf = (key: RetentionEntry | Processor): RetentionRow => {
    let row = rows.get(key);
    if (!row) {
      const isData = "data" in key && typeof key.data === "string";
      const subject = isData ? (key as RetentionEntry).data : (key as Processor).name;
      row = {
        subject,
        kind: isData ? "data" : "processor",
        manifest: isData ? (key as RetentionEntry).periodText : (key as Processor).retentionText,
        store: isData ? (key as RetentionEntry).store : undefined,
        claims: [],
        status: "not-stated",
        findingIds: findings.filter((f) => f.rule === "retention-mismatch" && f.subject === subject).map((f) => f.id),
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of m.retention) rowOf(r);
  for (const p of m.processors) if (p.retentionText) rowOf(p);
  for (const c of claims) {
    const key = c.subject.kind === "data" ? c.subject.entry : c.subject.p;
    const want = c.subject.kind === "data" ? c.subject.entry.period : c.subject.p.retention;
    rowOf(key).claims.push({ ...place(c.start, c.end), text: analysis.doc.text.slice(c.start, c.end), status: compare(want, c.period) });
  }
  for (const row of rows.values()) {
    const s = row.claims.map((c) => c.status);
    row.status = s.includes("mismatch") ? "mismatch" : s.includes("match") ? "match" : s.length ? "unchecked" : "not-stated";
  }
  return [...rows.values()];
}

function compare(want: Period | undefined, got: Period): PeriodStatus {
  if (!want || !comparable(want, got)) return "unchecked";
  return samePeriod(want, got) ? "match" : "mismatch";
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** "Who the controller is" from the message "who the controller is". */
function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}
