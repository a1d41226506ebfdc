import { citationFor, type Disclosure } from "../disclosures";
import type { Section } from "../policy/parse";
import type { RuleContext } from "../context";
import type { Fix } from "../types";
import { renderClause, type Tone } from "./templates";
import { msg } from "../messages";

/**
 * The missing-section fix: a complete clause from the manifest, inserted after the section
 * it usually follows, at the document's heading level and in its numbering style. It only
 * inserts; no existing character changes.
 */
export function clauseFix(ctx: RuleContext, d: Disclosure, tone: Tone = toneOf(ctx)): Fix[] | undefined {
  const clause = renderClause(d.id, ctx.manifest, tone, ctx.now, ctx.pack);
  if (!clause) return undefined;
  const { doc } = ctx;
  const text = doc.text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const nl = (s: string) => s.replace(/\r?\n/g, eol);
  if (d.id === "last-updated") {
    const h1 = doc.sections.find((s) => s.level === 1);
    const at = h1 ? h1.headingEnd : doc.frontMatter?.end ?? 0;
    const newText = h1 ? `${eol}${eol}${clause.body}` : `${clause.body}${eol}${eol}`;
    return [{ title: msg("fix.insert-last-updated"), edits: [{ file: "policy", start: at, end: at, newText }], preferred: true }];
  }
  const level = bodyLevel(doc.sections);
  const anchor = anchorSection(doc.sections, d.after, level);
  const at = anchor ? anchor.end : text.length;
  const number = numberFor(doc.sections, level, anchor);
  const heading = `${"#".repeat(level)} ${number ? `${number} ` : ""}${clause.heading}`;
  const before = text.slice(0, at);
  const lead = before.length === 0 ? "" : before.endsWith(`${eol}${eol}`) || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? eol : `${eol}${eol}`;
  const trail = at < text.length ? `${eol}${eol}` : eol;
  return [{
    title: msg("fix.insert-clause", { heading: clause.heading, citation: citationFor(d, ctx.regimes) }),
    edits: [{ file: "policy", start: at, end: at, newText: `${lead}${heading}${eol}${eol}${nl(clause.body)}${trail}` }],
    preferred: isSafe(ctx, d.id),
  }];
}

/**
 * Clauses that only restate the manifest or the law are safe for fix-all; clauses that
 * assert facts the manifest does not record (no sale of data, the purposes, the legal
 * bases, transfer safeguards it lacks) wait for the author to choose them.
 */
function isSafe(ctx: RuleContext, id: string): boolean {
  if (id === "transfers") return (ctx.manifest?.processors ?? []).every((p) => !p.countries || p.transfer);
  return !["purposes", "legal-basis", "ccpa-sale", "ccpa-categories"].includes(id);
}

/** A formal tone for documents that number clauses like "7.1" or use "shall". */
function toneOf(ctx: RuleContext): Tone {
  return /^[ \t]*\d+\.\d+\s/m.test(ctx.doc.masked) || ctx.pack.clauses.formalCue.test(ctx.doc.masked) ? "formal" : "plain";
}

/** The level most sections use below the title. */
function bodyLevel(sections: Section[]): number {
  const counts = new Map<number, number>();
  for (const s of sections) if (s.level > 1) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [level, c] of counts) if (c > n || (c === n && level < best)) [best, n] = [level, c];
  return best;
}

/** The last section at the body level that is of one of the kinds, in order of preference. */
function anchorSection(sections: Section[], after: string[], level: number): Section | undefined {
  for (const kind of after) {
    const hits = sections.filter((s) => s.level <= level && s.kinds.has(kind as never));
    if (hits.length) return hits[hits.length - 1];
  }
  return undefined;
}

/**
 * Numbered documents get a number that keeps the sequence without renumbering others:
 * the next number at the end, else "5A" after section 5 (the convention for inserted clauses).
 */
function numberFor(sections: Section[], level: number, anchor: Section | undefined): string | undefined {
  const peers = sections.filter((s) => s.level === level);
  const numbered = peers.filter((s) => s.number);
  if (!numbered.length || numbered.length < peers.length / 2) return undefined;
  const style = /[.)]$/.exec(numbered[0].number!)?.[0] ?? "";
  const base = (s: Section) => parseInt(s.number ?? "", 10);
  if (!anchor || anchor === peers[peers.length - 1] || !anchor.number) {
    const max = Math.max(...numbered.map(base).filter((x) => !Number.isNaN(x)));
    return `${max + 1}${style}`;
  }
  const taken = new Set(numbered.map((s) => s.number!.replace(/[.)]$/, "")));
  for (const suffix of "ABCDEFGH") {
    const candidate = `${base(anchor)}${suffix}`;
    if (!taken.has(candidate)) return `${candidate}${style}`;
  }
  return undefined;
}
