/**
 * A `cookies:` section drafted from the policy's cookie table: for `policywright init`, and for
 * the quick fix a team gets before it declares its cookies. The table's own facts are written
 * as they are; what only the cookie database suggests is marked `# TODO: check`.
 */
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { Fix } from "../types";
import { formatLifetime, parseLifetime } from "./duration";
import { impliesService } from "./implied";
import { lookupCookie } from "./known";
import { cookieKey } from "./names";
import { readCookieTables } from "./table";
import type { PolicyCookie } from "./types";
import { msg } from "../messages";
import { namesFirstParty } from "./vocabulary";

const q = (s: string) => (/^[\w][\w .&()/*@#+-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(s) && !/\s#/.test(s) ? s : JSON.stringify(s));

/**
 * YAML lines (without the `cookies:` key) for every cookie the table lists, once each.
 * `processorName` resolves a provider cell or a database platform to a processor the
 * manifest (or the draft) has.
 */
export function draftCookieLines(doc: PolicyDoc, processorName: (written: string) => string | undefined, indent = "  "): string[] {
  const { cookies } = readCookieTables(doc);
  const seen = new Set<string>();
  const L: string[] = [];
  for (const c of cookies) {
    const key = cookieKey(c.name);
    if (seen.has(key)) continue;
    seen.add(key);
    L.push(...entry(c, processorName, indent));
  }
  return L;
}

function entry(c: PolicyCookie, processorName: (written: string) => string | undefined, indent: string): string[] {
  const known = lookupCookie(c.name);
  const pad = `${indent}  `;
  const fromCell = c.provider ? (namesFirstParty(c.provider) ? "first-party" : processorName(c.provider)) : undefined;
  const fromDb = known?.service && impliesService(c, known) ? processorName(known.service.name) ?? known.service.name : undefined;
  const provider = fromCell ?? fromDb;
  const purpose = c.purpose ?? known?.purpose;
  const lifetime = c.lifetime ?? (known ? parseLifetime(known.retention) : undefined);
  return [
    `${indent}- name: ${q(c.name.pattern ? `${c.name.prefix}*` : c.name.text)}`,
    `${pad}provider: ${provider ? q(provider) : "first-party  # TODO: check"}${provider && !fromCell ? "  # TODO: check (Open Cookie Database)" : ""}`,
    `${pad}purpose: ${purpose ?? "necessary"}${c.purpose ? "" : "  # TODO: check"}`,
    ...(lifetime && lifetime.kind !== "persistent" ? [`${pad}duration: ${formatLifetime(lifetime)}${c.lifetime ? "" : "  # TODO: check (usual retention)"}`] : []),
  ];
}

/** The fix that adds a drafted `cookies:` section to a manifest that has none. */
export function draftCookiesFix(doc: PolicyDoc, m: Manifest): Fix | undefined {
  if (m.cookiesDeclared || /^cookies\s*:/m.test(m.text)) return undefined;
  const names = m.processors.flatMap((p) => [p.name, ...p.aliases].map((n) => [n.toLowerCase(), p.name] as const));
  const resolve = (written: string) => {
    const w = written.toLowerCase();
    return names.find(([n]) => n === w)?.[1] ?? names.find(([n]) => w.includes(n))?.[1];
  };
  const lines = draftCookieLines(doc, resolve);
  if (!lines.length) return undefined;
  const eol = m.text.includes("\r\n") ? "\r\n" : "\n";
  const sep = m.text.length && !m.text.endsWith("\n") ? eol : "";
  return {
    title: msg("fix.draft-cookies"),
    edits: [{ file: "manifest", start: m.text.length, end: m.text.length, newText: `${sep}cookies:${eol}${lines.join(eol)}${eol}` }],
  };
}
