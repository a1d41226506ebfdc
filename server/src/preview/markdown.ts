import MarkdownIt, { type Options, type Renderer, type Token } from "markdown-it";
import type { MarkPlan } from "./marks";
import { SENTINEL_BASE, SENTINEL_RE } from "./marks";
import { escapeHtml, escapeRawText as escapeRaw, linkKind } from "./html";
import { sanitizeHtmlScope, strayInlineClose } from "./sanitize";
import { msg } from "../core/messages";

/** Per-render state shared by the renderer rules. */
export interface RenderEnv {
  /** Preview mode: marks, gutter markers, source lines, images as placeholders. */
  preview: boolean;
  plan?: MarkPlan;
  /** Opening tag of the mark for each boundary's active set ("" when none is active). */
  markTag?: (k: number) => string;
  /** The gutter marker for a leaf block's source lines [from, to). */
  gutter?: (from: number, to: number) => string;
  /** The last boundary passed, in document order. */
  cur: number;
  /** Owners (by index in the plan) that got at least one marked piece. */
  placed: Set<number>;
  slugs: Map<string, number>;
  pendingGutter?: string;
}

// slots for the rendered Markdown between inline HTML tags: a noncharacter no tag keeps
const SLOT = "\ufdd0";
const SLOT_CHARS = /\ufdd0/g;
const SLOT_RE = /\ufdd0(\d{1,7})\ufdd0/g;
const keep = (s: string) => s;

const strip = (s: string) => s.replace(SENTINEL_RE, "");

/** Escapes a text piece by piece, wrapping each piece in the mark of the boundaries before it. */
export function markText(s: string, env: RenderEnv, escape: (s: string) => string = escapeHtml): string {
  if (!env.plan) return escape(strip(s));
  let out = "";
  let last = 0;
  const plan = env.plan;
  const emit = (piece: string) => {
    if (!piece) return;
    const tag = env.cur >= 0 ? env.markTag!(env.cur) : "";
    if (!tag) {
      out += escape(piece);
      return;
    }
    // the first piece of each mark carries its anchor, for links from the tables
    for (const o of plan.active[env.cur]) {
      if (env.placed.has(o)) continue;
      env.placed.add(o);
      out += `<span class="pw-anchor" id="pw-${plan.owners[o].kind}-${plan.owners[o].id}"></span>`;
    }
    out += `${tag}${escape(piece)}</mark>`;
  };
  SENTINEL_RE.lastIndex = 0;
  for (let m = SENTINEL_RE.exec(s); m; m = SENTINEL_RE.exec(s)) {
    emit(s.slice(last, m.index));
    env.cur = m[0].charCodeAt(0) - SENTINEL_BASE;
    last = m.index + 1;
  }
  emit(s.slice(last));
  return out;
}

/** Drops boundary characters from a string that is not shown as text, keeping the position current. */
function pass(s: string, env: RenderEnv): string {
  SENTINEL_RE.lastIndex = 0;
  let m;
  while ((m = SENTINEL_RE.exec(s))) env.cur = m[0].charCodeAt(0) - SENTINEL_BASE;
  return strip(s);
}

/** GitHub-style heading ids, so that "#who-we-are" links work in the preview and the published page. */
function slug(tokens: Token[] | null, env: RenderEnv): string {
  const text = strip((tokens ?? []).filter((t) => t.type === "text" || t.type === "code_inline").map((t) => t.content).join(""));
  let base = text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-") || "section";
  if (base.startsWith("pw-")) base = `h-${base}`;
  const n = env.slugs.get(base) ?? 0;
  env.slugs.set(base, n + 1);
  return n ? `${base}-${n}` : base;
}

/**
 * The Markdown renderer of the preview and the published page: markdown-it, as VS Code's own
 * preview uses, with raw HTML through the allowlist sanitizer and links limited to http(s),
 * mailto, relative paths and fragments.
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
  // scheme-less "Bunny.net" is a company name more often than a link in a policy
  md.linkify.set({ fuzzyLink: false });
  const normalize = md.normalizeLink.bind(md);
  md.normalizeLink = (url) => normalize(strip(url));
  md.validateLink = (url) => linkKind(url) !== undefined;
  const r = md.renderer.rules;
  const dflt = { fence: r.fence!, code_block: r.code_block!, image: r.image! };

  r.text = (t, i, _o, env: RenderEnv) => markText(t[i].content, env);
  r.code_inline = (t, i, _o, env: RenderEnv, self) => `<code${self.renderAttrs(t[i])}>${markText(t[i].content, env)}</code>`;
  r.fence = (t, i, o, env: RenderEnv, self) => {
    t[i].content = pass(t[i].content, env);
    t[i].info = pass(t[i].info, env);
    return dflt.fence(t, i, o, env, self);
  };
  r.code_block = (t, i, o, env: RenderEnv, self) => {
    t[i].content = pass(t[i].content, env);
    return dflt.code_block(t, i, o, env, self);
  };
  r.html_block = (t, i, _o, env: RenderEnv) => {
    const body = sanitizeHtmlScope(t[i].content, "block", { text: (s) => markText(s, env, keep), strip: (s) => pass(s, env) });
    return env.preview ? `<div class="pw-html"${t[i].map ? ` data-line="${t[i].map![0]}"` : ""}>${body}</div>\n` : body;
  };
  r.image = (t, i, o, env: RenderEnv, self) => {
    const token = t[i];
    const alt = pass(self.renderInlineAsText(token.children ?? [], o, env), env);
    const src = pass(token.attrGet("src") ?? "", env);
    if (env.preview) return `<span class="pw-image" title="${escapeHtml(msg("preview.image-title", { src }))}">[${escapeHtml(alt ? msg("preview.image-alt", { alt }) : msg("preview.image"))}]</span>`;
    if (!linkKind(src) || linkKind(src) === "fragment") return escapeHtml(alt);
    token.attrSet("src", src);
    const title = token.attrGet("title");
    if (title !== null) token.attrSet("title", pass(title, env));
    return dflt.image(t, i, o, env, self);
  };
  r.link_open = (t, i, _o, env: RenderEnv, self) => {
    for (const a of t[i].attrs ?? []) a[1] = pass(a[1], env);
    return self.renderToken(t, i, _o);
  };
  r.heading_open = (t, i, _o, env: RenderEnv, self) => {
    t[i].attrSet("id", slug(t[i + 1]?.children ?? null, env));
    return self.renderToken(t, i, _o) + leafGutter(t[i], env);
  };
  r.paragraph_open = (t, i, _o, env: RenderEnv, self) => (t[i].hidden ? "" : self.renderToken(t, i, _o)) + leafGutter(t[i], env);
  r.tr_open = (t, i, _o, env: RenderEnv, self) => {
    env.pendingGutter = leafGutter(t[i], env);
    return self.renderToken(t, i, _o);
  };
  const cell = (t: Token[], i: number, _o: Options, env: RenderEnv, self: Renderer) => {
    if (t[i].type === "th_open" && !t[i].attrGet("scope")) t[i].attrSet("scope", "col");
    const g = env.pendingGutter ?? "";
    env.pendingGutter = undefined;
    return self.renderToken(t, i, _o) + g;
  };
  r.th_open = cell;
  r.td_open = cell;

  // A paragraph's inline HTML is one scope: its tags (with the rendered Markdown between them as
  // slots) go through the sanitiser together, so <b>…</b> around Markdown stays balanced.
  const inline = md.renderer.renderInline.bind(md.renderer);
  md.renderer.renderInline = (tokens, options, env: RenderEnv) => {
    if (!tokens.some((t) => t.type === "html_inline")) return inline(tokens, options, env);
    const pieces: string[] = [];
    let skeleton = "";
    tokens.forEach((t, i) => {
      let piece: string;
      if (t.type !== "html_inline") piece = r[t.type] ? r[t.type]!(tokens, i, options, env, md.renderer) : md.renderer.renderToken(tokens, i, options);
      else if (strayInlineClose(t.content)) piece = markText(t.content, env, escapeRaw);
      else {
        skeleton += pass(t.content, env).replace(SLOT_CHARS, "");
        return;
      }
      skeleton += `${SLOT}${pieces.push(piece) - 1}${SLOT}`;
    });
    return sanitizeHtmlScope(skeleton, "inline").replace(SLOT_RE, (_, n: string) => pieces[Number(n)] ?? "");
  };
  return md;
}

function leafGutter(t: Token, env: RenderEnv): string {
  return env.gutter && t.map ? env.gutter(t.map[0], t.map[1]) : "";
}
