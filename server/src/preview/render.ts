import type MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";
import { parsePolicy } from "../core/policy/parse";
import type { Severity } from "../core/types";
import { createMarkdown, type RenderEnv } from "./markdown";
import { markedSource, planMarks, type MarkPlan } from "./marks";
import { lineFinder, lineStarts } from "./lines";
import type { MentionStatus, PreviewFinding, PreviewMention, PreviewModel } from "./types";
import { escapeHtml } from "./html";
import { msg } from "../core/messages";
import { firstReached } from "../core/text/sortedSearch";

let shared: MarkdownIt | undefined;
const markdown = () => (shared ??= createMarkdown());

/** The policy rendered for the preview: one HTML string per top-level block, in order. */
export interface RenderedPolicy {
  blocks: string[];
  /** The source line each block starts on. */
  lines: number[];
  /** Policy findings that got a mark in the text; the others need listing beside it. */
  placed: number[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** "Error · retention-mismatch: The policy gives …": what a mark or gutter marker says on hover. */
export function findingTitle(f: PreviewFinding): string {
  return `${msg(`preview.severity-title.${f.severity}`)} · ${f.rule}: ${f.message}`;
}

const MENTION_TEXT: Record<MentionStatus, (m: PreviewMention) => string> = {
  disclosed: (m) => msg("preview.mention.disclosed", { name: m.processor ?? m.written }),
  related: (m) => msg("preview.mention.related", { written: m.written, name: m.processor ?? "" }),
  undeclared: (m) => msg("preview.mention.undeclared", { name: m.catalog ?? m.written }),
  denied: (m) => msg("preview.mention.denied", { written: m.written }),
  "self-hosted": (m) => msg("preview.mention.self-hosted", { written: m.written }),
};

/** What a processor mention's mark says on hover. */
export function mentionTitle(m: PreviewMention): string {
  return MENTION_TEXT[m.status](m);
}

/** Renders the policy with every finding and mention marked at its text. Pure. */
export function renderPolicyBody(model: PreviewModel): RenderedPolicy {
  const plan = planMarks(model);
  const env: RenderEnv = { preview: true, plan, cur: -1, placed: new Set(), slugs: new Map(), markTag: markTags(model, plan), gutter: gutters(model, plan) };
  const md = markdown();
  const tokens = md.parse(markedSource(model, plan), env);
  for (const t of tokens) if (t.block && t.map && t.nesting >= 0 && t.type !== "inline") t.attrSet("data-line", String(t.map[0]));
  const starts = lineStarts(model.text);
  const blocks: string[] = [];
  const lines: number[] = [];
  for (const group of topLevel(tokens)) {
    const line = group[0].map?.[0] ?? 0;
    env.cur = lastBefore(plan.boundaries, starts[line] ?? 0);
    blocks.push(md.renderer.render(group, md.options, env));
    lines.push(line);
  }
  const placed = [...env.placed].map((i) => plan.owners[i]).filter((o) => o.kind === "f").map((o) => o.id);
  return { blocks, lines, placed };
}

/** Renders a policy for publishing: no marks, no source lines, front matter and comments left out. */
export function renderPublishedBody(text: string): { html: string; title?: string; lang?: string } {
  const doc = parsePolicy(text);
  const hidden: [number, number][] = doc.comments.map((c) => [c.start, c.end]);
  if (doc.frontMatter) hidden.push([doc.frontMatter.start, doc.frontMatter.end]);
  const source = markedSource({ text, hidden } as PreviewModel);
  const env: RenderEnv = { preview: false, cur: -1, placed: new Set(), slugs: new Map() };
  const md = markdown();
  const fm = doc.frontMatter?.data ?? {};
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  const h1 = doc.sections.find((s) => s.level === 1);
  return { html: md.renderer.render(md.parse(source, env), md.options, env), title: str(fm.title) ?? h1?.title, lang: str(fm.lang) ?? str(fm.language) };
}

/** Splits a token stream into its top-level blocks. */
function topLevel(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let depth = 0;
  let start = 0;
  tokens.forEach((t, i) => {
    depth += t.nesting;
    if (depth === 0) {
      out.push(tokens.slice(start, i + 1));
      start = i + 1;
    }
  });
  return out;
}

function lastBefore(sorted: number[], offset: number): number {
  return firstReached(sorted.length, (i) => sorted[i] >= offset) - 1;
}

/** The opening tag of the mark for each boundary's set of active owners, built once per boundary. */
function markTags(model: PreviewModel, plan: MarkPlan): (k: number) => string {
  const cache = new Map<number, string>();
  return (k) => {
    let tag = cache.get(k);
    if (tag !== undefined) return tag;
    const owners = plan.active[k].map((i) => plan.owners[i]);
    tag = "";
    if (owners.length) {
      const fs = owners.filter((o) => o.kind === "f").map((o) => model.findings[o.id]).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
      const ms = owners.filter((o) => o.kind === "m").map((o) => model.mentions[o.id]);
      const narrow = owners.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
      const cls = ["pw-mark", ...(fs.length ? ["pw-f", `pw-sev-${fs[0].severity}`] : []), ...(ms.length ? ["pw-m", `pw-m-${ms[0].status}`] : [])];
      const title = [...fs.map(findingTitle), ...ms.map(mentionTitle)].join("\n");
      tag = `<mark class="${cls.join(" ")}"${fs.length ? ` data-f="${fs.map((f) => f.id).join(" ")}"` : ""}${ms.length ? ` data-m="${ms.map((m) => m.id).join(" ")}"` : ""} data-s="${narrow.start}" data-e="${narrow.end}" title="${escapeHtml(title)}">`;
    }
    cache.set(k, tag);
    return tag;
  };
}

/** The gutter marker of a leaf block: the worst severity among the findings marked on its lines. */
function gutters(model: PreviewModel, plan: MarkPlan): (from: number, to: number) => string {
  const lineOf = lineFinder(lineStarts(model.text));
  const byLine = new Map<number, Set<number>>();
  for (const s of plan.segments) {
    const o = plan.owners[s.owner];
    if (o.kind !== "f") continue;
    const line = lineOf(s.start);
    if (!byLine.has(line)) byLine.set(line, new Set());
    byLine.get(line)!.add(o.id);
  }
  return (from, to) => {
    const ids = new Set<number>();
    for (let l = from; l < to; l++) for (const id of byLine.get(l) ?? []) ids.add(id);
    if (!ids.size) return "";
    const fs = [...ids].map((id) => model.findings[id]).sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.start - b.start);
    const title = fs.map(findingTitle).join("\n");
    return `<span class="pw-gutter pw-sev-${fs[0].severity}" data-f="${fs.map((f) => f.id).join(" ")}" data-s="${fs[0].start}" data-e="${fs[0].end}" title="${escapeHtml(title)}" aria-hidden="true"></span>`;
  };
}
