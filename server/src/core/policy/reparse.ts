import { findLinks, languageReach, parsePolicy, splitCells, type Block, type PolicyDoc, type Sentence } from "./parse";
import { linked, linkVersions } from "./memo";
import { splitSentences } from "./sentences";
import { chooseLanguage } from "../packs/choose";
import { detectLanguageWithReach } from "../packs/detect";

/** Characters an in-place edit may not add or remove: they can change blocks, cells, code or comments. */
const STRUCTURAL = /[\r\n\t|`<>\\\0{}]/;
const CHUNK = 1024;

/**
 * The parsed policy for `text`, given the document parsed from the text before one edit: the
 * same as parsePolicy(text), without parsing the Markdown again when the edit cannot change
 * the block structure (typing inside a sentence or a table cell: no line breaks, pipes,
 * backticks, angle brackets or backslashes, after a letter on the same line, in a paragraph,
 * list item or table row with no code or comment). Anything else is parsed from scratch.
 */
export function reparsePolicy(prev: PolicyDoc, text: string): PolicyDoc {
  const next = reparse(prev, text);
  // a version parsed from scratch takes its predecessor's place among the documents that keep stages
  if (next !== prev && !linked(next)) linkVersions(prev, next);
  return next;
}

function reparse(prev: PolicyDoc, text: string): PolicyDoc {
  const old = prev.text;
  if (old === text) return prev;
  if (prev.unclosed || prev.mdx || prev.templates.length) return parsePolicy(text, prev.hints);
  // the common start and end, compared a kilobyte at a time and then character by character
  const max = Math.min(old.length, text.length);
  let a = 0;
  while (a + CHUNK <= max && old.slice(a, a + CHUNK) === text.slice(a, a + CHUNK)) a += CHUNK;
  while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  let q = 0;
  while (q + CHUNK <= max - a && old.slice(old.length - q - CHUNK, old.length - q) === text.slice(text.length - q - CHUNK, text.length - q)) q += CHUNK;
  while (q < max - a && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  const b = old.length - q;
  const inserted = text.slice(a, text.length - q);
  if (STRUCTURAL.test(inserted) || STRUCTURAL.test(old.slice(a, b))) return parsePolicy(text, prev.hints);
  const bi = blockAt(prev.blocks, a);
  const block = prev.blocks[bi];
  if (!block || (block.kind !== "paragraph" && block.kind !== "item" && block.kind !== "row") || b > block.end || a <= block.contentStart) return parsePolicy(text, prev.hints);
  const body = old.slice(block.start, block.end);
  // code spans, comments, HTML and pipes (a paragraph that could become a table) are left to the parser,
  // as is a block that starts like a link reference definition ("[label]: url")
  if (/[`<{]/.test(body) || (block.kind !== "row" && body.includes("|")) || old[block.contentStart] === "[") return parsePolicy(text, prev.hints);
  // a letter before the edit on its line keeps the line from turning into another block's start
  const lineStart = Math.max(old.lastIndexOf("\n", a - 1), old.lastIndexOf("\r", a - 1)) + 1;
  if (!/[A-Za-z]/.test(old.slice(Math.max(lineStart, block.contentStart), a))) return parsePolicy(text, prev.hints);
  if (prev.frontMatter && a < prev.frontMatter.end) return parsePolicy(text, prev.hints);

  const delta = text.length - old.length;
  const at = (x: number) => (x >= b ? x + delta : x);
  const splice = (s: string) => (s === old ? text : s.slice(0, a) + inserted + s.slice(b));
  const masked = splice(prev.masked);
  // an edit near the top can change what the detector reads; a new language means a new pack
  const before = languageReach.get(prev);
  let reach = before ?? Infinity;
  if (before === undefined || a < before) {
    reach = 0;
    const language = chooseLanguage(prev.frontMatter?.data, prev.hints, () => {
      const found = detectLanguageWithReach(masked);
      reach = found.reach;
      return found.code;
    });
    if (language.code !== prev.language.code || language.reason !== prev.language.reason) return parsePolicy(text, prev.hints);
  }
  const visible = splice(prev.visible);
  const blocks = prev.blocks.map((x, i): Block => {
    if (i < bi) return x;
    if (i > bi) return { ...x, start: at(x.start), end: at(x.end), contentStart: at(x.contentStart), ...(x.cells ? { cells: x.cells.map(([s, e]): [number, number] => [at(s), at(e)]) } : {}) };
    if (x.kind !== "row") return { ...x, end: at(x.end) };
    const cells = splitCells(text, x.start, at(x.end));
    return { ...x, end: at(x.end), contentStart: cells[0]?.[0] ?? x.start, cells };
  });
  const edited = blocks[bi];
  const sentences: Sentence[] = prev.sentences.filter((s) => s.block < bi);
  const from = sentences.length;
  if (edited.kind === "row") sentences.push({ start: edited.contentStart, end: edited.end, block: bi });
  else for (const [s, e] of splitSentences(masked, edited.contentStart, edited.end, prev.pack.sentences.abbreviations)) sentences.push({ start: s, end: e, block: bi });
  const to = sentences.length;
  let after = from;
  while (after < prev.sentences.length && prev.sentences[after].block <= bi) after++;
  for (const s of prev.sentences) if (s.block > bi) sentences.push({ start: at(s.start), end: at(s.end), block: s.block });
  const doc: PolicyDoc = {
    text,
    masked,
    visible,
    frontMatter: prev.frontMatter,
    sections: prev.sections.map((s) => ({ ...s, start: at(s.start), headingEnd: at(s.headingEnd), end: at(s.end) })),
    blocks,
    sentences,
    links: findLinks(masked),
    comments: prev.comments.map((c) => (c.start >= b ? { ...c, start: c.start + delta, end: c.end + delta } : c)),
    lineStarts: prev.lineStarts.map(at),
    templates: [],
    language: prev.language,
    pack: prev.pack,
    hints: prev.hints,
  };
  // what was read from the sentences and blocks outside the edited block carries over to this version
  linkVersions(prev, doc, { start: a, end: b, delta, sentences: { from, to, shift: after - to }, blocks: { from: Math.max(0, bi - 1), to: bi + 1 } });
  languageReach.set(doc, reach);
  return doc;
}

/** The index of the block whose range holds `offset` (blocks are in text order), or -1. */
function blockAt(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end < offset) lo = mid + 1;
    else if (blocks[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
