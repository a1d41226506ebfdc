/**
 * Detects the language of a policy's text when nothing else names it, with ELD (the
 * "efficient language detector", n-gram tables for 60 languages). Chosen over tinyld and
 * franc-min on measurement (docs/languages.md): on the paragraphs of German, French and
 * English policies it was right most often (173 of 175, against 170 and 171), it tells
 * Finnish from Madurese where franc-min did not, and it is the fastest of the three. Its
 * smallest table ("extrasmall") costs about 1 MB of bundle, which the language server and
 * CLI can carry.
 */
import { eld } from "eld/extrasmall";

/** How much of the text is read: a page of prose decides, and a long policy costs no more. */
const SAMPLE = 3000;
/** Below this many letters the detector guesses; the default language is the better answer. */
const MIN_LETTERS = 40;

let lastSample: string | undefined;
let lastResult: string | undefined;

/**
 * The primary language subtag of `text` ("de", "fr", "en", "ru", …), or undefined when it
 * cannot tell. Markdown syntax, addresses and links are left out of what it reads.
 */
export function detectLanguage(text: string): string | undefined {
  const sample = prose(text);
  if (sample === lastSample) return lastResult;
  lastSample = sample;
  lastResult = undefined;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
  try {
    const r = eld.detect(sample);
    if (r.language && r.isReliable()) lastResult = r.language;
  } catch {
    // a detector failure is no reason to fail the check: the default language applies
  }
  return lastResult;
}

/** The first SAMPLE characters of readable prose: no URLs, e-mail addresses, table rules or Markdown marks. */
function prose(text: string): string {
  let out = "";
  for (const line of text.split(/\r?\n|\r/)) {
    if (out.length >= SAMPLE) break;
    const t = line
      .replace(/https?:\/\/\S+|\S+@\S+\.\S+/g, " ")
      .replace(/[#*_`>|[\]()~-]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (/\p{L}{2}/u.test(t)) out += `${t}\n`;
  }
  return out.slice(0, SAMPLE);
}
