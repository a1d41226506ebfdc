import { CompletionItemKind, type CompletionItem, type Position, type TextEdit } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { CATALOG } from "../core/catalog";
import { CATEGORIES } from "../core/catalog/types";
import { knownCookieNames, lookupCookie } from "../core/cookies/known";
import { parseLifetime, formatLifetime } from "../core/cookies/duration";
import { COOKIE_PURPOSES } from "../core/cookies/types";
import { transferText } from "../core/fixes/recipients";
import { COUNTRY_NAMES } from "../core/geo/countries";
import type { Manifest } from "../core/manifest/parse";
import { TRANSFERS } from "../core/manifest/schema";

const KEY_LINE = /^(\s*)(-\s+)?([\w-]+):[ \t]*(.*)$/;

/**
 * Completion in processors.yaml, from the line the cursor is on: a processor `name:` offers
 * the catalog (and fills in category and country), `category:`, `transfer:`, `country:`
 * (also inside `[US, ...]`), `regimes:` and `consent:` offer their allowed values, and
 * `store:` / `via:` the manifest's own processors.
 */
export function manifestCompletion(doc: TextDocument, pos: Position, before: string, manifest: Manifest | undefined): CompletionItem[] {
  const m = KEY_LINE.exec(before);
  if (!m) return [];
  const [, indent, dash = "", key, value] = m;
  const section = sectionOf(doc, pos.line);
  const token = /[^\s,[\]'"]*$/.exec(value)![0];
  const range = { start: { line: pos.line, character: pos.character - token.length }, end: pos };
  const item = (label: string, detail: string, kind: CompletionItemKind = CompletionItemKind.EnumMember, insert = label): CompletionItem => ({ label, detail, kind, textEdit: { range, newText: insert } });
  if (section === "cookies") return cookieCompletion(doc, pos.line, indent.length + dash.length, key, item, manifest);
  switch (key) {
    case "name":
      if (section !== "processors" || value.startsWith("[")) return [];
      return CATALOG.map((e) => ({
        ...item(e.name, `${e.category} · ${e.country}`, CompletionItemKind.Value, yamlScalar(e.name)),
        filterText: [e.name, ...(e.aliases ?? [])].join(" "),
        additionalTextEdits: fillIn(doc, pos.line, indent.length + dash.length, { category: e.category, country: e.country === "NO" ? '"NO"' : e.country }),
      }));
    case "category":
      return CATEGORIES.map((c) => item(c, "processor category"));
    case "transfer":
      return TRANSFERS.map((t) => item(t, transferText(t)));
    case "country":
      return [
        item("EU", "the European Union"), item("EEA", "the European Economic Area"),
        ...Object.entries(COUNTRY_NAMES).map(([code, name]) => ({ ...item(code, name, CompletionItemKind.EnumMember, code === "NO" ? '"NO"' : code), filterText: `${code} ${name}` })),
      ];
    case "regimes":
      return ["gdpr", "uk-gdpr", "ccpa"].map((r) => item(r, "regime"));
    case "consent":
      return [item("true", "used only after the person consents"), item("false", "not consent-based")];
    case "store":
    case "via":
      return (manifest?.processors ?? []).map((p) => item(p.name, p.purpose ?? "processor", CompletionItemKind.Reference, yamlScalar(p.name)));
    default:
      return [];
  }
}

type Item = (label: string, detail: string, kind?: CompletionItemKind, insert?: string) => CompletionItem;

/**
 * In `cookies:`: `name:` offers the Open Cookie Database's names (a prefix as `name_*`) and fills
 * in provider, purpose and the usual duration; `provider:` the manifest's processors and
 * first-party; `purpose:` the four purposes.
 */
function cookieCompletion(doc: TextDocument, line: number, column: number, key: string, item: Item, manifest: Manifest | undefined): CompletionItem[] {
  switch (key) {
    case "name": {
      const names = new Set((manifest?.processors ?? []).flatMap((p) => [p.name, ...p.aliases]));
      return knownCookieNames().map((k) => {
        const name = k.pattern ? `${k.name}*` : k.name;
        const known = lookupCookie(k.name);
        const life = known && parseLifetime(known.retention);
        const provider = known?.service && names.has(known.service.name) ? known.service.name : undefined;
        return {
          ...item(name, `${k.platform}${known ? ` · ${known.category}` : ""}`, CompletionItemKind.Value, JSON.stringify(name)),
          additionalTextEdits: fillIn(doc, line, column, {
            ...(provider ? { provider: yamlScalar(provider) } : {}),
            ...(known ? { purpose: known.purpose } : {}),
            ...(life && life.kind !== "persistent" ? { duration: formatLifetime(life) } : {}),
          }),
        };
      });
    }
    case "provider":
      return [item("first-party", "set by your own site", CompletionItemKind.EnumMember), ...(manifest?.processors ?? []).map((p) => item(p.name, p.purpose ?? "processor", CompletionItemKind.Reference, yamlScalar(p.name)))];
    case "purpose":
      return COOKIE_PURPOSES.map((p) => item(p, "cookie purpose"));
    case "consent":
      return [item("true", "set only after the person consents"), item("false", "set without consent (strictly necessary)")];
    default:
      return [];
  }
}

/** The top-level key (processors, retention, controller...) the line belongs to. */
function sectionOf(doc: TextDocument, line: number): string | undefined {
  for (let l = line; l >= 0; l--) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } });
    const m = /^([\w-]+)\s*:/.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Lines to add after `name:` so that choosing a catalog service fills in its category and
 * country, skipping keys the entry already has.
 */
function fillIn(doc: TextDocument, line: number, column: number, values: Record<string, string>): TextEdit[] {
  const present = new Set<string>();
  for (let l = line + 1; l < doc.lineCount; l++) {
    const text = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, "");
    if (!text.trim() || /^\s*#/.test(text)) continue;
    const m = /^(\s*)(-\s+)?([\w-]+)\s*:/.exec(text);
    if (!m || m[1].length < column || m[2]) break;
    present.add(m[3]);
  }
  const eol = doc.getText().includes("\r\n") ? "\r\n" : "\n";
  const lines = Object.entries(values).filter(([k]) => !present.has(k)).map(([k, v]) => `${" ".repeat(column)}${k}: ${v}`);
  if (!lines.length) return [];
  // insert at the start of the next line, so the edit never touches the completed value
  if (line + 1 < doc.lineCount) return [{ range: { start: { line: line + 1, character: 0 }, end: { line: line + 1, character: 0 } }, newText: lines.map((l) => l + eol).join("") }];
  const end = doc.positionAt(doc.getText().length);
  return [{ range: { start: end, end }, newText: lines.map((l) => eol + l).join("") }];
}

function yamlScalar(s: string): string {
  return /^[\w][\w .&()/+-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(s) && !/[:#]/.test(s) ? s : JSON.stringify(s);
}
