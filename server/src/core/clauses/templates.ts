import type { Manifest } from "../manifest/parse";

export type Tone = "plain" | "formal";

/** A clause ready to insert: its heading text (without #) and its Markdown body. */
export interface Clause {
  id: string;
  heading: string;
  body: string;
}

/** Clause ids: every required disclosure id plus common optional sections. */
export const CLAUSE_IDS: readonly string[] = [];

/** Renders a clause from the manifest (stub; the clause templates fill this in). */
export function renderClause(id: string, _manifest: Manifest | undefined, _tone: Tone = "plain"): Clause | undefined {
  return { id, heading: id, body: "" };
}
