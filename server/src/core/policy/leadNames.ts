import type { LanguagePack } from "../packs/index";
import { parseDate } from "./dates";
import { memoFor, perBlock } from "./memo";
import type { PolicyDoc } from "./parse";

/** The name a list item or table row in a recipients section starts with. */
export interface LeadName {
  name: string;
  start: number;
  end: number;
  block: number;
}

const CONNECTOR = /^(?:&|of|and|de|du|und|van|der|für)$/i;
/** What sets a name off from the text after it: a dash, colon, bracket, comma, emphasis, full stop or the end. */
const DELIMITED = /^\s*(?:[—–:(,;]|-\s|\*\*|__|\.(?:\s|$)|$)/;
const WORD_RE = /^[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*(?:\.[\p{L}\p{N}]+)*/u;

/**
 * Leading names of the list items and table rows of recipients sections. A label such as
 * "**Hosting:** AWS" is skipped in favour of the name after it.
 */
export function leadNames(doc: PolicyDoc, inRecipients: (block: number) => boolean, exclude: (name: string) => boolean): LeadName[] {
  const out: LeadName[] = [];
  const { pack } = doc;
  const words = pack.recipients;
  const memo = memoFor<{ span: number; lead: Lead | undefined }>(pack, "lead name", 1024);
  doc.blocks.forEach((b, bi) => {
    if ((b.kind !== "item" && b.kind !== "row") || !inRecipients(bi)) return;
    // what is read: the name's text and the few characters after it that tell whether the name ends there
    const known = perBlock(doc, bi, "lead name", () => {
      let start = b.contentStart;
      let end = b.end;
      if (b.kind === "row") {
        const cell = b.cells?.[nameColumn(b.header, words.nameHeader)];
        if (!cell) return NO_LEAD;
        [start, end] = cell;
      }
      const text = doc.masked.slice(start, end + LOOK_PAST);
      let k = memo.get(text);
      if (k?.span !== end - start) {
        const lead = leadAt(text, 0, end - start, words);
        memo.set(text, (k = { span: end - start, lead: lead && !isDate(lead.name, pack) ? lead : undefined }));
      }
      // offsets from the block's start, which the block keeps while text above it grows or shrinks
      return k.lead ? { name: k.lead.name, start: k.lead.start + start - b.start, end: k.lead.end + start - b.start, label: k.lead.label } : NO_LEAD;
    });
    // a label that is itself a known name heads an item about that service, not a category of names
    if (known !== NO_LEAD && !exclude(known.name) && !(known.label && exclude(known.label))) out.push({ name: known.name, start: known.start + b.start, end: known.end + b.start, block: bi });
  });
  return out;
}

/** `label`: the bold label before the name ("**Payments:** Stripe"), when it reads as a name too. */
type Lead = { name: string; start: number; end: number; label?: string };

const NO_LEAD: Lead = { name: "", start: 0, end: 0 };

/** How far past the end of its cell or item leadAt reads (the delimiter after a name). */
const LOOK_PAST = 4;

function nameColumn(header: string[] | undefined, nameHeader: RegExp): number {
  if (!header) return 0;
  const i = header.findIndex((h) => nameHeader.test(h));
  return i >= 0 ? i : 0;
}

type Words = LanguagePack["recipients"];

function leadAt(text: string, start: number, end: number, words: Words): Lead | undefined {
  let i = start;
  const skip = (re: RegExp) => {
    const m = re.exec(text.slice(i, Math.min(end, i + 40)));
    if (m) i += m[0].length;
  };
  skip(/^\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})\)\s*/i);
  const boldOpen = /^(\*\*|__)/.exec(text.slice(i, i + 2))?.[1];
  if (boldOpen) {
    const close = text.indexOf(boldOpen, i + 2);
    if (close < 0 || close > end) return undefined;
    const inner = text.slice(i + 2, close).trim();
    const afterBold = text.slice(close + 2, Math.min(end, close + 6));
    if (inner.endsWith(":") || /^\s*:/.test(afterBold)) {
      // an attribute of the processor above ("**Server location:** Frankfurt"): no recipient here
      if (words.attributeLabel.test(inner.endsWith(":") ? inner.slice(0, -1).trimEnd() : inner)) return undefined;
      // a category label: the name follows it; unless the label is itself a known name
      // ("**Google Analytics 4:** Uses JavaScript tags …"), which the caller decides
      const label = run(text, i + 2, close, false, words);
      i = close + 2;
      skip(/^\s*:?\s*/);
      const r = run(text, i, end, true, words);
      return r && label ? { ...r, label: label.name } : r;
    }
    const r = run(text, i + 2, close, false, words);
    return r && r.name === inner.replace(/(?<![.'’-])[.'’-]+$/, "") ? r : undefined;
  }
  const r = run(text, i, end, true, words);
  if (!r) return undefined;
  const after = text.slice(r.end, r.end + 4);
  if (/^\s*:/.test(after) && words.attributeLabel.test(r.name)) return undefined;
  if (/^\s*:\s*[\p{Lu}]/u.test(after)) return run(text, r.end + /^\s*:\s*/.exec(text.slice(r.end))![0].length, end, true, words);
  // "Meeting legal obligations": an activity that goes on in prose, not a name set off by a delimiter
  if (words.activity.test(r.name.split(" ")[0]) && !DELIMITED.test(after)) return undefined;
  return r;
}

/** A run of capitalised words; a single word must stand alone (followed by a delimiter). */
function run(text: string, start: number, end: number, needDelimiter: boolean, { stopFirst, generic }: Words) {
  const words: string[] = [];
  let i = start;
  let last = start;
  while (i < end) {
    const rest = text.slice(i, Math.min(end, i + 60));
    const w = WORD_RE.exec(rest)?.[0] ?? (/^(?:&|(?:of|and|de|und|van|der)\b)/.exec(rest)?.[0]);
    if (!w) break;
    if (CONNECTOR.test(w) && !/^\s+[\p{Lu}]/u.test(text.slice(i + w.length, i + w.length + 3))) break;
    words.push(w);
    i += w.length;
    last = i;
    const gap = /^[ \t]+/.exec(text.slice(i, i + 4))?.[0] ?? "";
    if (!gap) break;
    i += gap.length;
  }
  while (words.length && CONNECTOR.test(words[words.length - 1])) words.pop();
  if (!words.length) return undefined;
  const name = words.join(" ").replace(/(?<![.'’-])[.'’-]+$/, "");
  if (stopFirst.has(words[0].toLowerCase())) return undefined;
  // connectors and the "s" of a possessive are not words of a name ("Third-Party Service Providers and Partners", "Customer's Instructions")
  const tokens = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1 && !CONNECTOR.test(t));
  if (!tokens.length || tokens.every((t) => generic.has(t))) return undefined;
  if (!/\p{L}/u.test(name) || name.length < 2) return undefined;
  const after = text.slice(last, Math.min(end, last + 4));
  if (words.length === 1 && needDelimiter && !(after === "" || DELIMITED.test(after))) return undefined;
  return { name, start, end: start + name.length };
}

/** A changelog entry ("- 3 November 2024: added ...") leads with a date, not a recipient. */
function isDate(name: string, pack: LanguagePack): boolean {
  const date = parseDate(name, pack);
  return !!date && date.index === 0 && date.length >= name.length - 1;
}
