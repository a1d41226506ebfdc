import type { Analysis } from "../analyze";
import type { Processor } from "../manifest/parse";
import type { Mention } from "../mentions/find";
import { firstReached } from "../text/sortedSearch";

/** The item whose [start, end] contains an offset, in a list of items that do not overlap, sorted by start. */
export function findAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  const x = items[firstReached(items.length, (i) => items[i].end >= offset)];
  return x && x.start <= offset ? x : undefined;
}

/** The mention under an offset of a policy (its name as written), if any. */
export function mentionAt(a: Analysis, offset: number): Mention | undefined {
  return findAt(a.mentions, offset);
}

/** The manifest processor whose `name:` value holds the offset. */
export function processorNameAt(processors: readonly Processor[], offset: number): Processor | undefined {
  return processors.find((p) => p.nameRange[0] <= offset && offset <= p.nameRange[1]);
}

/** The manifest processor whose entry holds the offset (anywhere in `- name: ...` and its keys). */
export function processorEntryAt(processors: readonly Processor[], offset: number): Processor | undefined {
  return processorNameAt(processors, offset) ?? processors.find((p) => p.range[0] <= offset && offset < p.range[1]);
}

const same = (a: Processor | undefined, b: Processor) => !!a && a.name.toLowerCase() === b.name.toLowerCase();

/** The places a policy names a processor (denials excluded: they do not disclose it). */
export function mentionsOf(a: Analysis, p: Processor): Mention[] {
  return a.mentions.filter((m) => same(m.processor, p) && !m.denied);
}
