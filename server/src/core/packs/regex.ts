/**
 * Regex helpers for packs of languages written in Latin letters beyond ASCII. JavaScript's
 * \b and \w only know ASCII, so "\bÜbermittlung" or "\bdurée\b" would never match where
 * they should; `u()` rewrites a pattern's \b and \w to the Latin letters (ASCII, Latin-1 and
 * Latin Extended-A/B) and digits. Not \p{L}: a case-insensitive Unicode property class costs
 * tens of milliseconds to compile, and a pack holds a hundred patterns.
 * (Do not use \w inside a character class in a pattern passed to `u()`.)
 */
const WORD = "[0-9A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F]";
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function u(re: RegExp): RegExp {
  return new RegExp(re.source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, WORD), re.flags);
}

/** Country and region names from i18n-iso-countries' locale data, plus what it lacks. */
export function libraryForms(locale: { countries: Record<string, string | string[]> }, extra: Array<[string | null, string]>): Array<[string | null, string]> {
  const out: Array<[string | null, string]> = [];
  for (const [code, names] of Object.entries(locale.countries)) for (const n of Array.isArray(names) ? names : [names]) out.push([code, n]);
  return [...out, ...extra];
}
