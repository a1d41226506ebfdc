import type { Category } from "../catalog/types";
import type { RuleContext } from "../context";
import type { Processor } from "../manifest/parse";
import { perSentence } from "../policy/memo";

/** What the policy says about tracking and consent, read sentence by sentence through the pack. */

export interface NoTracking {
  categories: Set<Category>;
  cookiesOnly: boolean;
  /** "No other analytics platforms": it denies only what the policy does not name. */
  others: boolean;
  quote: string;
  start: number;
  end: number;
}

/** "We do not use analytics or advertising cookies", "no tracking SDKs", "no ads". */
export function noTrackingClaims(ctx: RuleContext): NoTracking[] {
  const { doc } = ctx;
  const c = ctx.pack.consent;
  const out: NoTracking[] = [];
  const gated = perSentence(doc, "no-tracking gate", (t) => c.gate.test(t) && !c.scope.test(t));
  for (let si = 0; si < doc.sentences.length; si++) {
    if (!gated.at(si)) continue;
    const s = doc.sentences[si];
    let text = doc.masked.slice(s.start, s.end);
    // names are not claims: "Google Analytics" must not read as "analytics"
    for (const x of ctx.mentionsIn(si)) text = text.slice(0, x.start - s.start) + " ".repeat(x.end - x.start) + text.slice(x.end - s.start);
    c.negation.lastIndex = 0;
    const neg = c.negation.exec(text);
    if (!neg) continue;
    // "Google Tag Manager itself sets no cookies": a sentence about a named service, not about the site
    const named = ctx.mentionsIn(si).some((x) => x.start - s.start < neg.index);
    if (named && !c.siteSubject.test(text.slice(0, neg.index))) continue;
    let scope = text.slice(neg.index).split(c.scopeEnd)[0];
    const last = c.negationLast?.exec(text);
    // "Tracking-Cookies verwenden wir nicht": the clause before the negation is what it denies
    if (last) scope = `${text.slice(0, last.index).split(c.scopeEnd).pop()} ${scope}`;
    const words = (c.notTracking ? scope.replace(c.notTracking, " ") : scope).toLowerCase();
    const cats = new Set<Category>();
    const analytics = c.analytics.test(words);
    const advertising = c.advertising.test(words);
    const tracking = c.tracking.test(words);
    const cookies = c.cookies.test(words);
    if (analytics) cats.add("analytics");
    if (advertising) cats.add("advertising");
    if (tracking && !analytics && !advertising) { cats.add("analytics"); cats.add("advertising"); }
    if (tracking && analytics) cats.add("advertising");
    let cookiesOnly = false;
    if (!cats.size && cookies && c.noCookies.test(words) && !c.essentialCookies.test(words)) {
      cats.add("analytics");
      cats.add("advertising");
      cookiesOnly = true;
    }
    if (!cats.size) continue;
    out.push({ categories: cats, cookiesOnly, others: !!c.others?.test(scope), quote: doc.text.slice(s.start, s.end).replace(/\s+/g, " ").trim(), start: s.start, end: s.end });
  }
  return out;
}

/** Sentences that say a named processor runs only with consent, attributed to the nearest name. */
export function consentOnlyClaims(ctx: RuleContext): { p: Processor; start: number; end: number }[] {
  const { doc } = ctx;
  const out: { p: Processor; start: number; end: number }[] = [];
  const re = ctx.pack.consent.onlyWithConsent;
  const found = perSentence(doc, "only with consent", (t) => {
    const x = re.exec(t);
    return x ? ([x.index, x.index + x[0].length] as const) : null;
  });
  doc.sentences.forEach((s, si) => {
    const m = found.at(si);
    if (!m) return;
    const at = s.start + m[0];
    const inSentence = ctx.mentionsIn(si).filter((x) => x.processor && !x.denied);
    if (!inSentence.length) return;
    const before = inSentence.filter((x) => x.start < at);
    const x = before.length ? before[before.length - 1] : inSentence[0];
    out.push({ p: x.processor!, start: at, end: s.start + m[1] });
  });
  return out;
}
