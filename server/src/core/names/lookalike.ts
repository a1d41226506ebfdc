/**
 * Names that only look like a name: invisible format characters (zero-width spaces, joiners,
 * soft hyphens, direction marks) and letters of other scripts drawn like Latin letters
 * ("Strіpe" with a Cyrillic і). A skeleton maps such a name onto the plain one it imitates.
 */

import type { RawFinding } from "../types";

/** Characters that render as nothing (or almost nothing) but split or change a word. */
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/u;
const INVISIBLE_ALL = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

const INVISIBLE_NAMES: Record<number, string> = {
  0x00ad: "soft hyphen", 0x034f: "combining grapheme joiner", 0x061c: "Arabic letter mark",
  0x180e: "Mongolian vowel separator", 0x200b: "zero-width space", 0x200c: "zero-width non-joiner",
  0x200d: "zero-width joiner", 0x200e: "left-to-right mark", 0x200f: "right-to-left mark",
  0x2060: "word joiner", 0xfeff: "zero-width no-break space",
};

/** Pairs of a letter from another script and the Latin letter it passes for. */
const PAIRS =
  "аaеeоoрpсcуyхxѕsіiјjԁdһhӏlԛqԝwкkАAВBЕEКKМMНHОOРPСCТTХXУYЅSІIЈJ" + // Cyrillic
  "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXοoνvαaιiκkρpυuχx" + // Greek
  "օoսuհhոn" + // Armenian
  "ıiȷj"; // dotless Latin letters
const CONFUSABLE = new Map<string, string>();
for (let i = 0; i < PAIRS.length; i += 2) CONFUSABLE.set(PAIRS[i], PAIRS[i + 1]);

const hasLatin = (s: string) => /[A-Za-z]/.test(s);

/** Any invisible or look-alike character at all: without one, no word of a text can be odd. */
const SUSPECT = new RegExp(`[\\p{Cf}\\p{Default_Ignorable_Code_Point}${[...CONFUSABLE.keys()].join("")}]`, "u");

/** Whether a text may hold an odd word (isOddWord); one scan, so that plain text costs nothing more. */
export function mayHoldOddWords(text: string): boolean {
  return SUSPECT.test(text);
}

/** The plain form a name imitates: NFKC, invisible characters dropped, look-alikes mapped, lower case. */
export function skeleton(s: string): string {
  let out = "";
  for (const ch of s.normalize("NFKC").replace(INVISIBLE_ALL, "")) out += CONFUSABLE.get(ch) ?? ch;
  return out.toLowerCase();
}

function scriptOf(cp: number): string {
  if (cp >= 0x0400 && cp <= 0x052f) return "Cyrillic";
  if (cp >= 0x0370 && cp <= 0x03ff) return "Greek";
  if (cp >= 0x0530 && cp <= 0x058f) return "Armenian";
  return "Latin";
}

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The characters that make `s` a look-alike, described for a person: every invisible one, and
 * the foreign look-alike letters when `s` also has Latin letters (a mixed-script word) or
 * `imitates` says it passes for a known name. Empty when `s` is plain.
 */
export function lookalikeChars(s: string, imitates = false): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const nfkc = s.normalize("NFKC");
  const mixed = imitates || hasLatin(nfkc.replace(INVISIBLE_ALL, ""));
  for (const ch of nfkc) {
    if (seen.has(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (INVISIBLE.test(ch)) out.push(`${hex(cp)} (${INVISIBLE_NAMES[cp] ?? "invisible character"})`);
    else if (mixed && CONFUSABLE.has(ch)) out.push(`${hex(cp)} (${scriptOf(cp)} "${ch}", looks like "${CONFUSABLE.get(ch)}")`);
    else continue;
    seen.add(ch);
  }
  return out;
}

/** A name with its invisible characters shown as code points, so a message can show them. */
export function showInvisible(s: string): string {
  return s.replace(INVISIBLE_ALL, (ch) => `<${hex(ch.codePointAt(0)!)}>`);
}

/**
 * Whether a word in running text is odd: it holds an invisible character, or mixes Latin
 * letters with foreign look-alikes. A word wholly in another script is ordinary text.
 */
export function isOddWord(s: string): boolean {
  let latin = false;
  let foreign = false;
  for (const ch of s) {
    if (INVISIBLE.test(ch)) return true;
    if (CONFUSABLE.has(ch)) foreign = true;
    else if (/[A-Za-z]/.test(ch)) latin = true;
  }
  return latin && foreign;
}

/**
 * manifest-invalid findings for processor names and aliases with invisible or look-alike
 * characters. `knownSkeletons` holds the skeletons of catalog names: an all-foreign name
 * whose skeleton is a known service is a look-alike too.
 */
export function lookalikeNameFindings(
  processors: { index: number; name: string; aliases: string[] }[],
  knownSkeletons: (skeleton: string) => boolean,
  rangeOf: (path: (string | number)[]) => [number, number],
): RawFinding[] {
  const out: RawFinding[] = [];
  for (const p of processors) {
    const names: [string, (string | number)[]][] = [[p.name, ["processors", p.index, "name"]], ...p.aliases.map((a, j): [string, (string | number)[]] => [a, ["processors", p.index, "aliases", j]])];
    for (const [name, path] of names) {
      const sk = skeleton(name);
      const chars = lookalikeChars(name, sk !== name.normalize("NFKC").toLowerCase() && knownSkeletons(sk));
      if (!chars.length) continue;
      const [start, end] = rangeOf(path);
      const subject = path.length === 3 ? `processors[${p.index}].name` : `processors[${p.index}].aliases[${path[3]}]`;
      out.push({
        rule: "manifest-invalid", subject, file: "manifest", start, end,
        message: `'${showInvisible(name)}' contains invisible or look-alike characters: ${chars.join(", ")}; type the name in plain letters so that the policy's mentions match it`,
      });
    }
  }
  return out;
}
