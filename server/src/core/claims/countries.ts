import type { RuleContext } from "../context";
import type { Processor } from "../manifest/parse";
import { findCountriesIn, type LanguagePack } from "../packs/index";
import { memoFor, memoized, placeAt } from "../policy/memo";

const REGIONS = new Set(["EU", "EEA"]);

type Place = { code: string; start: number; end: number };

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
    let found: Place[] = [];
    if (block.kind === "row" && block.cells) {
      const nameCell = block.cells.findIndex(([a, b]) => x.start >= a && x.end <= b);
      if (nameCell !== 0 && !(block.header && nameCell >= 0 && k.nameHeader.test(block.header[nameCell] ?? ""))) return;
      block.cells.forEach(([a, b], ci) => {
        if (ci === nameCell) return;
        const h = block.header?.[ci] ?? "";
        if (k.safeguardHeader.test(h)) return;
        if (block.header && !k.locationHeader.test(h)) return;
        found.push(...placeAt(memoized(memoFor<Place[]>(pack, "countries"), doc.masked.slice(a, b), (t) => findCountriesIn(pack, t)), a));
      });
    } else {
      const next = claims[i + 1];
      const limit = next && next.sentence === x.sentence ? next.start : s.end;
      found = placeAt(memoized(memoFor<Place[]>(pack, "places after a name"), doc.masked.slice(x.end, limit), (t) => placesAfter(pack, t)), x.end);
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
function placesAfter(pack: LanguagePack, seg: string): Place[] {
  const out: Place[] = [];
  // "AWS's Frankfurt region": the place is the region's name
  const own = pack.country.placeOwnRegion.exec(seg);
  if (own) {
    const at = own.index + own[0].indexOf(own[1]);
    for (const c of findCountriesIn(pack, own[1])) out.push({ code: c.code, start: at + c.start, end: at + c.end });
  }
  const verb = pack.country.placeVerb.exec(seg);
  if (verb) {
    const tail = seg.slice(verb[0].length, verb[0].length + 60);
    const stop = tail.search(pack.country.placeStop);
    for (const c of findCountriesIn(pack, stop >= 0 ? tail.slice(0, stop) : tail)) out.push({ ...c, start: c.start + verb[0].length, end: c.end + verb[0].length });
  }
  const paren = /\(([^()]{1,80})\)/g;
  for (let m = paren.exec(seg); m; m = paren.exec(seg)) {
    for (const c of findCountriesIn(pack, m[1])) out.push({ code: c.code, start: m.index + 1 + c.start, end: m.index + 1 + c.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
