import { findAddresses, registrableDomain } from "../policy/contacts";
import type { RawFinding } from "../types";
import type { Fix } from "../types";
import { policyFinding, sectionAnchor, type Rule, type RuleContext } from "./rule";
import { msg } from "../messages";

/** Inserts a sentence as its own paragraph after a heading (or the first line). */
function addLine(ctx: RuleContext, at: number, line: string): Fix[] {
  const eol = ctx.doc.text.includes("\r\n") ? "\r\n" : "\n";
  return [{ title: msg("fix.add-line", { line }), edits: [{ file: "policy", start: at, end: at, newText: `${eol}${eol}${line}` }], preferred: true }];
}


/** The controller's (or DPO's) address is never given, or another domain is named as the privacy contact. */
export const contactMismatch: Rule = {
  id: "contact-mismatch",
  defaultSeverity: "warning",
  description: "The privacy contact in the policy does not match the manifest's controller e-mail or DPO.",
  needsManifest: true,
  run(ctx) {
    const c = ctx.manifest?.controller;
    if (!c) return [];
    const { doc } = ctx;
    const found = findAddresses(doc.visible);
    const has = (a: string) => found.some((f) => f.address.toLowerCase() === a.toLowerCase());
    const out: RawFinding[] = [];
    const anchor = sectionAnchor(ctx, doc.sections.some((s) => s.kinds.has("contact")) ? "contact" : "controller");
    if (c.email && !has(c.email)) {
      out.push({ ...policyFinding("contact-mismatch", c.email, msg("contact-mismatch.email", { email: c.email }), ...anchor), fixes: addLine(ctx, anchor[1], ctx.pack.fixes.contactLine(c.email)) });
    }
    if (c.dpo && !has(c.dpo)) {
      const at = sectionAnchor(ctx, doc.sections.some((s) => s.kinds.has("dpo")) ? "dpo" : "contact");
      out.push({ ...policyFinding("contact-mismatch", c.dpo, msg("contact-mismatch.dpo", { email: c.dpo }), ...at), fixes: addLine(ctx, at[1], ctx.pack.fixes.dpoLine(c.dpo)) });
    }
    const own = new Set([c.email, c.dpo].filter((x): x is string => !!x).map(registrableDomain));
    if (!own.size) return out;
    const reported = new Set<string>();
    for (const f of found) {
      if (own.has(registrableDomain(f.address)) || reported.has(f.address.toLowerCase())) continue;
      const si = ctx.sentenceOf(f.start);
      const s = si >= 0 ? doc.sentences[si] : undefined;
      const sentence = s ? doc.visible.slice(s.start, s.end) : doc.visible.slice(Math.max(0, f.start - 120), f.end);
      if (!ctx.pack.contact.privacyContext.test(sentence.replace(f.address, ""))) continue;
      // "you can contact the Information Regulator, general enquiries at enquiries@…": the authority's address
      if (ctx.pack.contact.authority.test(sentence) || (c.authority && sentence.includes(c.authority))) continue;
      if (si >= 0 && ctx.mentionsIn(si).length) continue;
      reported.add(f.address.toLowerCase());
      out.push(policyFinding("contact-mismatch", f.address, msg("contact-mismatch.domain", { address: f.address, email: (c.email ?? c.dpo)! }), f.start, f.end));
    }
    return out;
  },
};
