import type { RuleContext } from "../context";
import { DISCLOSURES, phrasesOf, type Disclosure } from "../disclosures";
import { findPolicyDate } from "../policy/dates";
import { blankUnderscoreEmphasis } from "../policy/mask";

/** The disclosures the active regimes and the manifest require. */
export function requiredDisclosures(ctx: RuleContext): Disclosure[] {
  return DISCLOSURES.filter((d) => d.regimes.some((r) => ctx.regimes.includes(r)) && d.required(ctx.manifest, ctx.regimes));
}

/** Whether the policy makes a disclosure: by a heading that names it, or by text that makes it. */
export function isPresent(ctx: RuleContext, d: Disclosure): boolean {
  const { doc } = ctx;
  if (readsPresent(ctx, d, doc.masked, doc.visible)) return true;
  // recipients are disclosed by naming them: a policy that names every processor of the manifest discloses its recipients
  if (d.id === "recipients" && namesEveryProcessor(ctx)) return true;
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

/** Whether every processor of the manifest is named, and not denied, somewhere in the policy. */
function namesEveryProcessor(ctx: RuleContext): boolean {
  const processors = ctx.manifest?.processors ?? [];
  if (!processors.length) return false;
  const named = new Set(ctx.mentions.filter((x) => x.processor && !x.denied).map((x) => x.processor));
  return processors.every((p) => named.has(p));
}
