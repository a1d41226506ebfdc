import { CLAUSE_IDS, renderClause } from "../clauses/templates";
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { msg } from "../messages";
import type { CompletionData } from "./types";

/**
 * Completion in a policy at an offset: the manifest's processor names and aliases wherever a
 * word is typed, and at the start of a line the clauses the templates write from the manifest.
 */
export function policyCompletion(policy: PolicyDoc, manifest: Manifest | undefined, offset: number): CompletionData[] {
  const text = policy.text;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const word = typedWord(before);
  const replace = { start: offset - word.length, end: offset };
  const items: CompletionData[] = [];
  for (const p of manifest?.processors ?? []) {
    for (const name of [p.name, ...p.aliases]) {
      items.push({ label: name, kind: "reference", detail: name === p.name ? msg("completion.processor", { purpose: p.purpose ?? p.category ?? "" }) : msg("completion.alias", { name: p.name }), insert: name, replace, source: "processors.yaml", sortText: `0${name.toLowerCase()}` });
    }
  }
  const lead = /^[ \t]*/.exec(before)![0].length;
  if (/^[ \t]*[#\w-]*$/.test(before)) {
    items.push(...clauseItems(policy, manifest, { start: lineStart, end: offset }));
    items.push(...snippetItems(policy, { start: lineStart + lead, end: offset }));
  }
  return items;
}

/** The word being typed at the end of `before` (letters, digits and the marks company names use inside). */
function typedWord(before: string): string {
  let i = before.length;
  while (i > 0 && /[\p{L}\p{N}.&'’-]/u.test(before[i - 1])) i--;
  // a word starts with a letter or digit
  while (i < before.length && !/[\p{L}\p{N}]/u.test(before[i])) i++;
  return before.slice(i);
}

/** Generated clauses, offered at the start of a line; each replaces what was typed on the line. */
function clauseItems(policy: PolicyDoc, manifest: Manifest | undefined, replace: { start: number; end: number }): CompletionData[] {
  const eol = policy.text.includes("\r\n") ? "\r\n" : "\n";
  const level = "#".repeat(bodyLevel(policy));
  const out: CompletionData[] = [];
  for (const id of CLAUSE_IDS) {
    let clause;
    try {
      clause = renderClause(id, manifest, "plain", new Date(), policy.pack);
    } catch {
      continue; // a template still being written must not break completion
    }
    if (!clause) continue;
    const text = (clause.heading ? `${level} ${clause.heading}\n\n${clause.body}\n` : `${clause.body}\n`).replace(/\r?\n/g, eol);
    const title = clause.heading || capitalize(msg("disclosure.last-updated"));
    out.push({
      label: msg("completion.clause", { title }), filterText: `pw ${id} ${title}`, kind: "snippet", detail: msg("completion.clause.detail", { id }),
      documentation: text, insert: text, replace, sortText: `1${id}`,
    });
  }
  return out;
}

/**
 * The pw-* snippets of the policy's language (tab stops, choices, fill-ins), offered where a
 * line starts. They come from the language pack, so a German policy gets German snippets and
 * an English one the English snippets under the same prefixes. A `##` heading in a snippet
 * takes the policy's heading level.
 */
function snippetItems(policy: PolicyDoc, replace: { start: number; end: number }): CompletionData[] {
  const eol = policy.text.includes("\r\n") ? "\r\n" : "\n";
  const level = "#".repeat(bodyLevel(policy));
  return Object.values(policy.pack.clauses.snippets).map((s) => {
    const body = s.body.map((line) => line.replace(/^## /, `${level} `)).join(eol);
    return { label: s.prefix, filterText: s.prefix, kind: "snippet", snippet: true, detail: s.description, insert: body, replace, sortText: `2${s.prefix}` };
  });
}

const capitalize = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** The heading level most sections below the title use (2 when the policy has none). */
function bodyLevel(p: PolicyDoc): number {
  const counts = new Map<number, number>();
  for (const s of p.sections) if (s.level > 1) counts.set(s.level, (counts.get(s.level) ?? 0) + 1);
  let best = 2;
  let n = 0;
  for (const [level, c] of counts) if (c > n || (c === n && level < best)) [best, n] = [level, c];
  return best;
}
