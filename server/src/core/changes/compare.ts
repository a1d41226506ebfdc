import type { Manifest, Processor } from "../manifest/parse";
import { factsOf, sameFact, shown } from "./facts";
import { CHANGE_FIELDS, type Change } from "./types";

const norm = (s: string) => s.normalize("NFKC").trim().toLowerCase();
const namesOf = (p: Processor) => [p.name, ...p.aliases].map(norm);

/** Pairs of [old, new] entries that are the same processor, and what is left on each side. */
export interface Matching {
  pairs: [Processor, Processor][];
  removed: Processor[];
  added: Processor[];
}

/**
 * Matches the processors of two manifests: by name first, then by any shared name or alias
 * (a rename that kept the old name as an alias), then by position when every fact is the same
 * (a rename and nothing else). Order does not matter otherwise, so reordering is no change.
 */
export function matchProcessors(before: readonly Processor[], after: readonly Processor[]): Matching {
  const pairs: [Processor, Processor][] = [];
  const oldLeft = new Set(before);
  const newLeft = new Set(after);
  const take = (o: Processor, n: Processor) => {
    pairs.push([o, n]);
    oldLeft.delete(o);
    newLeft.delete(n);
  };
  const byName = new Map(before.map((p) => [norm(p.name), p]));
  for (const n of after) {
    const o = byName.get(norm(n.name));
    if (o && oldLeft.has(o)) take(o, n);
  }
  for (const n of [...newLeft]) {
    const names = new Set(namesOf(n));
    const o = [...oldLeft].find((x) => namesOf(x).some((k) => names.has(k)));
    if (o) take(o, n);
  }
  for (const n of [...newLeft]) {
    const o = [...oldLeft].find((x) => x.index === n.index);
    if (o && CHANGE_FIELDS.every((f) => sameFact(o, n, f))) take(o, n);
  }
  return { pairs, removed: [...oldLeft], added: [...newLeft] };
}

/** What changed between two valid manifests, in the newer manifest's order (removals last). */
export function compareManifests(before: Manifest, after: Manifest): Change[] {
  const { pairs, removed, added } = matchProcessors(before.processors, after.processors);
  const out: { at: number; change: Change }[] = [];
  for (const p of added) out.push({ at: p.index, change: { kind: "added", processor: p.name, facts: factsOf(p) } });
  for (const [o, n] of pairs) {
    if (norm(o.name) !== norm(n.name)) out.push({ at: n.index, change: { kind: "renamed", processor: n.name, from: o.name } });
    for (const field of CHANGE_FIELDS) {
      if (!sameFact(o, n, field)) out.push({ at: n.index, change: { kind: "changed", processor: n.name, field, from: shown(o, field), to: shown(n, field) } });
    }
  }
  for (const p of removed) out.push({ at: Number.MAX_SAFE_INTEGER - 1000 + p.index, change: { kind: "removed", processor: p.name } });
  return out.sort((a, b) => a.at - b.at).map((x) => x.change);
}
