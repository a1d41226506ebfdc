import type { Template } from "./templates";

type Micromark = typeof import("micromark") & { mdxjs: typeof import("micromark-extension-mdxjs").mdxjs };
let micromark: Micromark | undefined;

/** micromark and its MDX extensions, loaded when the first MDX page is read (most pages are not MDX). */
function load(): Micromark {
  if (!micromark) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require("micromark") as typeof import("micromark");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require("micromark-extension-mdxjs") as typeof import("micromark-extension-mdxjs");
    micromark = { ...core, mdxjs: ext.mdxjs };
  }
  return micromark;
}

/**
 * MDX syntax in a page: `import`/`export` blocks, JSX tags and `{…}` expressions, found by
 * micromark with its MDX extensions (the tokenizer that @mdx-js/mdx itself runs), so that
 * what MDX reads as code is exactly what we mask. The text between JSX tags stays prose, as a
 * reader sees it. Comments and front matter must already be blanked (MDX has no HTML comments).
 */
const MDX_TOKENS = new Set(["mdxjsEsm", "mdxJsxFlowTag", "mdxJsxTextTag", "mdxFlowExpression", "mdxTextExpression"]);

/** The MDX constructs of a page, or undefined when the page is not valid MDX (the caller falls back). */
export function findMdx(text: string): Template[] | undefined {
  const out: Template[] = [];
  try {
    const { parse, postprocess, preprocess, mdxjs } = load();
    const events = postprocess(parse({ extensions: [mdxjs()] }).document().write(preprocess()(text, undefined, true)));
    for (const [kind, token] of events) {
      if (kind !== "enter" || !MDX_TOKENS.has(token.type)) continue;
      const start = token.start.offset;
      const end = token.end.offset;
      if (out.length && start < out[out.length - 1].end) continue;
      out.push({ kind: "mdx", start, end, body: text.slice(start, end) });
    }
  } catch {
    return undefined;
  }
  return out;
}

/**
 * MDX constructs found line by line, for a page that micromark rejects (an unclosed tag, a
 * stray `<`): ESM lines at the start of a line, tags that look like JSX (a capital letter or a
 * closing slash), and balanced braces on one line. Less exact, never throws.
 */
export function findMdxLoosely(text: string): Template[] {
  const out: Template[] = [];
  const re = /^(?:import|export)\s[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*|<\/?[A-Z][\w.:-]*(?:\s[^<>]*)?\/?>|<\/?>|\{[^{}\n]*\}/gm;
  for (const m of text.matchAll(re)) out.push({ kind: "mdx", start: m.index, end: m.index + m[0].length, body: m[0] });
  return out;
}
