/**
 * Detects the language of a policy's text when nothing else names it, with tinyld's light
 * build (n-gram tables for 64 languages, ISO 639-1 codes). Chosen over ELD and franc-min on
 * measurement (docs/languages.md): all three read every whole German, French and English
 * policy right; on single paragraphs ELD was best (173 of 175) but costs 1 MB of bundle and
 * half a second of start-up, franc-min (171) has no Finnish and names such a policy
 * Madurese, tinyld (170) names Finnish and Russian right for 82 KB and 0.1 s.
 */
type Detector = typeof import("tinyld/light").detectAll;

/** Loaded on first use: a policy whose language is named never pays for the detector's tables. */
let detector: Detector | undefined;
function detectAll(text: string): ReturnType<Detector> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous lazy load; esbuild bundles it
  detector ??= (require("tinyld/light") as { detectAll: Detector }).detectAll;
  return detector(text);
}

/** How much of the text is read: a page of prose decides, and a long policy costs no more. */
const SAMPLE = 3000;
/** Below this many letters the detector guesses; the default language is the better answer. */
const MIN_LETTERS = 120;
/**
 * tinyld's scores are relative: a whole English policy scores from 0.35 to 1.0 and a French one
 * from 0.44, while the runner-up stays below 0.2. So on a page of prose the best answer counts
 * when it is clearly ahead of the next and above 0.3 (a fixed 0.5 read real French policies as
 * English); a short sample, such as a table of names, still needs 0.5.
 */
const MIN_ACCURACY = 0.3;
const MIN_LEAD = 2.5;
/** A short sample (a table of names, a stub) must be read with more confidence than a page of prose. */
const SHORT_LETTERS = 300;
const MIN_ACCURACY_SHORT = 0.5;

let lastSample: string | undefined;
let lastResult: string | undefined;

/**
 * The primary language subtag of `text` ("de", "fr", "en", "ru", …), or undefined when it
 * cannot tell. Markdown syntax, addresses and links are left out of what it reads.
 */
export function detectLanguage(text: string): string | undefined {
  return detectLanguageWithReach(text).code;
}

/**
 * detectLanguage, and how far into the text it read: an edit that starts at or after `reach`
 * cannot change the answer (Infinity when it read the whole text).
 */
export function detectLanguageWithReach(text: string): { code: string | undefined; reach: number } {
  const { sample, letters, end } = prose(text);
  return { code: detectSample(sample, letters), reach: end };
}

function detectSample(sample: string, letters: number): string | undefined {
  if (sample === lastSample) return lastResult;
  lastSample = sample;
  lastResult = undefined;
  if (letters < MIN_LETTERS) return undefined;
  const least = letters < SHORT_LETTERS ? MIN_ACCURACY_SHORT : MIN_ACCURACY;
  try {
    const [best, next] = detectAll(sample);
    if (best?.lang && best.accuracy >= least && best.accuracy >= MIN_LEAD * (next?.accuracy ?? 0)) lastResult = best.lang;
  } catch {
    // a detector failure is no reason to fail the check: the default language applies
  }
  return lastResult;
}

/**
 * The first SAMPLE characters of readable prose (no URLs, e-mail addresses, table rules or
 * Markdown marks), and how many letters of it are outside tables: a table of names and
 * countries ("Hetzner | Hosting | Ireland") is read too, but cannot alone decide a language.
 */
function prose(text: string): { sample: string; letters: number; end: number } {
  let out = "";
  let letters = 0;
  // line by line from the start, so an editor's re-check of a long policy reads one page, not the whole text
  let cr = text.indexOf("\r");
  let at = 0;
  while (at < text.length && out.length < SAMPLE) {
    if (cr >= 0 && cr < at) cr = text.indexOf("\r", at);
    const nl = text.indexOf("\n", at);
    const br = cr >= 0 && (nl < 0 || cr < nl) ? cr : nl < 0 ? text.length : nl;
    const line = text.slice(at, br);
    at = br + (text.startsWith("\r\n", br) ? 2 : 1);
    const t = line
      .slice(0, SAMPLE)
      // each address is tried from the start of its word only, so a long run of symbols costs one pass
      .replace(/https?:\/\/\S+|(?<!\S)[^\s@]+@\S+/g, " ")
      .replace(/[#*_`>|[\]()~-]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!/\p{L}{2}/u.test(t)) continue;
    out += `${t}\n`;
    if (!line.trimStart().startsWith("|")) letters += t.match(/\p{L}/gu)?.length ?? 0;
  }
  // stopped by a full sample: nothing from `at` on was read
  return { sample: out.slice(0, SAMPLE), letters, end: out.length >= SAMPLE ? at : Infinity };
}
