import { addCookieToManifestFix, addRowFix, lifetimeFixes, vocabularyOf } from "../cookies/fixes";
import { cookieDifferences, pairCookies } from "../cookies/match";
import { namesFirstParty } from "../cookies/vocabulary";
import type { CookieTable, ManifestCookie, PolicyCookie } from "../cookies/types";
import type { Manifest } from "../manifest/parse";
import type { RawFinding } from "../types";
import { policyFinding, type Rule } from "./rule";
import { msg } from "../messages";

/**
 * The policy's cookie table against the manifest's `cookies:` (spec §9): a cookie only one side
 * lists, a lifetime that differs, a cookie the policy calls necessary or consent-free that the
 * manifest does not. Silent until the manifest declares cookies.
 */
export const cookieMismatch: Rule = {
  id: "cookie-mismatch",
  defaultSeverity: "warning",
  description: "The policy's cookie table disagrees with the cookies the manifest declares.",
  needsManifest: true,
  run(ctx) {
    const m = ctx.manifest;
    if (!m?.cookiesDeclared) return [];
    const pairing = pairCookies(ctx.doc, m);
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    const once = (key: string) => !seen.has(key) && !!seen.add(key);
    pairing.cookies.forEach((p, i) => {
      const c = pairing.manifestOf[i];
      const table = pairing.tables[p.table];
      if (!c) {
        if (!once(`missing:${p.name.text.toLowerCase()}`)) return;
        const fix = addCookieToManifestFix(m, p, providerFor(m, p));
        out.push({
          ...policyFinding("cookie-mismatch", p.name.text, msg("cookie-mismatch.undeclared", { cookie: p.name.text }), p.nameStart, p.nameEnd),
          ...(fix ? { fixes: [fix] } : {}),
        });
        return;
      }
      out.push(...compare(c, p, table));
    });
    if (pairing.tables.some((t) => t.blocks.length || t.kind === "html") && pairing.cookies.length) {
      for (const c of pairing.unlisted) {
        const table = tableFor(pairing.tables, pairing.cookies, c);
        const rows = pairing.cookies.filter((x) => pairing.tables[x.table] === table);
        const anchor = rows[0] ?? pairing.cookies[0];
        const fix = addRowFix(ctx.doc, table, rows, c, { firstPartyAs: firstPartyText(pairing) });
        out.push({
          ...policyFinding("cookie-mismatch", c.name.text, msg("cookie-mismatch.unlisted", { cookie: c.name.text }), anchor.nameStart, anchor.nameEnd),
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
    }
    return out;
  },
};

function compare(c: ManifestCookie, p: PolicyCookie, table: CookieTable | undefined): RawFinding[] {
  const out: RawFinding[] = [];
  const subject = c.name.text;
  const differs = cookieDifferences(c, p);
  if (differs.includes("lifetime") && p.durationRange) {
    out.push({
      ...policyFinding("cookie-mismatch", subject, msg("cookie-mismatch.lifetime", { cookie: p.name.text, written: p.durationText ?? "?", want: c.durationText ?? "?" }), p.durationRange[0], p.durationRange[1]),
      fixes: lifetimeFixes(c, p, table),
    });
  }
  if (differs.includes("category") && c.purpose) {
    const [s, e] = p.purposeRange ?? [p.nameStart, p.nameEnd];
    const v = vocabularyOf(table);
    out.push({
      ...policyFinding("cookie-mismatch", subject, msg("cookie-mismatch.necessary", { cookie: p.name.text, purpose: c.purpose }), s, e),
      ...(p.purposeRange ? { fixes: [{ title: msg("fix.cookie-category", { category: v.purposeNames[c.purpose] }), edits: [{ file: "policy" as const, start: s, end: e, newText: v.purposeNames[c.purpose] }], preferred: true }] } : {}),
    });
  } else if (differs.includes("consent")) {
    const [s, e] = p.withoutConsentRange ?? [p.nameStart, p.nameEnd];
    out.push(policyFinding("cookie-mismatch", subject, msg(c.purpose ? "cookie-mismatch.without-consent-purpose" : "cookie-mismatch.without-consent", { cookie: p.name.text, purpose: c.purpose ?? "" }), s, e));
  }

  return out;
}

/** How the table names the site itself as provider, from a row the manifest calls first-party. */
function firstPartyText(pairing: ReturnType<typeof pairCookies>): string | undefined {
  const i = pairing.cookies.findIndex((p, k) => p.provider && pairing.manifestOf[k]?.provider?.toLowerCase() === "first-party");
  return i >= 0 ? pairing.cookies[i].provider : undefined;
}

/** The table a missing cookie belongs in: one whose rows share its purpose, else the longest. */
function tableFor(tables: CookieTable[], cookies: PolicyCookie[], c: ManifestCookie): CookieTable {
  const withRows = tables.filter((t, i) => cookies.some((x) => x.table === i));
  const same = withRows.find((t) => cookies.some((x) => tables[x.table] === t && x.purpose && x.purpose === c.purpose));
  if (same) return same;
  return withRows.reduce((a, b) => (b.blocks.length > a.blocks.length ? b : a), withRows[0] ?? tables[0]);
}

/** The manifest processor (or first-party) a row's provider cell names, if it names one. */
function providerFor(m: Manifest, p: PolicyCookie): string | undefined {
  const raw = p.provider?.trim();
  if (raw) {
    const low = raw.toLowerCase();
    const hit = m.processors.find((x) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === low || low.includes(n.toLowerCase())));
    if (hit) return hit.name;
    if (namesFirstParty(raw) || (m.controller.name && low.includes(m.controller.name.toLowerCase()))) return "first-party";
  }
  return undefined;
}
