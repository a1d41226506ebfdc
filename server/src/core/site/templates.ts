/**
 * Template syntax in a page: what a site generator replaces or removes before anyone reads
 * the page. Liquid (Jekyll) and Nunjucks (Eleventy) tags `{% … %}` and outputs `{{ … }}`,
 * their comments (`{% comment %}…{% endcomment %}`, `{# … #}`), Hugo shortcodes `{{< … >}}`
 * and `{{% … %}}`, and Go template actions `{{ … }}`. Found with offsets into the page so
 * that masking keeps every other offset where it was.
 */

export type TemplateKind =
  /** `{{ site.email }}`: an output whose value the reader sees. */
  | "output"
  /** `{% if %}`, `{{ end }}`, `{% include x %}`: control flow and includes. */
  | "tag"
  /** `{{< param "x" >}}`, `{{% notice %}}`: a Hugo shortcode. */
  | "shortcode"
  /** Text a generator drops entirely: a Liquid or Nunjucks comment, a Go comment. */
  | "comment"
  /** MDX: `import`/`export` lines, JSX tags and `{…}` expressions. */
  | "mdx";

export interface Template {
  kind: TemplateKind;
  start: number;
  end: number;
  /** The inside, trimmed and without whitespace-control dashes: `site.email | downcase`, `include x.md`, `param "email"`. */
  body: string;
  /** Inside a code block or code span: shown as an example. */
  inCode?: boolean;
}

/** Longest template we read as one; anything longer is prose that happens to hold a brace. */
const MAX_TEMPLATE = 2000;
/** Go template actions that are control flow, not output. */
const GO_CONTROL = /^(?:if|else|end|with|range|define|block|template|partial|partialCached|break|continue|return|\/\*)\b|^[$\w.]*\s*:?=/;

/**
 * Every template construct in `text`, in order, not overlapping. Never throws. Unclosed
 * openers are left alone (they are prose, and the placeholder rule's business).
 */
export function findTemplates(text: string): Template[] {
  const out: Template[] = [];
  if (text.indexOf("{{") < 0 && text.indexOf("{%") < 0 && text.indexOf("{#") < 0) return out;
  let i = 0;
  for (;;) {
    const at = text.indexOf("{", i);
    if (at < 0 || at + 1 >= text.length) break;
    const next = text[at + 1];
    const t = next === "{" ? readOutput(text, at) : next === "%" ? readTag(text, at) : next === "#" ? readHashComment(text, at) : undefined;
    if (!t) {
      i = at + 1;
      continue;
    }
    out.push(t);
    i = t.end;
    if (t.kind === "tag" && /^raw\b/.test(t.body)) {
      // the text of a raw block is shown as written: skip to its end tag
      const end = /\{%-?\s*endraw\s*-?%\}/g;
      end.lastIndex = i;
      const m = end.exec(text);
      if (m) {
        out.push({ kind: "tag", start: m.index, end: m.index + m[0].length, body: "endraw" });
        i = m.index + m[0].length;
      }
    }
  }
  return out;
}

/** Where `closer` ends a construct opened before `from`; -1 when it is too far or a blank line comes first (then it was prose). */
function close(text: string, from: number, closer: string): number {
  const j = text.indexOf(closer, from);
  if (j < 0 || j - from > MAX_TEMPLATE) return -1;
  return /\n[ \t]*\r?\n/.test(text.slice(from, j)) ? -1 : j;
}

const inner = (s: string) => s.replace(/^-/, "").replace(/-$/, "").trim();

function readOutput(text: string, at: number): Template | undefined {
  const third = text[at + 2];
  if (third === "<" || third === "%") {
    // Hugo shortcode: {{< name args >}} or {{% name args %}} (and the commented {{</* … */>}})
    const closer = `${third === "<" ? ">" : "%"}}}`;
    const j = close(text, at + 3, closer);
    if (j < 0) return undefined;
    const body = text.slice(at + 3, j).replace(/^\/\*|\*\/$/g, "").trim();
    return { kind: "shortcode", start: at, end: j + 3, body };
  }
  const j = close(text, at + 2, "}}");
  if (j < 0) return undefined;
  const body = inner(text.slice(at + 2, j));
  if (!body) return undefined;
  if (body.startsWith("/*")) return { kind: "comment", start: at, end: j + 2, body };
  return { kind: GO_CONTROL.test(body) ? "tag" : "output", start: at, end: j + 2, body };
}

function readTag(text: string, at: number): Template | undefined {
  const j = close(text, at + 2, "%}");
  if (j < 0) return undefined;
  const body = inner(text.slice(at + 2, j));
  const name = /^\w+/.exec(body)?.[0];
  if (name === "comment") {
    // a comment hides everything up to its end tag
    const end = /\{%-?\s*endcomment\s*-?%\}/g;
    end.lastIndex = j + 2;
    const m = end.exec(text);
    return { kind: "comment", start: at, end: m ? m.index + m[0].length : j + 2, body };
  }
  return { kind: "tag", start: at, end: j + 2, body };
}

function readHashComment(text: string, at: number): Template | undefined {
  const j = close(text, at + 2, "#}");
  if (j < 0) return undefined;
  return { kind: "comment", start: at, end: j + 2, body: text.slice(at + 2, j).trim() };
}

