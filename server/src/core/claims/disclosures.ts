import type { RuleContext } from "../context";
import { DISCLOSURES, phrasesOf, type Disclosure } from "../disclosures";
import { findPolicyDate } from "../policy/dates";
import { blankUnderscoreEmphasis } from "../policy/mask";
import type { SectionKind } from "../policy/sections";

/** The disclosures the active regimes and the manifest require. */
export function requiredDisclosures(ctx: RuleContext): Disclosure[] {
  return DISCLOSURES.filter((d) => d.regimes.some((r) => ctx.regimes.includes(r)) && d.required(ctx.manifest, ctx.regimes));
}

/** Whether the policy makes a disclosure: by a heading that names it, or by text that makes it. */
export function isPresent(ctx: RuleContext, d: Disclosure): boolean {
  const { doc } = ctx;
  if (readsPresent(ctx, d, doc.masked, doc.visible)) return true;
  const byContent = BY_CONTENT[d.id];
  if (byContent?.(ctx)) return true;
  // read as prose: "_Art. 6(1)(a)_" and "__retention period__" are the words they emphasise (only
  // looked at again when the plain reading finds nothing, so a complete policy pays nothing)
  const masked = blankUnderscoreEmphasis(doc.masked);
  const visible = blankUnderscoreEmphasis(doc.visible);
  return (masked !== doc.masked || visible !== doc.visible) && readsPresent(ctx, d, masked, visible);
}

function readsPresent(ctx: RuleContext, d: Disclosure, masked: string, visible: string): boolean {
  const { doc, pack } = ctx;
  if (d.id === "last-updated") return !!findPolicyDate(visible, doc.frontMatter?.data, doc.frontMatter?.end, doc.text, pack);
  const phrases = phrasesOf(d, pack);
  const sectionText = (s: { start: number; end: number }) => masked.slice(s.start, s.end);
  if (d.heading) {
    for (const s of doc.sections) {
      if (!s.kinds.has(d.heading)) continue;
      if (d.headingSuffices) return true;
      const t = sectionText(s);
      if (d.present?.(t, doc, ctx.manifest, pack) || phrases.some((p) => stated(p, t, pack.disclosures.notStated))) return true;
    }
  }
  // "**Retention:** no longer than needed …": a bold label that opens a paragraph or an item heads it as a heading would
  if (d.heading && d.headingSuffices && labelled(ctx, d.heading, masked)) return true;
  const whole = d.id === "controller" || d.id === "dpo" ? visible : masked;
  if (phrases.some((p) => stated(p, whole, pack.disclosures.notStated))) return true;
  if (!d.present) return false;
  if (d.id === "rights" || d.id === "ccpa-rights") {
    const scopes = doc.sections.length ? doc.sections : [{ start: 0, end: doc.text.length }];
    return scopes.some((s) => d.present!(sectionText(s), doc, ctx.manifest, pack));
  }
  return d.present(whole, doc, ctx.manifest, pack);
}

const globals = new WeakMap<RegExp, RegExp>();

/**
 * Whether a phrase occurs as a statement: not inside a condition that names it as an exception
 * ("you may object to an automated decision unless it is needed for a contract between us"
 * states no legal basis of ours).
 */
function stated(phrase: RegExp, text: string, notStated: RegExp): boolean {
  if (!phrase.test(text)) return false;
  let g = globals.get(phrase);
  if (!g) globals.set(phrase, (g = new RegExp(phrase.source, phrase.flags.includes("g") ? phrase.flags : phrase.flags + "g")));
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const from = Math.max(0, m.index - 80);
    const before = text.slice(from, m.index);
    const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n\n"));
    if (!notStated.test(cut >= 0 ? before.slice(cut + 1) : before)) return true;
    if (m[0] === "") g.lastIndex++;
  }
  return false;
}

/**
 * Disclosures made by what the policy says of its services rather than by a phrase: recipients
 * by naming one, purposes by telling what the services are used for.
 */
const BY_CONTENT: Partial<Record<Disclosure["id"], (ctx: RuleContext) => boolean>> = {
  recipients: namesARecipient,
  purposes: tellsWhatServicesDo,
};

/**
 * Whether the policy names a recipient: a processor of the manifest, named as a service it uses
 * (not denied, not software it runs itself). Art. 13(1)(e) asks for the recipients or their
 * categories; a partial list is `undisclosed-processor`'s business, not a missing disclosure.
 */
function namesARecipient(ctx: RuleContext): boolean {
  return ctx.mentions.some((m) => m.processor && !m.denied && !m.selfHosted);
}

/**
 * Whether the policy tells, service by service, what two or more of the services it names do
 * for it: "for visitor statistics we use Plausible", "the site uses Supabase for sign-in", a
 * list item "Payments: Stripe", a table with a purpose column. A short policy states its
 * purposes this way without a word "purpose" (one service alone is a fact about hosting, not a
 * statement of purposes).
 */
function tellsWhatServicesDo(ctx: RuleContext): boolean {
  const { doc, pack } = ctx;
  const { toolUse, roleLabel, purposeColumn } = pack.disclosures;
  const told = new Set<unknown>();
  for (const m of ctx.mentions) {
    const who = m.processor ?? m.catalog;
    if (m.denied || !who || told.has(who)) continue;
    const sentence = doc.sentences[m.sentence];
    const block = sentence ? doc.blocks[sentence.block] : undefined;
    if (!sentence || !block) continue;
    const from = Math.max(sentence.start, block.contentStart, m.start - 160);
    const before = doc.masked.slice(from, m.start);
    const after = doc.masked.slice(m.end, Math.min(sentence.end, m.end + 160));
    const says =
      toolUse.some((u) => (u.before || u.after) && (!u.before || u.before.test(before)) && (!u.after || u.after.test(after))) ||
      (block.kind === "item" && roleLabel.test(before)) ||
      (block.kind === "row" && !!block.header?.some((h) => purposeColumn.test(h.trim())));
    if (says) told.add(who);
    if (told.size >= 2) return true;
  }
  return false;
}

const BOLD_LABEL = /(?:^|\n)[ \t]{0,3}(\*\*|__)([^*_\n]{2,60}?)\1[ \t]{0,3}(:?)/g;

/** The bold labels that open a line of a paragraph, read once per masked text. */
const labelsOf = new WeakMap<object, { masked: string; labels: string[] }>();

/**
 * Whether a line of a paragraph opens with a bold label ("**Retention:**", "**Retention**:") that
 * names the section kind. Items are left out: "- **Deletion**: ask us to delete" in a list of
 * rights names a right, not a section.
 */
function labelled(ctx: RuleContext, kind: SectionKind, masked: string): boolean {
  const re = ctx.pack.headings.find(([k]) => k === kind)?.[1];
  if (!re) return false;
  let known = labelsOf.get(ctx.doc);
  if (!known || known.masked !== masked) labelsOf.set(ctx.doc, (known = { masked, labels: boldLabels(ctx, masked) }));
  return known.labels.some((label) => re.test(label));
}

function boldLabels(ctx: RuleContext, masked: string): string[] {
  const out: string[] = [];
  // the next "**" and "__" from here on, each found once: blocks come in text order, so this stays linear
  let star = -2;
  let under = -2;
  for (const b of ctx.doc.blocks) {
    if (b.kind !== "paragraph") continue;
    if (star !== -1 && star < b.contentStart) star = masked.indexOf("**", b.contentStart);
    if (under !== -1 && under < b.contentStart) under = masked.indexOf("__", b.contentStart);
    if ((star < 0 || star >= b.end) && (under < 0 || under >= b.end)) continue;
    const text = masked.slice(b.contentStart, b.end);
    BOLD_LABEL.lastIndex = 0;
    for (let m = BOLD_LABEL.exec(text); m; m = BOLD_LABEL.exec(text)) {
      const label = m[2].trim();
      if (label.endsWith(":") || m[3] === ":") out.push(label);
    }
  }
  return out;
}
