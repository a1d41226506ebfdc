import { parseManifest, type Manifest, type Processor } from "../manifest/parse";
import { compareManifests, matchProcessors } from "./compare";
import { factsOf } from "./facts";
import type { ChangeEntry, ManifestHistory, ManifestVersion, ProcessorOrigin } from "./types";

/**
 * Reads a manifest's history semantically: each version (oldest first) is parsed with the
 * manifest parser and compared with the last valid one, so reformatting, reordering and
 * comments are no change. A version that does not validate gets an entry saying so, and the
 * next valid one is compared with the last valid one before it. Entries come newest first;
 * commits that changed nothing a reader of the list would notice have no entry.
 */
export function readHistory(versions: readonly ManifestVersion[], parse: (text: string) => Manifest = parseManifest): ManifestHistory {
  const entries: ChangeEntry[] = [];
  let last: Manifest | undefined;
  let origins = new Map<Processor, { commit: string; date: string; initial: boolean }>();
  for (const v of versions) {
    const m = parse(v.text);
    const head = { commit: v.commit, date: v.date, ...(v.author ? { author: v.author } : {}), subject: v.subject, path: v.path };
    if (m.findings.length) {
      const first = m.findings[0];
      const more = m.findings.length > 1 ? ` (and ${m.findings.length - 1} more)` : "";
      entries.push({ ...head, changes: [{ kind: "invalid", message: `manifest invalid in this commit: ${first.subject}: ${first.message}${more}` }] });
      continue;
    }
    const next = new Map<Processor, { commit: string; date: string; initial: boolean }>();
    if (!last) {
      for (const p of m.processors) next.set(p, { commit: v.commit, date: v.date, initial: true });
      entries.push({ ...head, changes: m.processors.map((p) => ({ kind: "added" as const, processor: p.name, facts: factsOf(p) })) });
    } else {
      const { pairs, added } = matchProcessors(last.processors, m.processors);
      for (const [o, n] of pairs) next.set(n, origins.get(o)!);
      for (const p of added) next.set(p, { commit: v.commit, date: v.date, initial: false });
      const changes = compareManifests(last, m);
      if (changes.length) entries.push({ ...head, changes });
    }
    last = m;
    origins = next;
  }
  const list: ProcessorOrigin[] = last
    ? last.processors.map((p) => ({ names: [p.name, ...p.aliases], ...origins.get(p)! }))
    : [];
  return { entries: entries.reverse(), origins: list };
}

/** The origin of a processor of the (possibly uncommitted) working manifest, matched like a rename. */
export function originOf(p: Pick<Processor, "name" | "aliases">, origins: readonly ProcessorOrigin[]): ProcessorOrigin | undefined {
  const names = new Set([p.name, ...p.aliases].map((n) => n.normalize("NFKC").trim().toLowerCase()));
  return origins.find((o) => o.names.some((n) => names.has(n.normalize("NFKC").trim().toLowerCase())));
}
