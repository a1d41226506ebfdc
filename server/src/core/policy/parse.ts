import MarkdownIt from "markdown-it";
import { readFrontMatter, type FrontMatter } from "./frontMatter";
import { blankComments, blankCodeSpans, blankRange, blankRanges } from "./mask";
import { splitSentences } from "./sentences";
import { findAddresses } from "./contacts";
import { chooseLanguage, packOf, type LanguageChoice, type LanguageHints } from "../packs/choose";
import type { LanguagePack } from "../packs/index";
import { detectLanguageWithReach } from "../packs/detect";
import { classifyHeading, sharedKinds, type SectionKind } from "./sections";
import { findMdx, findMdxLoosely } from "../site/mdx";
import { findTemplates, type Template } from "../site/templates";

/** A heading and the text below it up to the next heading of the same or a higher level. */
export interface Section {
  index: number;
  level: number;
  title: string;
  start: number;
  /** End of the heading line. */
  headingEnd: number;
  /** End of the section's content (before the next heading of the same or higher level). */
  end: number;
  parent?: number;
  /** Shared by the sections of the same kinds; never changed after parsing. */
  kinds: Set<SectionKind>;
  /** Numbering of the heading ("7." / "7)" / "7"), if any. */
  number?: string;
}

export type BlockKind = "heading" | "paragraph" | "item" | "row" | "header-row";

/** A leaf text container: a heading, a paragraph, the first paragraph of a list item, a table row. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Where the content starts (after list markers, "#", table pipes). */
  contentStart: number;
  /** Index of the innermost section, -1 before the first heading. */
  section: number;
  /** For table rows: the cell ranges (content, trimmed). */
  cells?: [number, number][];
  /** For table rows: the header cell texts of the table. */
  header?: string[];
  /** Nesting depth of list items (0 = top level). */
  depth: number;
}

export interface Sentence {
  start: number;
  end: number;
  block: number;
}

export type { FrontMatter };

export interface Link {
  href: string;
  start: number;
  end: number;
}

/** The parsed policy: every offset is into the original `text`. */
export interface PolicyDoc {
  text: string;
  /** `text` with code, HTML comments and front matter blanked: what counts as a mention. */
  masked: string;
  /** `text` with HTML comments and front matter blanked: what a reader sees (contacts, dates). */
  visible: string;
  frontMatter?: FrontMatter;
  sections: Section[];
  blocks: Block[];
  sentences: Sentence[];
  links: Link[];
  comments: { start: number; end: number; body: string }[];
  lineStarts: number[];
  /** Template syntax (Liquid, Nunjucks, Hugo, Go, MDX), blanked in `masked` and `visible`. */
  templates: Template[];
  /** Read as MDX (import/export, JSX and `{…}` expressions are code). */
  mdx?: boolean;
  /** An HTML comment or code fence that is never closed: everything from `start` on is hidden. */
  unclosed?: { kind: "comment" | "fence"; start: number; marker: string };
  /** The language the policy is read in, and why. */
  language: LanguageChoice;
  /** The language pack the policy is read with (the default pack's structure for an unsupported language). */
  pack: LanguagePack;
  /** What the host told the parser about the file (setting, path), kept for re-parsing. */
  hints: LanguageHints;
}

const md = new MarkdownIt({ html: true, linkify: false });
// Only block tokens and their line maps are read here: the inline pass (emphasis, links, text
// joining) would build child tokens nobody reads, at a third of the parse time.
// markdown-it's own first step copies the whole text twice even when there is nothing to change.
md.core.ruler.disable(["normalize", "inline", "linkify", "replacements", "smartquotes", "text_join"]);

/** What markdown-it's normalize step makes of a text, copied only when it has something to change. */
function normalizeForMarkdown(src: string): string {
  return /[\r\0]/.test(src) ? src.replace(/\r\n?|\n/g, "\n").replace(/\0/g, "\uFFFD") : src;
}

/**
 * Parses a Markdown policy into sections, blocks and sentences with source offsets. Template
 * syntax is masked like HTML comments: neither prose nor missing text; a page whose path
 * (in the hints) ends in `.mdx` is read as MDX. Never throws.
 */
export function parsePolicy(text: string, hints: LanguageHints = {}): PolicyDoc {
  const mdx = /\.mdx$/i.test(hints.path ?? "");
  const lineStarts = computeLineStarts(text);
  const frontMatter = readFrontMatter(text);
  const comments: PolicyDoc["comments"] = [];
  let visible = frontMatter ? blankRange(text, frontMatter.start, frontMatter.end) : text;
  visible = blankComments(visible, comments);
  const templates = findPageTemplates(visible, mdx);
  const beforeTemplates = visible;
  const templateBlanks = templates.length ? blanksOf(visible, templates) : [];
  if (templates.length) visible = blankRanges(visible, templateBlanks);

  let tokens: ReturnType<typeof md.parse> = [];
  try {
    // a template blanked to spaces at a line's start would indent the line into a code block:
    // the Markdown parser sees each template as a run of letters instead
    const forParser = templates.length ? blankRanges(beforeTemplates, templateBlanks, "x") : visible;
    tokens = md.parse(normalizeForMarkdown(forParser), {});
  } catch {
    tokens = [];
  }
  const lineEnd = (line: number) => (line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length);
  const sections: Section[] = [];
  const blocks: Block[] = [];
  let masked = visible;
  const stack: number[] = [];
  let itemDepth = -1;
  const itemFirstPara: boolean[] = [];
  let tableHeader: string[] | undefined;
  let inHead = false;
  const codeRanges: [number, number][] = [];
  let unclosed: PolicyDoc["unclosed"];
  const contentEnd = text.trimEnd().length;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const map = t.map;
    switch (t.type) {
      case "fence":
      case "code_block":
        if (map) {
          codeRanges.push([lineStarts[map[0]], lineEnd(map[1] - 1)]);
          if (t.type === "fence" && !unclosed && !fenceClosed(text, t.markup, map, lineStarts, lineEnd, contentEnd)) unclosed = { kind: "fence", start: Math.max(lineStarts[map[0]], text.indexOf(t.markup, lineStarts[map[0]])), marker: t.markup };
        }
        break;
      case "heading_open": {
        if (!map) break;
        const level = Number(t.tag.slice(1));
        const start = lineStarts[map[0]];
        const end = lineEnd(map[1] - 1);
        // the parser saw templates as letters: the title is read from the masked line instead
        const rawTitle = templates.length ? headingText(visible.slice(start, lineEnd(map[0]))) : (tokens[i + 1]?.content ?? "").trim();
        while (stack.length && sections[stack[stack.length - 1]].level >= level) {
          sections[stack.pop()!].end = start;
        }
        const num = /^(\d+(?:\.\d+)*[.)]?)\s+/.exec(rawTitle);
        const title = rawTitle.replace(/^\d+(?:\.\d+)*[.)]?\s+/, "").replace(/[*_`]/g, "");
        const section: Section = {
          index: sections.length, level, title, start, headingEnd: end, end: text.length,
          parent: stack.length ? stack[stack.length - 1] : undefined, kinds: new Set(), number: num?.[1],
        };
        sections.push(section);
        stack.push(section.index);
        const contentStart = start + (/^\s*#{1,6}\s*/.exec(text.slice(start, end))?.[0].length ?? 0);
        blocks.push({ kind: "heading", start, end, contentStart, section: section.index, depth: 0 });
        break;
      }
      case "list_item_open":
        itemDepth++;
        itemFirstPara[itemDepth] = true;
        break;
      case "list_item_close":
        itemDepth--;
        break;
      case "paragraph_open": {
        if (!map) break;
        const start = lineStarts[map[0]];
        const end = lineEnd(map[1] - 1);
        const first = itemDepth >= 0 && itemFirstPara[itemDepth];
        if (itemDepth >= 0) itemFirstPara[itemDepth] = false;
        const prefix = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(text.slice(start, end))?.[0].length ?? 0;
        blocks.push({ kind: first ? "item" : "paragraph", start, end, contentStart: start + prefix, section: stack.length ? stack[stack.length - 1] : -1, depth: Math.max(itemDepth, 0) });
        break;
      }
      case "thead_open":
        inHead = true;
        tableHeader = [];
        break;
      case "thead_close":
        inHead = false;
        break;
      case "table_close":
        tableHeader = undefined;
        break;
      case "tr_open": {
        if (!map) break;
        const start = lineStarts[map[0]];
        const end = lineEnd(map[0]);
        const cells = splitCells(text, start, end);
        if (inHead && tableHeader) for (const [s, e] of cells) tableHeader.push(text.slice(s, e).replace(/[*_`]/g, "").trim());
        blocks.push({ kind: inHead ? "header-row" : "row", start, end, contentStart: cells[0]?.[0] ?? start, section: stack.length ? stack[stack.length - 1] : -1, cells, header: tableHeader, depth: 0 });
        break;
      }
    }
  }
  for (const s of stack) sections[s].end = text.length;
  // code blocks are blanked in one copy of the text, not one copy each
  masked = blankCodeSpans(blankRanges(masked, codeRanges), blocks);
  if (templates.length) markCode(templates, beforeTemplates, blankCodeSpans(blankRanges(beforeTemplates, codeRanges), blocks));
  // nothing in the body decides the language unless the detector reads it
  let reach = 0;
  const language = chooseLanguage(frontMatter?.data, hints, () => {
    const found = detectLanguageWithReach(masked);
    reach = found.reach;
    return found.code;
  });
  const pack = packOf(language);
  for (const s of sections) s.kinds = classifyHeading(s.title, pack);
  for (const s of sections) inheritKinds(s, sections);
  // sections of the same kinds share one set (never changed after this): the model of every open policy is kept
  const pool = new Map<string, Set<SectionKind>>();
  for (const s of sections) s.kinds = sharedKinds(pool, s.kinds);

  const sentences: Sentence[] = [];
  blocks.forEach((b, bi) => {
    if (b.kind === "row" || b.kind === "header-row" || b.kind === "heading") sentences.push({ start: b.contentStart, end: b.end, block: bi });
    else for (const [s, e] of splitSentences(masked, b.contentStart, b.end, pack.sentences.abbreviations)) sentences.push({ start: s, end: e, block: bi });
  });

  // a comment shown inside a code block is an example, not a directive
  const realComments = codeRanges.length ? comments.filter((c) => !codeRanges.some(([s, e]) => c.start >= s && c.start < e)) : comments;
  const openComment = realComments.find((c) => c.end === text.length && !text.endsWith("-->"));
  if (openComment && (!unclosed || openComment.start < unclosed.start)) unclosed = { kind: "comment", start: openComment.start, marker: "<!--" };
  const doc: PolicyDoc = { text, masked, visible, frontMatter, sections, blocks, sentences, links: findLinks(masked), comments: realComments, lineStarts, templates, ...(mdx ? { mdx: true } : {}), ...(unclosed ? { unclosed } : {}), language, pack, hints };
  languageReach.set(doc, reach);
  return doc;
}

/**
 * How far into a parsed policy's masked text its language choice read: an edit that starts at
 * or after this offset cannot change the language (the re-parser then skips the detector).
 */
export const languageReach = new WeakMap<PolicyDoc, number>();

/** An ATX heading line's text: without the opening #s and an optional closing run of #s. */
function headingText(line: string): string {
  const body = line.replace(/^[ \t]*#{1,6}(?=[ \t]|$)/, "").trimEnd();
  let cut = body.length;
  while (cut > 0 && body.charCodeAt(cut - 1) === 35 /* # */) cut--;
  const bare = body.slice(0, cut);
  return (bare !== body && (bare === "" || /[ \t]$/.test(bare)) ? bare : body).trim();
}

/**
 * The template ranges to blank, less the e-mail addresses written in them: a shortcode or include
 * such as `{{< cloakemail address="hi@…" >}}` shows its reader that address.
 */
function blanksOf(text: string, templates: Template[]): [number, number][] {
  const out: [number, number][] = [];
  for (const t of templates) {
    let from = t.start;
    // read within the template only: lastIndexOf would run back to the start of the page
    let at = false;
    for (let i = t.start; i < t.end && !at; i++) at = text.charCodeAt(i) === 64;
    if (at) {
      for (const a of findAddresses(text.slice(t.start, t.end))) {
        out.push([from, t.start + a.start]);
        from = t.start + a.end;
      }
    }
    out.push([from, t.end]);
  }
  return out;
}

/** Flags the templates shown inside code (an example, not a value the page is missing). */
function markCode(templates: Template[], shown: string, codeBlanked: string) {
  for (const t of templates) if (codeBlanked.charCodeAt(t.start) !== shown.charCodeAt(t.start)) t.inCode = true;
}

/** Liquid, Nunjucks, Hugo and Go templates, and for MDX its ESM, JSX and expressions, in text order. */
function findPageTemplates(visible: string, mdx?: boolean): Template[] {
  const found = findTemplates(visible);
  if (!mdx) return found;
  const jsx = findMdx(visible) ?? findMdxLoosely(visible);
  // a Liquid construct inside an MDX expression is part of that expression
  const merged = [...jsx, ...found.filter((t) => !jsx.some((j) => t.start < j.end && t.end > j.start))];
  return merged.sort((a, b) => a.start - b.start);
}

/** Whether a fence has its closing line, or was cut short by the end of the document. */
function fenceClosed(text: string, markup: string, map: [number, number], lineStarts: number[], lineEnd: (line: number) => number, contentEnd: number): boolean {
  const last = map[1] - 1;
  if (lineEnd(last) < contentEnd) return true; // ended by its container, not by the document
  if (last <= map[0]) return false;
  const line = text.slice(lineStarts[last], lineEnd(last)).replace(/^[\s>]*/, "").trimEnd();
  return line.length >= markup.length && /^(?:`+|~+)$/.test(line) && line[0] === markup[0];
}

/** A subsection of a recipients section is about recipients too, unless its own heading says otherwise. */
function inheritKinds(s: Section, all: Section[]) {
  if (s.kinds.size || s.parent === undefined) return;
  for (const k of all[s.parent].kinds) s.kinds.add(k);
}

/** Offsets where lines start; \r\n, \n and a lone \r each end a line, as in markdown-it and LSP. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) starts.push(text.charCodeAt(i + 1) === 10 ? ++i + 1 : i + 1);
  }
  return starts;
}

export function splitCells(text: string, start: number, end: number): [number, number][] {
  const cells: [number, number][] = [];
  let s = start;
  const line = text.slice(start, end);
  const lead = /^\s*\|?/.exec(line)![0].length;
  s = start + lead;
  for (let i = s; i <= end; i++) {
    const ch = i < end ? text[i] : "|";
    if (ch === "\\") { i++; continue; }
    if (ch === "|") {
      let a = s;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (i < end || b > a) cells.push([a, b]);
      s = i + 1;
    }
  }
  // kept with the block for as long as the policy is open: a list grown by push holds room for 16 more
  return cells.slice();
}

const LINK_RE = /\]\(\s*<?([^\s)>[\]]+)>?(?:\s+"[^"]*")?\s*\)|<((?:https?|mailto):[^\s<>]+)>|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?|\bhttps?:\/\/[^\s<>()\]]+/gm;

export function findLinks(masked: string): Link[] {
  const out: Link[] = [];
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(masked); m; m = LINK_RE.exec(masked)) {
    out.push({ href: (m[1] ?? m[2] ?? m[3] ?? m[0]).replace(/(?<![.,;:])[.,;:]+$/, ""), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** 0-based line and UTF-16 column of an offset. */
export function positionAt(doc: { lineStarts: number[] }, offset: number): { line: number; character: number } {
  const starts = doc.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
