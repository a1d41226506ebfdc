import { CATALOG } from "./data";
import type { CatalogEntry } from "./types";

export type { CatalogEntry } from "./types";
export { CATALOG };

const byName = new Map<string, CatalogEntry>();
for (const e of CATALOG) for (const n of [e.name, ...(e.aliases ?? [])]) byName.set(key(n), e);

function key(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The catalog entry a name or alias belongs to (case and punctuation insensitive). */
export function lookupCatalog(name: string): CatalogEntry | undefined {
  return byName.get(key(name)) ?? byName.get(key(stripLegalSuffix(name)));
}

/** The entry's parent, if it names one ("Amazon SES" -> "Amazon Web Services"). */
export function catalogParent(entry: CatalogEntry): CatalogEntry | undefined {
  return entry.parent ? byName.get(key(entry.parent)) : undefined;
}

const SUFFIX = /(?<![,\s])[,\s]+(?:inc|llc|ltd|limited|gmbh|ag|pbc|plc|oy|oü|ou|ab|as|aps|sa|sas|srl|spa|bv|b\.v|nv|n\.v|corp|corporation|co|d\.o\.o|s\.a|s\.r\.l|s\.p\.a)\.?$/i;

/** "Stripe, Inc." -> "Stripe"; "Hetzner Online GmbH" -> "Hetzner Online". */
export function stripLegalSuffix(name: string): string {
  let n = name.trim();
  for (let i = 0; i < 2 && SUFFIX.test(n); i++) n = n.replace(SUFFIX, "").trim();
  return n;
}
