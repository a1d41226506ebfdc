/**
 * Repairs between the policy's cookie table and the manifest's `cookies:`: a row in the
 * neighbours' style, a manifest entry from a row, a lifetime corrected on either side. Every
 * value written comes from the side that holds it; a guess from the cookie database is marked
 * for review in the manifest and never written into the policy.
 */
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { Fix } from "../types";
import { formatLifetime } from "./duration";
import { lookupCookie } from "./known";
import type { CookieLifetime, CookieTable, ManifestCookie, PolicyCookie } from "./types";
import { writingVocabulary, type CookieVocabulary } from "./vocabulary";
import { msg } from "../messages";

const eolOf = (text: string) => (text.includes("\r\n") ? "\r\n" : "\n");

/** The words a table is written in. */
export function vocabularyOf(table: CookieTable | undefined, policyLang?: string): CookieVocabulary {
  return writingVocabulary(table?.lang ?? policyLang);
}

function providerText(c: ManifestCookie, v: CookieVocabulary, firstPartyAs?: string): string {
  return !c.provider || c.provider.toLowerCase() === "first-party" ? firstPartyAs ?? v.headings.firstParty : c.provider;
}

function lifetimeText(l: CookieLifetime | undefined, v: CookieVocabulary): string {
  return l ? formatLifetime(l, { session: v.headings.session, unitNames: v.unitNames }) : "";
}

/** How the table's existing rows write a name: in a code span, in bold, or bare. */
function nameStyle(doc: PolicyDoc, cookies: PolicyCookie[]): (name: string) => string {
  const c = cookies[cookies.length - 1];
  if (!c) return (n) => `\`${n}\``;
  const before = doc.text.slice(Math.max(0, c.nameStart - 8), c.nameStart);
  if (/<code>\s*$/i.test(before)) return (n) => `<code>${n}</code>`;
  if (/`\s*$/.test(before)) return (n) => `\`${n}\``;
  if (/\*\*$/.test(before)) return (n) => `**${n}**`;
  return (n) => n;
}

/** A new row (or list item) for a manifest cookie, written like the table's last row. */
export function addRowFix(doc: PolicyDoc, table: CookieTable, rows: PolicyCookie[], c: ManifestCookie, options: { policyLang?: string; firstPartyAs?: string } = {}): Fix | undefined {
  const v = vocabularyOf(table, options.policyLang);
  const eol = eolOf(doc.text);
  const wrap = nameStyle(doc, rows);
  const name = wrap(c.name.text);
  const purpose = c.purpose ? v.purposeNames[c.purpose] : "";
  // lifetimes capitalised like the neighbours' ("Session" beside "Session")
  const upper = rows.filter((r) => r.durationText && /^\p{Lu}/u.test(r.durationText)).length * 2 > rows.filter((r) => r.durationText && /^\p{L}/u.test(r.durationText)).length;
  const life = lifetimeText(c.lifetime, v);
  const hasCategory = (table.columns?.category ?? -1) >= 0;
  const values: Record<string, string> = {
    name, provider: providerText(c, v, options.firstPartyAs), purpose: hasCategory ? "" : purpose, category: purpose,
    duration: upper && /^\p{Ll}/u.test(life) ? life[0].toUpperCase() + life.slice(1) : life, consent: "",
  };
  let newText: string;
  let at = table.end;
  if (table.kind === "table" && table.columns) {
    const cols = table.columns;
    const cells = Array.from({ length: cols.count }, () => "");
    for (const f of ["name", "provider", "purpose", "duration", "category"] as const) if (cols[f] >= 0) cells[cols[f]] = values[f] || "—";
    const last = doc.blocks[table.blocks[table.blocks.length - 1]];
    const line = last ? doc.text.slice(last.start, last.end) : "|";
    const indent = /^[ \t]*/.exec(line)![0];
    const piped = line.trimStart().startsWith("|");
    const body = cells.map((x) => x.replace(/\|/g, "\\|")).join(" | ");
    newText = `${eol}${indent}${piped ? `| ${body} |` : body}`;
  } else if (table.kind === "html" && table.columns) {
    const cols = table.columns;
    const cells = Array.from({ length: cols.count }, () => "");
    for (const f of ["name", "provider", "purpose", "duration", "category"] as const) if (cols[f] >= 0) cells[cols[f]] = escapeHtml(values[f] || "—", f === "name");
    newText = `<tr>${cells.map((x) => `<td>${x}</td>`).join("")}</tr>${eol}`;
  } else {
    const last = doc.blocks[table.blocks[table.blocks.length - 1]];
    if (!last) return undefined;
    const line = doc.text.slice(last.start, last.contentStart);
    const marker = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(line)?.[0].replace(/\d+/, (n) => String(Number(n) + 1)) ?? "";
    const labelled = rows.some((r) => r.block === table.blocks[table.blocks.length - 1] && r.durationRange && /:\s*$/.test(doc.text.slice(Math.max(0, r.durationRange[0] - 20), r.durationRange[0])));
    const parts = labelled
      ? [`${v.headings.provider}: ${values.provider}`, ...(purpose ? [`${v.headings.purpose}: ${purpose}`] : []), ...(values.duration ? [`${v.headings.duration}: ${values.duration}`] : [])].join("; ")
      : [purpose, values.duration].filter(Boolean).join("; ");
    newText = labelled ? `${eol}${marker}${name} – ${parts}` : `${eol}${marker}${name} (${values.provider})${parts ? `: ${parts}` : ""}`;
    if (!marker) newText = `${eol}${newText}`;
    at = last.end;
  }
  return { title: msg("fix.add-cookie-row", { cookie: c.name.text }), edits: [{ file: "policy", start: at, end: at, newText }], preferred: true };
}

function escapeHtml(s: string, code: boolean): string {
  const e = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return code ? `<code>${e.replace(/^`|`$/g, "")}</code>` : e;
}

const yamlScalar = (s: string) => (/^[\w][\w .&()/*@#-]*$/.test(s) && !/^(?:yes|no|true|false|null|on|off)$/i.test(s) && !/\s#/.test(s) ? s : JSON.stringify(s));

/** A manifest entry for a cookie the table lists: the table's facts, a database guess marked for review. */
export function addCookieToManifestFix(m: Manifest, c: PolicyCookie, provider: string | undefined): Fix | undefined {
  const point = m.cookiesEnd;
  if (!point) return undefined;
  const eol = eolOf(m.text);
  const known = lookupCookie(c.name);
  const purpose = c.purpose ?? known?.purpose;
  const lines = [
    `name: ${yamlScalar(c.name.pattern ? `${c.name.prefix}*` : c.name.text)}`,
    `provider: ${provider ? yamlScalar(provider) : "TODO"}${provider ? "" : "  # a processor name, or first-party"}`,
    `purpose: ${purpose ?? "TODO"}${!c.purpose ? `  # TODO: check${known ? " (Open Cookie Database)" : ""}` : ""}`,
    ...(c.lifetime && c.lifetime.kind !== "persistent" ? [`duration: ${formatLifetime(c.lifetime)}`] : []),
  ];
  const pad = `${point.indent}  `;
  const body = lines.map((l, i) => (i === 0 ? `${point.indent}- ${l}` : `${pad}${l}`)).join(eol);
  return { title: msg("fix.add-manifest-cookie", { cookie: c.name.text }), edits: [{ file: "manifest", start: point.offset, end: point.offset, newText: `${eol}${body}` }] };
}

/** Both directions of a lifetime correction. The policy side follows the manifest and is the preferred one. */
export function lifetimeFixes(c: ManifestCookie, p: PolicyCookie, table: CookieTable | undefined, policyLang?: string): Fix[] {
  const fixes: Fix[] = [];
  const v = vocabularyOf(table, policyLang);
  if (p.durationRange && c.lifetime) {
    const want = lifetimeText(c.lifetime, v);
    fixes.push({ title: msg("fix.policy-period", { period: want }), edits: [{ file: "policy", start: p.durationRange[0], end: p.durationRange[1], newText: want }], preferred: true });
  }
  if (c.durationRange && p.lifetime && p.lifetime.kind !== "persistent") {
    const got = formatLifetime(p.lifetime);
    fixes.push({ title: msg("fix.manifest-period", { period: got }), edits: [{ file: "manifest", start: c.durationRange[0], end: c.durationRange[1], newText: got }] });
  }
  return fixes;
}
