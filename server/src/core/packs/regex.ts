/**
 * Regex helpers for packs of languages with letters outside ASCII. JavaScript's \b and \w
 * only know ASCII, so "\bÜbermittlung" or "\bdurée\b" would never match where they should;
 * `u()` rewrites a pattern's \b and \w to Unicode letters and digits and adds the u flag.
 * (Do not use \w inside a character class in a pattern passed to `u()`.)
 */
const WORD = "[\\p{L}\\p{N}_]";
const BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function u(re: RegExp): RegExp {
  const source = re.source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, WORD);
  return new RegExp(source, re.flags.includes("u") ? re.flags : `${re.flags}u`);
}

/** Country and region names from i18n-iso-countries' locale data, plus what it lacks. */
export function libraryForms(locale: { countries: Record<string, string | string[]> }, extra: Array<[string | null, string]>): Array<[string | null, string]> {
  const out: Array<[string | null, string]> = [];
  for (const [code, names] of Object.entries(locale.countries)) for (const n of Array.isArray(names) ? names : [names]) out.push([code, n]);
  return [...out, ...extra];
}
