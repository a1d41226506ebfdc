/**
 * HTML tables inside a Markdown policy (`<table>` blocks pasted from a consent tool), read with
 * htmlparser2: rows, cells with their source offsets, colspan and rowspan, the caption.
 */
import { Parser } from "htmlparser2";
import type { PolicyDoc } from "../policy/parse";

export interface HtmlRow {
  /** Cell content ranges in the policy text, by column (a spanned cell repeats its range). */
  cells: [number, number][];
}

export interface HtmlTable {
  start: number;
  end: number;
  headings: string[];
  rows: HtmlRow[];
  caption?: string;
  /** Where a new row goes: before `</tbody>` or `</table>`. */
  insertAt: number;
}

const MAX_TABLES = 50;

/** Every `<table>` of the policy (outside comments and code), at most 50. */
/** /<table\b/i.test(text), looking only at the "<"s (a case-insensitive regex reads every character of a long policy). */
function hasTableTag(text: string): boolean {
  for (let i = text.indexOf("<"); i >= 0; i = text.indexOf("<", i + 1)) {
    if (text.slice(i + 1, i + 6).toLowerCase() === "table" && !/\w/.test(text[i + 6] ?? "")) return true;
  }
  return false;
}

export function readHtmlTables(doc: PolicyDoc): HtmlTable[] {
  const text = doc.masked;
  if (!hasTableTag(text)) return [];
  const out: HtmlTable[] = [];
  const lowerText = text.toLowerCase();
  let from = 0;
  while (out.length < MAX_TABLES) {
    const start = lowerText.indexOf("<table", from);
    if (start < 0) break;
    let end = lowerText.indexOf("</table>", start);
    end = end < 0 ? text.length : end + 8;
    out.push(parseTable(doc.text, start, end));
    from = end;
  }
  return out;
}

function parseTable(text: string, start: number, end: number): HtmlTable {
  const src = text.slice(start, end);
  const rows: { cells: [number, number][]; head: boolean }[] = [];
  let row: { cells: [number, number][]; head: boolean } | undefined;
  let cell: { start: number; span: number; rows: number; head: boolean } | undefined;
  let inHead = false;
  let caption: { start: number } | undefined;
  let captionText: string | undefined;
  let insertAt = end;
  // rowspan carry: column -> [range, rows left]
  const carry = new Map<number, [[number, number], number]>();
  const placeCarried = (r: { cells: [number, number][] }) => {
    for (;;) {
      const c = carry.get(r.cells.length);
      if (!c) return;
      r.cells.push(c[0]);
      if (--c[1] <= 0) carry.delete(r.cells.length - 1);
    }
  };
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name === "thead") inHead = true;
      else if (name === "tr") {
        row = { cells: [], head: inHead };
        rows.push(row);
      } else if ((name === "td" || name === "th") && row) {
        placeCarried(row);
        const span = Math.min(Math.max(Number(attribs.colspan) || 1, 1), 50);
        const rs = Math.min(Math.max(Number(attribs.rowspan) || 1, 1), 5000);
        cell = { start: start + parser.endIndex + 1, span, rows: rs, head: name === "th" };
      } else if (name === "caption") caption = { start: start + parser.endIndex + 1 };
    },
    onclosetag(name) {
      if (name === "thead") inHead = false;
      else if ((name === "td" || name === "th") && cell && row) {
        const range = trim(text, cell.start, start + parser.startIndex);
        for (let k = 0; k < cell.span; k++) {
          if (cell.rows > 1) carry.set(row.cells.length, [range, cell.rows - 1]);
          row.cells.push(range);
        }
        if (!cell.head) row.head = false;
        else if (row.cells.length === cell.span) row.head = true;
        cell = undefined;
      } else if (name === "tr" && row) {
        placeCarried(row);
        row = undefined;
      } else if (name === "caption" && caption) {
        captionText = text.slice(caption.start, start + parser.startIndex).replace(/<[^>]{0,200}>/g, " ").trim();
        caption = undefined;
      } else if (name === "tbody") insertAt = start + parser.startIndex;
    },
  }, { decodeEntities: false, lowerCaseTags: true });
  parser.write(src);
  parser.end();
  const headRow = rows.find((r) => r.head) ?? undefined;
  const headings = headRow ? headRow.cells.map(([s, e]) => plain(text.slice(s, e))) : [];
  if (insertAt === end) insertAt = Math.max(start, end - 8);
  return { start, end, headings, rows: rows.filter((r) => r !== headRow && r.cells.length), caption: captionText, insertAt };
}

function trim(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

function plain(html: string): string {
  return html.replace(/<[^>]{0,200}>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim();
}
