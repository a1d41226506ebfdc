/**
 * The cookie words of the language packs (`LanguagePack.cookies`), as the reader and the writer
 * use them. The reader takes the words of every pack at once, since a table's headings may be
 * in another language than the policy; the writer takes one pack's words. No code here knows
 * a language: adding one is a pack file.
 */
import { DEFAULT_PACK, PACKS, packFor } from "../packs";
import type { CookieWords } from "../packs/types";
import type { CookiePurpose } from "./types";

export type CookieVocabulary = CookieWords;

/** Every pack's entries of one list, merged, longest first: the reader accepts any of them. */
function union(pick: (v: CookieWords) => string[]): string[] {
  return [...new Set(PACKS.flatMap((p) => pick(p.cookies)))].sort((a, b) => b.length - a.length);
}

/** The merged vocabulary the reader uses, built once. */
export const READING = {
  columns: {
    name: union((v) => v.columns.name),
    provider: union((v) => v.columns.provider),
    purpose: union((v) => v.columns.purpose),
    duration: union((v) => v.columns.duration),
    category: union((v) => v.columns.category),
    consent: union((v) => v.columns.consent),
  },
  categories: {
    necessary: union((v) => v.categories.necessary),
    preferences: union((v) => v.categories.preferences),
    statistics: union((v) => v.categories.statistics),
    marketing: union((v) => v.categories.marketing),
  } as Record<CookiePurpose, string[]>,
  session: union((v) => v.session),
  persistent: union((v) => v.persistent),
  units: Object.assign({}, ...PACKS.map((p) => p.cookies.units)) as CookieWords["units"],
  numbers: Object.assign({}, ...PACKS.map((p) => p.cookies.numbers)) as Record<string, number>,
  noConsent: union((v) => v.noConsent),
  withoutConsent: union((v) => v.withoutConsent),
  onlyNecessary: PACKS.flatMap((p) => p.cookies.onlyNecessary),
  sectionWords: union((v) => v.sectionWords),
  cookieWords: union((v) => v.cookieWords),
  firstParty: union((v) => v.firstParty),
  firstPartyStart: union((v) => v.firstPartyStart),
};

/** The words to write in: the pack of the policy's (or table's) language, else the default pack's. */
export function writingVocabulary(lang: string | undefined): CookieWords {
  return (packFor(lang) ?? DEFAULT_PACK).cookies;
}

/**
 * The language a table's own headings are written in: the pack with a provider, purpose or
 * duration heading that no other pack uses ("Speicherdauer", "Finalité", "Expiry").
 */
export function languageOfHeadings(headings: string[]): string | undefined {
  const h = headings.map((x) => x.toLowerCase().trim());
  const wordsOf = (v: CookieWords) => [...v.columns.provider, ...v.columns.purpose, ...v.columns.duration];
  for (const pack of PACKS) {
    const others = new Set(PACKS.filter((p) => p !== pack).flatMap((p) => wordsOf(p.cookies)));
    const own = wordsOf(pack.cookies).filter((w) => !others.has(w));
    if (h.some((x) => own.some((w) => x === w || x.startsWith(`${w} `)))) return pack.code;
  }
  return undefined;
}

/** Whether a text mentions a cookie at all ("cookie", "traceur"), in any pack's words. */
export function mentionsCookies(text: string): boolean {
  const t = text.toLowerCase();
  return READING.cookieWords.some((w) => t.includes(w));
}

/** Whether a provider cell names the site itself ("first party", "us", "Erstanbieter", "nous"). */
export function namesFirstParty(cell: string): boolean {
  const t = cell.toLowerCase().trim();
  if (READING.firstParty.some((w) => t.includes(w))) return true;
  return READING.firstPartyStart.some((w) => t.startsWith(w) && !/[\p{L}\p{N}]/u.test(t.charAt(w.length)));
}

/** The first "only necessary cookies" claim in a text, in any pack's words. */
export function onlyNecessaryClaim(text: string): RegExpExecArray | undefined {
  let first: RegExpExecArray | undefined;
  for (const re of READING.onlyNecessary) {
    const m = re.exec(text);
    if (m && (!first || m.index < first.index)) first = m;
  }
  return first;
}
