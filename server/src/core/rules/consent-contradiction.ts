import { lookupCatalog } from "../catalog";
import { necessaryOnlyClaims } from "../cookies/consent";
import type { Processor } from "../manifest/parse";
import type { RawFinding } from "../types";
import { policyFinding, type Rule } from "./rule";
import { msg } from "../messages";
import { consentOnlyClaims, noTrackingClaims } from "../claims/consent";


/** Claims of no tracking that the manifest disproves, and "only with consent" against consent: false. */
export const consentContradiction: Rule = {
  id: "consent-contradiction",
  defaultSeverity: "warning",
  description: "The policy denies tracking or promises consent in a way the manifest contradicts.",
  needsManifest: true,
  languageDependent: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m) return [];
    const out: RawFinding[] = [];
    const reported = new Set<Processor>();
    // the processors the policy names, read only for a denial of "other" services
    let disclosed: Set<Processor> | undefined;
    for (const claim of noTrackingClaims(ctx)) {
      for (const p of m.processors) {
        if (reported.has(p) || !p.category || !claim.categories.has(p.category)) continue;
        if (claim.others && (disclosed ??= new Set(ctx.mentions.flatMap((x) => (x.processor && !x.denied ? [x.processor] : [])))).has(p)) continue;
        if (claim.cookiesOnly && (lookupCatalog(p.name)?.cookieless || p.aliases.some((a) => lookupCatalog(a)?.cookieless))) continue;
        reported.add(p);
        out.push(policyFinding("consent-contradiction", p.name, msg("consent-contradiction.category", { quote: claim.quote, name: p.name, category: p.category }), claim.start, claim.end));
      }
    }
    for (const x of consentOnlyClaims(ctx)) {
      if (x.p.consent !== false || reported.has(x.p)) continue;
      reported.add(x.p);
      out.push(policyFinding("consent-contradiction", x.p.name, msg("consent-contradiction.consent-false", { name: x.p.name }), x.start, x.end));
    }
    // "we only set strictly necessary cookies" against a statistics or marketing cookie; subject: who sets it
    const named = new Set(out.map((f) => f.subject.toLowerCase()));
    for (const claim of necessaryOnlyClaims(ctx.doc, m)) {
      for (const c of claim.cookies) {
        const p = c.provider && c.provider.toLowerCase() !== "first-party" ? m.processors.find((x) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === c.provider!.toLowerCase())) : undefined;
        const subject = p?.name ?? c.name.text;
        if (named.has(subject.toLowerCase())) continue;
        named.add(subject.toLowerCase());
        out.push(policyFinding("consent-contradiction", subject, msg(p ? "consent-contradiction.cookie-of" : "consent-contradiction.cookie", { quote: claim.quote, purpose: c.purpose ?? "", cookie: c.name.text, name: p?.name ?? "" }), claim.start, claim.end));
      }
    }
    return out;
  },
};
