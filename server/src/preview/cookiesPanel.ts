import type { CookieRow, CookieStatus, PreviewModel } from "./types";
import { escapeHtml as h } from "./html";
import { badge, panel, where, type PanelOptions } from "./panelParts";
import { msg } from "../core/messages";

/** Every word the cookie view shows, in one place, in the display language (the texts are in the message catalogue). */
export function cookieViewText() {
  return {
    title: msg("preview.cookies.title"),
    columns: { cookie: msg("preview.cookies.col.cookie"), status: msg("preview.cookies.col.status"), policy: msg("preview.col.policy-says"), manifest: msg("preview.col.manifest-says") },
    status: { both: msg("preview.cookies.both"), "only-manifest": msg("preview.cookies.only-manifest"), "only-policy": msg("preview.cookies.only-policy"), mismatch: msg("preview.differs") } satisfies Record<CookieStatus, string>,
    differs: { lifetime: msg("preview.cookies.lifetime"), category: msg("preview.cookies.category"), consent: msg("preview.cookies.consent") } satisfies Record<CookieRow["differs"][number], string>,
    consent: { needed: msg("preview.consent-yes"), notNeeded: msg("preview.cookies.no-consent"), without: msg("preview.cookies.without-consent") },
    notDeclared: msg("preview.cookies.not-declared"),
    noTable: msg("preview.cookies.no-table"),
    empty: msg("preview.cookies.empty"),
    notListed: msg("preview.cookies.not-listed"),
    notDeclaredCell: msg("preview.cookies.not-declared-cell"),
  };
}

const dash = `<span class="pw-none">—</span>`;

/**
 * The cookie view: the policy's cookie table beside the manifest's `cookies:`, each cookie
 * marked as in both, only in one of them, or differing, like the processor coverage table.
 * Absent when neither the policy nor the manifest has anything about cookies.
 */
export function cookiesPanel(model: PreviewModel, o: PanelOptions): string {
  const T = cookieViewText();
  const c = model.cookies;
  if (!c || (!c.declared && !c.tables && !c.rows.length)) return "";
  if (!c.declared) {
    const rows = c.rows.map((r) => row(T, r, o, false)).join("");
    return panel("cookies", T.title, "", `<p class="pw-empty">${h(T.notDeclared)}</p>${rows ? table(T, rows) : ""}`);
  }
  const open = c.rows.filter((r) => r.status !== "both").length;
  const notes = !c.tables && c.rows.length ? `<p class="pw-empty">${h(T.noTable)}</p>` : "";
  // the cookies to check first, each group in the policy's order
  const rows = [...c.rows].sort((a, b) => Number(b.status !== "both") - Number(a.status !== "both"));
  const body = rows.length ? notes + table(T, rows.map((r) => row(T, r, o, true)).join("")) : `<p class="pw-empty">${h(T.empty)}</p>`;
  return panel("cookies", T.title, badge(open, "to-check", open > 0), body);
}

type Text = ReturnType<typeof cookieViewText>;

function table(T: Text, rows: string): string {
  const { cookie, status, policy, manifest } = T.columns;
  return `<table class="pw-table pw-cookies"><thead><tr><th scope="col">${h(cookie)}</th><th scope="col">${h(status)}</th><th scope="col">${h(policy)}</th><th scope="col">${h(manifest)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A cell's fact, marked when it is one of the things that differ. */
const fact = (text: string | undefined, bad: boolean) => (text ? (bad ? `<span class="pw-bad">${h(text)}</span>` : h(text)) : undefined);

function row(T: Text, r: CookieRow, o: PanelOptions, compared: boolean): string {
  const lifetime = r.differs.includes("lifetime");
  const category = r.differs.includes("category");
  const consent = r.differs.includes("consent");
  const p = r.policy;
  const m = r.manifest;
  const policyCell = p
    ? [
      p.written !== r.name ? `<code>${h(p.written)}</code>` : undefined,
      fact(p.duration, lifetime),
      fact(p.category, category),
      p.withoutConsent ? fact(T.consent.without, consent) : undefined,
    ].filter(Boolean).join(" · ") + ` ${where(p.at, o, r.findingIds.length ? `pw-f-${r.findingIds[0]}` : undefined)}`
    : `<span class="pw-bad">${h(T.notListed)}</span>`;
  const manifestCell = m
    ? [fact(m.duration, lifetime), fact(m.purpose, category), fact(m.consent ? T.consent.needed : T.consent.notNeeded, consent)].filter(Boolean).join(" · ") || dash
    : compared ? `<span class="pw-bad">${h(T.notDeclaredCell)}</span>` : dash;
  const bad = compared && r.status !== "both";
  const label = r.status === "mismatch" ? `${T.status.mismatch}: ${r.differs.map((d) => T.differs[d]).join(", ")}` : T.status[r.status];
  const status = compared ? `<span class="${bad ? "pw-bad" : "pw-ok"}">${h(label)}</span>` : dash;
  const provider = m?.provider ?? p?.provider;
  const name = `<code class="pw-cookie-name">${h(r.name)}</code>${provider ? `<span class="pw-purpose">${h(provider)}</span>` : ""}`;
  return `<tr class="pw-cookie-${r.status}${bad ? " pw-row-bad" : ""}"><th scope="row">${name}</th><td>${status}</td><td>${policyCell}</td><td>${manifestCell}</td></tr>`;
}
