/** The language packs Policywright reads, by BCP 47 primary subtag. */
import { countryScanner, type CountryScanner } from "../geo/countries";
import { en } from "./en";
import type { LanguagePack } from "./types";

export type { LanguagePack, DisclosureId } from "./types";

/** Every supported pack; the first is the default. */
export const PACKS: readonly LanguagePack[] = [en];

const BY_CODE = new Map(PACKS.map((p) => [p.code, p]));

/** The codes of the supported languages ("en", "de", "fr"). */
export const SUPPORTED_LANGUAGES: readonly string[] = PACKS.map((p) => p.code);

/** The English pack: the default for text whose language is not known. */
export const DEFAULT_PACK: LanguagePack = en;

/** The pack of a language tag ("de-AT" reads as "de"); undefined when the language is not supported. */
export function packFor(tag: string | undefined): LanguagePack | undefined {
  if (!tag) return undefined;
  return BY_CODE.get(tag.toLowerCase().split(/[-_]/)[0]);
}

const scanners = new WeakMap<LanguagePack, CountryScanner>();

/** Finds the country and region names a pack's language writes, with offsets. */
export function findCountriesIn(pack: LanguagePack, text: string): Array<{ code: string; start: number; end: number }> {
  let s = scanners.get(pack);
  if (!s) scanners.set(pack, (s = countryScanner(pack.country.forms(), pack.country.ordinaryWords)));
  return s(text);
}
