import { Feed } from "feed";
import type { Change, ChangeEntry } from "./types";
import { changeTitle, factsLine, shortCommit } from "./words";

export interface AtomOptions {
  /** The feed's own URL (its self link and id). */
  self: string;
  /** The published list, linked from every entry. */
  list?: string;
  /** Who publishes the feed (the controller). */
  publisher?: { name?: string; email?: string };
}

/** An id that stays the same for a change however often the feed is rebuilt. */
export function changeId(e: ChangeEntry, c: Change): string {
  const slug = (s: string) => encodeURIComponent(s.normalize("NFKC").toLowerCase().replace(/\s+/g, "-"));
  const what = c.kind === "invalid" ? "invalid" : c.kind === "changed" ? `changed:${slug(c.processor)}:${c.field}` : `${c.kind}:${slug(c.processor)}`;
  return `urn:policywright:change:${e.commit}:${what}`;
}

/**
 * An Atom 1.0 feed with one entry per change, built with the `feed` library. The feed's
 * updated time is the newest commit's, not the clock's, so an unchanged history gives a
 * byte-identical feed.
 */
export function changesAtom(entries: readonly ChangeEntry[], opts: AtomOptions): string {
  const name = opts.publisher?.name;
  const newest = entries[0] ? new Date(entries[0].date) : new Date(0);
  const feed = new Feed({
    title: name ? `${name}: sub-processor changes` : "Sub-processor changes",
    id: opts.self,
    link: opts.list ?? opts.self,
    updated: newest,
    generator: "Policywright",
    feedLinks: { atom: opts.self },
    author: { name: name ?? "Sub-processor list", ...(opts.publisher?.email ? { email: opts.publisher.email } : {}) },
  });
  for (const e of entries) {
    for (const c of e.changes) {
      const details = c.kind === "added" ? factsLine(c.facts) : "";
      feed.addItem({
        title: changeTitle(c),
        id: changeId(e, c),
        link: opts.list ?? opts.self,
        date: new Date(e.date),
        description: [details, `Commit ${shortCommit(e.commit)}: ${e.subject}`].filter(Boolean).join(". "),
      });
    }
  }
  return feed.atom1();
}
