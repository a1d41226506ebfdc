import { formatLifetime } from "../core/cookies/duration";
import { cookieDifferences, pairCookies, type CookiePairing } from "../core/cookies/match";
import type { ManifestCookie, PolicyCookie } from "../core/cookies/types";
import type { TableInput } from "./tables";
import type { CookieRow, CookieSection } from "./types";

/**
 * The cookie view: the policy's cookie table beside the manifest's `cookies:`, one row per
 * cookie, each marked as in both, only in the manifest, only in the policy, or differing
 * (lifetime, category, consent). It reads the same pairing and comparison as cookie-mismatch,
 * so the view and the findings never disagree.
 */
export function buildCookies({ analysis, findings, place }: TableInput): CookieSection {
  const m = analysis.manifest;
  const declared = !!m?.cookiesDeclared;
  let pairing: CookiePairing;
  try {
    pairing = pairCookies(analysis.doc, m);
  } catch {
    return { declared, tables: 0, rows: [] };
  }
  const text = analysis.doc.text;
  const findingsOf = (name: string) => findings.filter((f) => f.rule === "cookie-mismatch" && f.file === "policy" && f.subject === name).map((f) => f.id);
  const rows: CookieRow[] = [];
  const seen = new Set<string>();
  pairing.cookies.forEach((p, i) => {
    const c = declared ? pairing.manifestOf[i] : undefined;
    const key = `${c ? c.index : "-"}:${p.name.text.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    const differs = c ? cookieDifferences(c, p) : [];
    const name = c?.name.text ?? p.name.text;
    rows.push({
      name,
      status: !c ? "only-policy" : differs.length ? "mismatch" : "both",
      differs,
      ...(c ? { manifest: manifestSide(c) } : {}),
      policy: policySide(p, text, place),
      findingIds: findingsOf(name),
    });
  });
  if (declared) {
    for (const c of pairing.unlisted) rows.push({ name: c.name.text, status: "only-manifest", differs: [], manifest: manifestSide(c), findingIds: findingsOf(c.name.text) });
  }
  return { declared, tables: pairing.tables.length, rows };
}

function manifestSide(c: ManifestCookie): NonNullable<CookieRow["manifest"]> {
  return {
    ...(c.provider ? { provider: c.provider } : {}),
    ...(c.purpose ? { purpose: c.purpose } : {}),
    ...(c.durationText ? { duration: c.durationText } : c.lifetime ? { duration: formatLifetime(c.lifetime) } : {}),
    consent: c.consent,
  };
}

function policySide(p: PolicyCookie, text: string, place: TableInput["place"]): NonNullable<CookieRow["policy"]> {
  const category = p.purposeRange ? text.slice(p.purposeRange[0], p.purposeRange[1]).trim() : p.purposeText ?? p.purpose;
  const duration = p.durationText ?? (p.durationRange ? text.slice(p.durationRange[0], p.durationRange[1]) : undefined);
  return {
    written: p.name.text,
    at: place(p.nameStart, p.nameEnd),
    ...(p.provider ? { provider: p.provider } : {}),
    ...(category ? { category } : {}),
    ...(duration ? { duration } : {}),
    withoutConsent: !!p.withoutConsent,
  };
}
