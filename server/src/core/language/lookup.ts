import type { Analysis } from "../analyze";
import type { Processor } from "../manifest/parse";
import type { Mention } from "../mentions/find";

/** The item whose [start, end] contains an offset, in a list sorted by start. */
export function findAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = items[mid];
    if (x.end < offset) lo = mid + 1;
    else if (x.start > offset) hi = mid - 1;
    else return x;
  }
  return undefined;
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
