import { CATALOG } from "../catalog";
import { NameMatcher, type Token } from "../mentions/matcher";
import { isOddWord, lookalikeChars, mayHoldOddWords, showInvisible, skeleton } from "../names/lookalike";
import type { RawFinding } from "../types";
import type { RuleContext } from "../context";
import { policyFinding } from "../findings";
import { msg } from "../messages";

/** A word: letters and digits, possibly glued together by invisible characters ("Str\u200bipe"). */
const LOOSE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|[\p{Cf}\p{Default_Ignorable_Code_Point}]+(?=[\p{L}\p{N}]))*/gu;

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Words that pass for a manifest or catalog name without being it: "Strіpe" with a Cyrillic
 * і, "Go\u200bogle Analytics" with a zero-width space. They never count as the name they
 * imitate, so they are reported (as undeclared-processor, with the odd characters named)
 * instead of silently missing; the fix types the plain name.
 */
export function lookalikeMentions(ctx: RuleContext): RawFinding[] {
  const text = ctx.doc.masked;
  if (!mayHoldOddWords(text)) return [];
  const tokens: (Token & { odd: boolean })[] = [];
  let odd = 0;
  LOOSE_WORD.lastIndex = 0;
  for (let m = LOOSE_WORD.exec(text); m; m = LOOSE_WORD.exec(text)) {
    const raw = m[0];
    const suspicious = NON_ASCII.test(raw) && isOddWord(raw);
    if (suspicious) odd++;
    tokens.push({ start: m.index, end: m.index + raw.length, norm: suspicious ? skeleton(raw) : raw.normalize("NFKC").toLowerCase(), odd: suspicious });
  }
  if (!odd) return [];
  const matcher = new NameMatcher<string>();
  // a manifest name that is itself a look-alike is reported in the manifest, and imitates nothing here
  const plain = (n: string) => !isOddWord(n);
  for (const p of ctx.manifest?.processors ?? []) if (plain(p.name)) for (const n of [p.name, ...p.aliases]) if (plain(n)) matcher.add(skeleton(n), p.name);
  for (const e of CATALOG) for (const n of [e.name, ...(e.aliases ?? [])]) matcher.add(skeleton(n), e.name);
  const out: RawFinding[] = [];
  const hasOdd = (x: { token: number; end: number }) => {
    for (let k = x.token; k < tokens.length && tokens[k].start < x.end; k++) if (tokens[k].odd) return true;
    return false;
  };
  for (const m of matcher.match(text, tokens, hasOdd)) {
    const written = ctx.doc.text.slice(m.start, m.end);
    const chars = lookalikeChars(written, true);
    if (!chars.length) continue;
    out.push({
      ...policyFinding("undeclared-processor", written, msg("undeclared-processor.lookalike", { written: showInvisible(written), name: m.payload, chars: chars.join(", ") }), m.start, m.end),
      fixes: [{ title: msg("fix.replace-with", { text: m.payload }), edits: [{ file: "policy", start: m.start, end: m.end, newText: m.payload }], preferred: true }],
    });
  }
  return out;
}
