import type { CatalogEntry } from "../catalog/types";

/** What adding a processor needs of a manifest (structural, so the manifest parser can offer the fix too). */
interface ManifestText {
  text: string;
  processorsEnd?: { offset: number; indent: string };
}
import type { Fix } from "../types";
import { msg } from "../messages";

const yamlString = (s: string) => (/^[\w][\w .&()/-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off)$/i.test(s) ? s : JSON.stringify(s));

/**
 * Appends a processor entry to the manifest, in the indentation of the existing entries,
 * filled from the catalog where it knows the service. Guesses are marked for review.
 */
export function addProcessorFix(manifest: ManifestText, name: string, entry?: CatalogEntry): Fix[] {
  const text = manifest.text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const point = manifest.processorsEnd;
  const lines = [
    `name: ${yamlString(entry?.name ?? name)}`,
    `purpose: ${msg("init.describe-purpose", { name: entry?.name ?? name })}`,
    ...(entry ? [`category: ${entry.category}`] : []),
    `country: ${entry?.country === "NO" ? '"NO"' : entry?.country ?? "TODO"}${entry ? `  # ${msg("init.check-catalog")}` : ""}`,
    ...(entry && entry.country !== "EU" ? ["transfer: TODO  # scc | adequacy | dpf | bcr | consent | none"] : []),
  ];
  const title = msg("fix.add-to-manifest", { name: entry?.name ?? name });
  if (point) {
    const pad = `${point.indent}  `;
    const body = lines.map((l, i) => (i === 0 ? `${point.indent}- ${l}` : `${pad}${l}`)).join(eol);
    return [{ title, edits: [{ file: "manifest", start: point.offset, end: point.offset, newText: `${eol}${body}` }] }];
  }
  if (/^processors\s*:/m.test(text)) return [];
  const body = lines.map((l, i) => (i === 0 ? `  - ${l}` : `    ${l}`)).join(eol);
  const sep = text.length && !text.endsWith("\n") ? eol : "";
  return [{ title, edits: [{ file: "manifest", start: text.length, end: text.length, newText: `${sep}processors:${eol}${body}${eol}` }] }];
}
