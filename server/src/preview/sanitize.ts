/**
 * The allowlist sanitizer for raw HTML in a policy. Raw HTML is never passed through: an
 * allowed tag is rebuilt from its checked attributes, anything else is shown as text, so no
 * script, handler, style, frame, form or meta ever reaches the DOM.
 */
import { escapeHtml, escapeRawText, linkKind } from "./html";

const INLINE_TAGS = ["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"];
const BLOCK_TAGS = ["address", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"];
const INLINE = new Set(INLINE_TAGS);
const BLOCK = new Set([...INLINE_TAGS, ...BLOCK_TAGS]);
const VOID = new Set(["br", "hr", "wbr"]);

type Check = (value: string) => string | undefined;
const oneOf = (...vs: string[]): Check => (v) => (vs.includes(v.toLowerCase()) ? v.toLowerCase() : undefined);
const number: Check = (v) => (/^\d{1,4}$/.test(v.trim()) ? String(Number(v)) : undefined);
const flag: Check = () => "";
const ANY_TAG: Record<string, Check> = {
  title: (v) => v,
  lang: (v) => (/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(v) ? v : undefined),
  dir: oneOf("ltr", "rtl", "auto"),
  // ids keep in-page links working; "pw-" is the preview's own namespace
  id: (v) => (/^(?!pw-)[A-Za-z][\w.:-]{0,63}$/.test(v) ? v : undefined),
};
const PER_TAG: Record<string, Record<string, Check>> = {
  a: { href: (v) => (linkKind(v) ? v.trim() : undefined) },
  ol: { start: number, reversed: flag },
  td: { colspan: number, rowspan: number, align: oneOf("left", "center", "right") },
  th: { colspan: number, rowspan: number, align: oneOf("left", "center", "right"), scope: oneOf("row", "col") },
  time: { datetime: (v) => (/^[\d\-:T.+Z ]{4,40}$/.test(v) ? v : undefined) },
  details: { open: flag },
};

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function decodeEntities(s: string): string {
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== "#") return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e];
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  });
}

/**
 * Rebuilds raw HTML from allowed tags and attributes, keeping open and close tags balanced
 * within one scope (an HTML block, or one paragraph's inline HTML). Stateful: feed the pieces
 * of one scope in order, then call `close()`.
 */
export class HtmlSanitizer {
  private readonly open: string[] = [];
  private readonly allowed: Set<string>;

  constructor(context: "block" | "inline", private readonly text: (s: string) => string = escapeRawText) {
    this.allowed = context === "block" ? BLOCK : INLINE;
  }

  feed(html: string): string {
    let out = "";
    let last = 0;
    TAG.lastIndex = 0;
    for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
      out += this.text(html.slice(last, m.index));
      last = m.index + m[0].length;
      if (m[0].startsWith("<!--")) continue;
      const name = m[2].toLowerCase();
      if (!this.allowed.has(name)) {
        out += this.text(m[0]);
        continue;
      }
      if (m[1]) out += this.closeTag(name);
      else out += this.openTag(name, m[3]);
    }
    return out + this.text(html.slice(last));
  }

  close(): string {
    let out = "";
    while (this.open.length) out += `</${this.open.pop()}>`;
    return out;
  }

  private openTag(name: string, attrs: string): string {
    let out = `<${name}`;
    const checks = { ...ANY_TAG, ...PER_TAG[name] };
    const seen = new Set<string>();
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(attrs); a; a = ATTR.exec(attrs)) {
      const key = a[1].toLowerCase();
      const check = Object.prototype.hasOwnProperty.call(checks, key) ? checks[key] : undefined;
      if (!check || seen.has(key)) continue;
      const value = check(decodeEntities(a[2] ?? a[3] ?? a[4] ?? ""));
      if (value === undefined) continue;
      seen.add(key);
      out += value === "" && PER_TAG[name]?.[key] === flag ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`;
    }
    if (!VOID.has(name)) this.open.push(name);
    return `${out}>`;
  }

  private closeTag(name: string): string {
    if (VOID.has(name)) return "";
    const at = this.open.lastIndexOf(name);
    if (at < 0) return "";
    let out = "";
    while (this.open.length > at) out += `</${this.open.pop()}>`;
    return out;
  }
}
