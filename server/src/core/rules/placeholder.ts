import type { Fix, RawFinding } from "../types";
import { boundNames, resolveTemplate } from "../site/variables";
import type { LanguagePack } from "../packs/index";
import { policyFinding, type Rule, type RuleContext } from "./rule";
import { joinList, msg } from "../messages";

const EMAIL_OBFUSCATION = /\[email(?:&#160;|&nbsp;|\u00a0| )protected\]/gi;
const LOREM = /\blorem ipsum\b/gi;
const MARKERS = /\b(?:TODO|TBD|TBC|FIXME|XXX+)\b/g;
const BRACKET = /(?<![!\]\\])\[([^[\]\n]{2,60})\](?![([:])/g;

/** Unfinished text: markers, template variables, bracketed fill-ins, filler, obfuscated e-mails. */
export const placeholder: Rule = {
  id: "placeholder",
  defaultSeverity: "error",
  description: "The policy contains unfinished placeholder text.",
  needsManifest: false,
  run(ctx) {
    const text = ctx.doc.masked;
    const out: RawFinding[] = [];
    // offsets already inside a reported marker (a list of ranges is quadratic on marker-heavy text)
    const taken = new Uint8Array(text.length);
    const add = (subject: string, start: number, end: number, what: string, fixes?: Fix[], severity?: "info") => {
      if (taken.subarray(start, end).includes(1)) return;
      taken.fill(1, start, end);
      out.push({ ...policyFinding("placeholder", subject, msg("placeholder", { what }), start, end), fixes, ...(severity ? { severity } : {}) });
    };
    for (const m of text.matchAll(EMAIL_OBFUSCATION)) {
      const email = ctx.manifest?.controller.email;
      add("[email protected]", m.index, m.index + m[0].length, email ? msg("placeholder.hidden-email-known", { text: m[0], email }) : msg("placeholder.hidden-email", { text: m[0] }),
        email ? [{ title: msg("fix.replace-with", { text: email }), edits: [{ file: "policy", start: m.index, end: m.index + m[0].length, newText: email }], preferred: true }] : undefined);
    }
    for (const t of unfilled(ctx)) add(t.subject, t.start, t.end, t.what, undefined, t.severity);
    for (const m of text.matchAll(LOREM)) add(m[0], m.index, m.index + m[0].length, msg("placeholder.filler", { text: m[0] }));
    for (const m of text.matchAll(MARKERS)) add(m[0], m.index, m.index + m[0].length, msg("placeholder.marker", { text: m[0] }));
    const own = ctx.pack.placeholder.markers;
    if (own) for (const m of text.matchAll(own)) add(m[0], m.index, m.index + m[0].length, msg("placeholder.marker", { text: m[0] }));
    for (const m of text.matchAll(BRACKET)) {
      const inner = m[1].trim();
      if (!isFillIn(inner, ctx.pack) || hasReference(text, inner)) continue;
      add(m[0], m.index, m.index + m[0].length, msg("placeholder.fill-in", { text: m[0] }), bracketFix(ctx, inner, m.index, m.index + m[0].length));
    }
    const open = ctx.doc.unclosed;
    if (open) {
      const what = open.kind === "comment" ? msg("placeholder.unclosed-comment") : msg("placeholder.unclosed-code", { marker: open.marker });
      add(open.marker, open.start, open.start + open.marker.length, what);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * Template outputs nobody fills in. Outside a site every `{{ … }}` on one line is unfinished
 * text. Inside a recognised site only a variable the site does not define is reported, at
 * info (the build may still supply it), naming the files searched; a list or object value is
 * not text and not missing.
 */
function unfilled(ctx: RuleContext): { subject: string; start: number; end: number; what: string; severity?: "info" }[] {
  const out: ReturnType<typeof unfilled> = [];
  const site = ctx.site;
  const text = ctx.doc.text;
  const bound = site ? boundNames(ctx.doc.templates) : undefined;
  for (const t of ctx.doc.templates) {
    if (t.inCode || (t.kind !== "output" && t.kind !== "shortcode" && t.kind !== "mdx")) continue;
    const written = text.slice(t.start, t.end);
    if (!site) {
      if (t.kind === "output" && written.length <= 84 && !written.includes("\n")) out.push({ subject: written, start: t.start, end: t.end, what: msg("placeholder.template", { text: written }) });
      continue;
    }
    const r = resolveTemplate(t, site.site, site.scope, ctx.doc.frontMatter?.data, bound);
    // a value the build computes (a Docusaurus config's process.env) is not missing
    if (r?.kind !== "unresolved" || r.computed) continue;
    const recognised = site.site.generator !== "policywright";
    const what = r.error
      ? msg("placeholder.template-filter", { text: written, error: r.error })
      : msg("placeholder.template-undefined", { text: written, name: r.name, searched: joinList(site.site.searched, "or") || msg("placeholder.site-files") });
    out.push({ subject: written, start: t.start, end: t.end, what, ...(recognised ? { severity: "info" as const } : {}) });
  }
  return out;
}

function isFillIn(inner: string, pack: LanguagePack): boolean {
  const p = pack.placeholder;
  if (!/\p{L}{2}/u.test(inner) || /^[xX ]$/.test(inner) || inner.startsWith("^") || inner.startsWith("!")) return false;
  if (p.fillInStart.test(inner)) return true;
  const words = inner.split(/\s+/);
  if (words.length > 6) return false;
  if (inner === inner.toUpperCase() && /\p{Lu}{3}/u.test(inner)) return true;
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || p.small.test(w)) && p.fillInWord.test(inner);
}

function hasReference(text: string, inner: string): boolean {
  return text.includes(`[${inner}]:`);
}

function bracketFix(ctx: RuleContext, inner: string, start: number, end: number): Fix[] | undefined {
  const c = ctx.manifest?.controller;
  const p = ctx.pack.placeholder;
  if (c?.name && p.companyWord.test(inner) && p.nameWord.test(inner)) {
    return [{ title: msg("fix.replace-with", { text: c.name }), edits: [{ file: "policy", start, end, newText: c.name }], preferred: true }];
  }
  if (c?.email && p.emailWord.test(inner)) return [{ title: msg("fix.replace-with", { text: c.email }), edits: [{ file: "policy", start, end, newText: c.email }], preferred: true }];
  return undefined;
}
