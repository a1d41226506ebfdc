/**
 * What hover shows on a cookie name, in the policy or in the manifest: the Open Cookie
 * Database's platform, category, usual retention and description, and the manifest's entry.
 * Pure: the host turns the Markdown and the range into its own hover.
 */
import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import { msg } from "../messages";
import { formatLifetime } from "./duration";
import { cookieDatabase, lookupCookie, type KnownCookie } from "./known";
import { pairCookies } from "./match";
import type { CookieName, ManifestCookie } from "./types";

export interface CookieHover {
  markdown: string;
  start: number;
  end: number;
}

function databaseLines(name: CookieName): string[] {
  const k: KnownCookie | undefined = lookupCookie(name);
  if (!k) return [msg("cookie-hover.not-in-db")];
  const rows: [string, string | undefined][] = [
    [msg("cookie-hover.platform"), k.service && k.service.name !== k.platform ? msg("cookie-hover.in-catalog", { platform: k.platform, name: k.service.name }) : k.platform],
    [msg("hover.field.category"), msg("cookie-hover.category", { category: k.category, purpose: k.purpose })],
    [msg("cookie-hover.usual-retention"), k.retention || undefined],
  ];
  return [
    msg("cookie-hover.db", { prefix: k.pattern ? msg("cookie-hover.prefix", { name: k.name }) : "" }),
    "",
    ...rows.filter(([, v]) => v).map(([a, v]) => msg("hover.field", { field: a, value: v! })),
    ...(k.description ? ["", k.description] : []),
    "",
    msg("cookie-hover.data", { name: cookieDatabase().name, licence: cookieDatabase().licence }),
  ];
}

function manifestLines(c: ManifestCookie): string[] {
  return [
    msg("cookie-hover.declared", { provider: c.provider ?? "?", purpose: c.purpose ?? "?", duration: c.lifetime ? formatLifetime(c.lifetime) : c.durationText ?? "?", consent: msg(c.consent ? "cookie-hover.with-consent" : "cookie-hover.without-consent") }),
  ];
}

/** Hover on a cookie name in the policy's cookie table. */
export function policyCookieHover(doc: PolicyDoc, m: Manifest | undefined, offset: number): CookieHover | undefined {
  const pairing = pairCookies(doc, m);
  const i = pairing.cookies.findIndex((c) => offset >= c.nameStart && offset <= c.nameEnd);
  if (i < 0) return undefined;
  const c = pairing.cookies[i];
  const declared = pairing.manifestOf[i];
  const lines = [`**\`${c.name.text}\`**`, "", ...databaseLines(c.name)];
  if (declared) lines.push("", ...manifestLines(declared));
  else if (m?.cookiesDeclared) lines.push("", msg("cookie-hover.undeclared"));
  return { markdown: lines.join("\n"), start: c.nameStart, end: c.nameEnd };
}

/** Hover on a cookie's `name:` value in the manifest. */
export function manifestCookieHover(m: Manifest, offset: number): CookieHover | undefined {
  const c = (m.cookies ?? []).find((x) => offset >= x.nameRange[0] && offset <= x.nameRange[1]);
  if (!c) return undefined;
  return { markdown: [`**\`${c.name.text}\`**`, "", ...databaseLines(c.name)].join("\n"), start: c.nameRange[0], end: c.nameRange[1] };
}
