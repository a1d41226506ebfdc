import type { Change, ChangeEntry, ChangeField, ProcessorFacts } from "./types";

/** How a field is called in a change line: the published list's column names. */
export const FIELD_LABEL: Record<ChangeField, string> = {
  purpose: "purpose", data: "personal data", category: "category", country: "location", transfer: "transfer safeguard", retention: "retention",
};

/** One line saying what a change did, for a changelog line or a feed entry's title. */
export function changeTitle(c: Change): string {
  switch (c.kind) {
    case "added": return `Added ${c.processor}`;
    case "removed": return `Removed ${c.processor}`;
    case "renamed": return `Renamed ${c.from} to ${c.processor}`;
    case "changed": {
      const what = FIELD_LABEL[c.field];
      if (!c.from) return `${c.processor}: ${what} set to ${c.to}`;
      if (!c.to) return `${c.processor}: ${what} removed (was ${c.from})`;
      return `${c.processor}: ${what} changed from ${c.from} to ${c.to}`;
    }
    case "invalid": return capitalize(c.message);
  }
}

/** The facts of an added processor in one line: "Payments; card details; United States; safeguard: …; since 2026-04-05". */
export function factsLine(f: ProcessorFacts): string {
  return [
    f.legalName ? `legal name: ${f.legalName}` : "",
    f.purpose ?? "",
    f.data.length ? `data: ${f.data.join(", ")}` : "",
    f.location ? `location: ${f.location}` : "",
    f.transfer ? `safeguard: ${f.transfer}` : "",
    f.since ? `since ${f.since}` : "",
  ].filter(Boolean).join("; ");
}

/** The date of an entry as YYYY-MM-DD (UTC). */
export function dayOf(entry: Pick<ChangeEntry, "date">): string {
  return new Date(entry.date).toISOString().slice(0, 10);
}

export function shortCommit(commit: string): string {
  return commit.slice(0, 7);
}

function capitalize(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
