import type { Fix, RawFinding } from "../types";
import { boundNames, resolveTemplate } from "../site/variables";
import type { LanguagePack } from "../packs/index";
import { policyFinding, type Rule, type RuleContext } from "./rule";

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
      out.push({ ...policyFinding("placeholder", subject, `Unfinished text: ${what}.`, start, end), fixes, ...(severity ? { severity } : {}) });
    };
    for (const m of text.matchAll(EMAIL_OBFUSCATION)) {
      const email = ctx.manifest?.controller.email;
      add("[email protected]", m.index, m.index + m[0].length, `"${m[0]}" is what a web page shows for a hidden e-mail address; write the address${email ? ` (${email})` : ""}`,
        email ? [{ title: `Replace with ${email}`, edits: [{ file: "policy", start: m.index, end: m.index + m[0].length, newText: email }], preferred: true }] : undefined);
    }
    for (const t of unfilled(ctx)) add(t.subject, t.start, t.end, t.what, undefined, t.severity);
    for (const m of text.matchAll(LOREM)) add(m[0], m.index, m.index + m[0].length, `"${m[0]}" is filler text`);
    for (const m of text.matchAll(MARKERS)) add(m[0], m.index, m.index + m[0].length, `"${m[0]}" marks text still to be written`);
    const own = ctx.pack.placeholder.markers;
    if (own) for (const m of text.matchAll(own)) add(m[0], m.index, m.index + m[0].length, `"${m[0]}" marks text still to be written`);
    for (const m of text.matchAll(BRACKET)) {
      const inner = m[1].trim();
      if (!isFillIn(inner, ctx.pack) || hasReference(text, inner)) continue;
      add(m[0], m.index, m.index + m[0].length, `${m[0]} is a fill-in from a template`, bracketFix(ctx, inner, m.index, m.index + m[0].length));
    }
    const open = ctx.doc.unclosed;
    if (open) {
      const what = open.kind === "comment" ? "this HTML comment is never closed with -->" : `this code block is never closed with ${open.marker}`;
      add(open.marker, open.start, open.start + open.marker.length, `${what}, so everything after it is hidden from readers and from these checks`);
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
      if (t.kind === "output" && written.length <= 84 && !written.includes("\n")) out.push({ subject: written, start: t.start, end: t.end, what: `the template variable ${written} was never filled in` });
      continue;
    }
    const r = resolveTemplate(t, site.site, site.scope, ctx.doc.frontMatter?.data, bound);
    // a value the build computes (a Docusaurus config's process.env) is not missing
    if (r?.kind !== "unresolved" || r.computed) continue;
    const recognised = site.site.generator !== "policywright";
    const why = r.error ? `its filter failed (${r.error})` : `${r.name} is not defined in ${orList(site.site.searched) || "the site's files"}`;
    out.push({ subject: written, start: t.start, end: t.end, what: `the template variable ${written} is not filled in: ${why}`, ...(recognised ? { severity: "info" as const } : {}) });
  }
  return out;
}

function orList(items: string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
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
    return [{ title: `Replace with ${c.name}`, edits: [{ file: "policy", start, end, newText: c.name }], preferred: true }];
  }
  if (c?.email && p.emailWord.test(inner)) return [{ title: `Replace with ${c.email}`, edits: [{ file: "policy", start, end, newText: c.email }], preferred: true }];
  return undefined;
}
