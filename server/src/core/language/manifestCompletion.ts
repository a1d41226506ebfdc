import { isMap, isNode, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from "yaml";
import { CATALOG } from "../catalog";
import { CATEGORIES } from "../catalog/types";
import { knownCookieNames, lookupCookie } from "../cookies/known";
import { parseLifetime, formatLifetime } from "../cookies/duration";
import { COOKIE_PURPOSES } from "../cookies/types";
import { displayTransferText } from "../fixes/recipients";
import { msg, regionName } from "../messages";
import { COUNTRY_NAMES } from "../geo/countries";
import type { Manifest } from "../manifest/parse";
import { TRANSFERS } from "../manifest/schema";
import type { CompletionData } from "./types";

/** Where the cursor is in the manifest's YAML: the top-level key, and the key whose value is being typed. */
interface KeyAt {
  section: string;
  key: string;
  /** The key's column, and the map (entry) it belongs to. */
  column: number;
  entry: YAMLMap;
  /** What is typed after `key:` up to the cursor. */
  value: string;
}

/** The pairs from the top of the document down to the cursor, by the yaml package's node ranges. */
function pairsAt(node: unknown, offset: number, out: { pair: Pair; map: YAMLMap }[]): void {
  if (isMap(node)) {
    let hit: Pair | undefined;
    for (const pair of node.items) if (isNode(pair.key) && pair.key.range && pair.key.range[0] <= offset) hit = pair;
    if (!hit) return;
    out.push({ pair: hit, map: node });
    const v = hit.value as Node | null;
    if (isNode(v) && v.range && v.range[0] <= offset && offset <= v.range[1]) pairsAt(v, offset, out);
  } else if (isSeq(node)) {
    const item = node.items.find((i) => isNode(i) && i.range && i.range[0] <= offset && offset <= i.range[1]);
    if (item) pairsAt(item, offset, out);
  }
}

/** The key on the cursor's line whose value the cursor is in (`  - name: Plaus|`), if any. */
export function keyAt(text: string, offset: number): KeyAt | undefined {
  const doc = parseDocument(text, { logLevel: "silent", uniqueKeys: false });
  const chain: { pair: Pair; map: YAMLMap }[] = [];
  pairsAt(doc.contents, offset, chain);
  const leaf = chain[chain.length - 1];
  const key = leaf?.pair.key;
  if (!isScalar(key) || !key.range || typeof key.value !== "string") return undefined;
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const colon = text.indexOf(":", key.range[1]);
  if (key.range[0] < lineStart || colon < 0 || colon >= offset) return undefined;
  const top = chain[0].pair.key;
  return { section: isScalar(top) ? String(top.value) : "", key: key.value, column: key.range[0] - lineStart, entry: leaf.map, value: text.slice(colon + 1, offset).trimStart() };
}

/**
 * Completion in processors.yaml at an offset: a processor `name:` offers the catalog (and
 * fills in category and country), `category:`, `transfer:`, `country:` (also inside
 * `[US, ...]`), `regimes:` and `consent:` offer their allowed values, `store:` / `via:` the
 * manifest's own processors, and in `cookies:` the cookie names, providers and purposes.
 */
export function manifestCompletion(text: string, offset: number, manifest: Manifest | undefined): CompletionData[] {
  const at = keyAt(text, offset);
  if (!at) return [];
  const token = lastToken(at.value);
  const replace = { start: offset - token.length, end: offset };
  const item: Item = (label, detail, kind = "enum", insert = label) => ({ label, detail, kind, insert, replace });
  const fill = (values: Record<string, string>) => fillIn(text, offset, at, values);
  if (at.section === "cookies") return cookieCompletion(at.key, item, fill, manifest);
  switch (at.key) {
    case "name":
      if (at.section !== "processors" || at.value.startsWith("[")) return [];
      return CATALOG.map((e) => ({
        ...item(e.name, `${e.category} · ${e.country}`, "value", yamlScalar(e.name)),
        filterText: [e.name, ...(e.aliases ?? [])].join(" "),
        extraEdits: fill({ category: e.category, country: e.country === "NO" ? '"NO"' : e.country }),
      }));
    case "category":
      return CATEGORIES.map((c) => item(c, msg("completion.category")));
    case "transfer":
      return TRANSFERS.map((t) => item(t, displayTransferText(t)));
    case "country":
      return [
        item("EU", msg("completion.eu")), item("EEA", msg("completion.eea")),
        // the name in the display language; the English name still finds it ("Deutschland", "Germany")
        ...Object.entries(COUNTRY_NAMES).map(([code, name]) => {
          const shown = regionName(code, () => name);
          return { ...item(code, shown, "enum", code === "NO" ? '"NO"' : code), filterText: shown === name ? `${code} ${name}` : `${code} ${shown} ${name}` };
        }),
      ];
    case "regimes":
      return ["gdpr", "uk-gdpr", "ccpa"].map((r) => item(r, msg("completion.regime")));
    case "consent":
      return [item("true", msg("hover.consent-yes")), item("false", msg("hover.consent-no"))];
    case "store":
    case "via":
      return (manifest?.processors ?? []).map((p) => item(p.name, p.purpose ?? msg("completion.processor-only"), "reference", yamlScalar(p.name)));
    default:
      return [];
  }
}

type Item = (label: string, detail: string, kind?: CompletionData["kind"], insert?: string) => CompletionData;
type Fill = (values: Record<string, string>) => CompletionData["extraEdits"];

/**
 * In `cookies:`: `name:` offers the Open Cookie Database's names (a prefix as `name_*`) and fills
 * in provider, purpose and the usual duration; `provider:` the manifest's processors and
 * first-party; `purpose:` the four purposes.
 */
function cookieCompletion(key: string, item: Item, fill: Fill, manifest: Manifest | undefined): CompletionData[] {
  switch (key) {
    case "name": {
      const names = new Set((manifest?.processors ?? []).flatMap((p) => [p.name, ...p.aliases]));
      return knownCookieNames().map((k) => {
        const name = k.pattern ? `${k.name}*` : k.name;
        const known = lookupCookie(k.name);
        const life = known && parseLifetime(known.retention);
        const provider = known?.service && names.has(known.service.name) ? known.service.name : undefined;
        return {
          ...item(name, `${k.platform}${known ? ` · ${known.category}` : ""}`, "value", JSON.stringify(name)),
          extraEdits: fill({
            ...(provider ? { provider: yamlScalar(provider) } : {}),
            ...(known ? { purpose: known.purpose } : {}),
            ...(life && life.kind !== "persistent" ? { duration: formatLifetime(life) } : {}),
          }),
        };
      });
    }
    case "provider":
      return [item("first-party", "set by your own site"), ...(manifest?.processors ?? []).map((p) => item(p.name, p.purpose ?? msg("completion.processor-only"), "reference", yamlScalar(p.name)))];
    case "purpose":
      return COOKIE_PURPOSES.map((p) => item(p, "cookie purpose"));
    case "consent":
      return [item("true", "set only after the person consents"), item("false", "set without consent (strictly necessary)")];
    default:
      return [];
  }
}

/**
 * Lines to add after the cursor's line so that choosing a catalog entry fills in its other
 * keys, skipping keys the entry (the YAML map the key belongs to) already has.
 */
function fillIn(text: string, offset: number, at: KeyAt, values: Record<string, string>): CompletionData["extraEdits"] {
  const present = new Set(at.entry.items.map((p) => (isScalar(p.key) ? String(p.key.value) : "")));
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = Object.entries(values).filter(([k]) => !present.has(k)).map(([k, v]) => `${" ".repeat(at.column)}${k}: ${v}`);
  if (!lines.length) return [];
  // insert at the start of the next line, so the edit never touches the completed value
  const nl = text.indexOf("\n", offset);
  if (nl >= 0) return [{ at: nl + 1, text: lines.map((l) => l + eol).join("") }];
  return [{ at: text.length, text: lines.map((l) => eol + l).join("") }];
}

/** The value being typed: the end of `value` after the last space, comma, bracket or quote. */
function lastToken(value: string): string {
  let i = value.length;
  while (i > 0 && !/[\s,[\]'"]/.test(value[i - 1])) i--;
  return value.slice(i);
}

function yamlScalar(s: string): string {
  return /^[\w][\w .&()/+-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(s) && !/[:#]/.test(s) ? s : JSON.stringify(s);
}
