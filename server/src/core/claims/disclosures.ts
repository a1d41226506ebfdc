import type { RuleContext } from "../context";
import { DISCLOSURES, phrasesOf, type Disclosure } from "../disclosures";
import { findPolicyDate } from "../policy/dates";

/** The disclosures the active regimes and the manifest require. */
export function requiredDisclosures(ctx: RuleContext): Disclosure[] {
  return DISCLOSURES.filter((d) => d.regimes.some((r) => ctx.regimes.includes(r)) && d.required(ctx.manifest, ctx.regimes));
}

/** Whether the policy makes a disclosure: by a heading that names it, or by text that makes it. */
export function isPresent(ctx: RuleContext, d: Disclosure): boolean {
  const { doc, pack } = ctx;
  if (d.id === "last-updated") return !!findPolicyDate(doc.visible, doc.frontMatter?.data, doc.frontMatter?.end, doc.text, pack);
  const phrases = phrasesOf(d, pack);
  const sectionText = (s: { start: number; end: number }) => doc.masked.slice(s.start, s.end);
  if (d.heading) {
    for (const s of doc.sections) {
      if (!s.kinds.has(d.heading)) continue;
      if (d.headingSuffices) return true;
      const t = sectionText(s);
      if (d.present?.(t, doc, ctx.manifest, pack) || phrases.some((p) => p.test(t))) return true;
    }
  }
  const whole = d.id === "controller" || d.id === "dpo" ? doc.visible : doc.masked;
  if (phrases.some((p) => p.test(whole))) return true;
  if (!d.present) return false;
  if (d.id === "rights" || d.id === "ccpa-rights") {
    const scopes = doc.sections.length ? doc.sections : [{ start: 0, end: doc.text.length }];
    return scopes.some((s) => d.present!(sectionText(s), doc, ctx.manifest, pack));
  }
  return d.present(whole, doc, ctx.manifest, pack);
}
