import type { RuleContext } from "../context";
import type { Processor } from "../manifest/parse";
import { findCountriesIn, type LanguagePack } from "../packs/index";

const REGIONS = new Set(["EU", "EEA"]);

export interface CountryClaim {
  processor: Processor;
  codes: string[];
  start: number;
  end: number;
}

/** Countries the policy attributes to manifest processors: "(USA)", a Location cell, "based in Ireland". */
export function countryClaims(ctx: RuleContext): CountryClaim[] {
  const { doc, pack } = ctx;
  const k = pack.country;
  const out: CountryClaim[] = [];
  const claims = ctx.mentions.filter((x) => x.processor && !x.denied && x.sentence >= 0);
  claims.forEach((x, i) => {
    const s = doc.sentences[x.sentence];
    const block = doc.blocks[s.block];
    let found: { code: string; start: number; end: number }[] = [];
    if (block.kind === "row" && block.cells) {
      const nameCell = block.cells.findIndex(([a, b]) => x.start >= a && x.end <= b);
      if (nameCell !== 0 && !(block.header && nameCell >= 0 && k.nameHeader.test(block.header[nameCell] ?? ""))) return;
      block.cells.forEach(([a, b], ci) => {
        if (ci === nameCell) return;
        const h = block.header?.[ci] ?? "";
        if (k.safeguardHeader.test(h)) return;
        if (block.header && !k.locationHeader.test(h)) return;
        found.push(...findCountriesIn(pack, doc.masked.slice(a, b)).map((c) => ({ ...c, start: c.start + a, end: c.end + a })));
      });
    } else {
      const next = claims[i + 1];
      const limit = next && next.sentence === x.sentence ? next.start : s.end;
      found = placesAfter(pack, doc.masked, x.end, limit);
    }
    if (!found.length) return;
    const specific = found.filter((c) => !REGIONS.has(c.code));
    const use = specific.length ? specific : found;
    out.push({ processor: x.processor!, codes: use.map((c) => c.code), start: use[0].start, end: use[use.length - 1].end });
  });
  return out;
}

/**
 * Countries in parentheses after a name, or after "based in" and its kin ("servers located in",
 * "sent to the X servers in", "X's Frankfurt region"), before the next processor.
 */
function placesAfter(pack: LanguagePack, text: string, from: number, to: number): { code: string; start: number; end: number }[] {
  const seg = text.slice(from, to);
  const out: { code: string; start: number; end: number }[] = [];
  // "AWS's Frankfurt region": the place is the region's name
  const own = pack.country.placeOwnRegion.exec(seg);
  if (own) {
    const at = own.index + own[0].indexOf(own[1]);
    for (const c of findCountriesIn(pack, own[1])) out.push({ code: c.code, start: from + at + c.start, end: from + at + c.end });
  }
  const verb = pack.country.placeVerb.exec(seg);
  if (verb) {
    const tail = seg.slice(verb[0].length, verb[0].length + 60);
    const stop = tail.search(pack.country.placeStop);
    for (const c of findCountriesIn(pack, stop >= 0 ? tail.slice(0, stop) : tail)) out.push({ ...c, start: c.start + from + verb[0].length, end: c.end + from + verb[0].length });
  }
  const paren = /\(([^()]{1,80})\)/g;
  for (let m = paren.exec(seg); m; m = paren.exec(seg)) {
    for (const c of findCountriesIn(pack, m[1])) out.push({ code: c.code, start: from + m.index + 1 + c.start, end: from + m.index + 1 + c.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
