/**
 * Raw HTML in a policy, through sanitize-html (htmlparser2 underneath): an allowlist of tags
 * and attributes, disallowed tags shown as text, no script, handler, style, frame, form or
 * meta. Our own part is the policy on top: which tags in a line or a block, what each
 * attribute's value may be, and links limited to http(s), mailto, relative paths and fragments.
 */
import sanitizeHtml from "sanitize-html";
import { linkKind } from "./html";

const INLINE_TAGS = ["a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr"];
const BLOCK_TAGS = ["address", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr"];
const INLINE = new Set(INLINE_TAGS);

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
const ALLOWED_ATTRIBUTES: Record<string, string[]> = { "*": Object.keys(ANY_TAG) };
for (const [tag, checks] of Object.entries(PER_TAG)) ALLOWED_ATTRIBUTES[tag] = Object.keys(checks);

/** Keeps the attributes whose values pass their check, normalised; `strip` cleans a value first. */
function checkAttributes(tag: string, attribs: sanitizeHtml.Attributes, strip: (s: string) => string): sanitizeHtml.Attributes {
  const out: sanitizeHtml.Attributes = {};
  for (const [key, raw] of Object.entries(attribs)) {
    const own = PER_TAG[tag];
    const check = own && Object.hasOwn(own, key) ? own[key] : Object.hasOwn(ANY_TAG, key) ? ANY_TAG[key] : undefined;
    const value = check?.(strip(raw));
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export interface SanitizeHooks {
  /** Turns a piece of (already escaped) text into HTML, e.g. to place marks in it. */
  text?: (escaped: string) => string;
  /** Cleans an attribute value or a tag's text before it is checked (marks' boundary characters). */
  strip?: (s: string) => string;
}

/**
 * Sanitises one scope of raw HTML (an HTML block, or the skeleton of one paragraph's inline
 * HTML): tags outside the scope's allowlist are shown as text, open tags are closed at the end.
 */
export function sanitizeHtmlScope(html: string, scope: "block" | "inline", hooks: SanitizeHooks = {}): string {
  const strip = hooks.strip ?? ((s: string) => s);
  return sanitizeHtml(html, {
    allowedTags: scope === "block" ? [...INLINE_TAGS, ...BLOCK_TAGS] : INLINE_TAGS,
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesAppliedToAttributes: ["href", "src", "cite", "action", "formaction", "data", "xlink:href", "poster", "background"],
    allowProtocolRelative: false,
    disallowedTagsMode: "escape",
    // script, style and textarea content is shown as text like the tags around it, never run
    nonTextTags: [],
    parseStyleAttributes: false,
    transformTags: { "*": (tagName, attribs) => ({ tagName, attribs: checkAttributes(tagName, attribs, strip) }) },
    ...(hooks.text ? { textFilter: (text: string) => hooks.text!(text) } : {}),
  });
}

/** Whether a closing tag (`</div>`) closes nothing an inline scope may open: it then stays text. */
export function strayInlineClose(tag: string): boolean {
  const m = /^<\/([A-Za-z][A-Za-z0-9-]*)/.exec(tag);
  return !!m && !INLINE.has(m[1].toLowerCase());
}
