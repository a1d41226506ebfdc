import type { CookieRow, CookieStatus, PreviewModel } from "./types";
import { escapeHtml as h } from "./html";
import { badge, panel, where, type PanelOptions } from "./panelParts";
import { joinList, msg, type MessageKey } from "../core/messages";

/**
 * The words of the cookie view are messages of the catalogue (core/messages, keys
 * `preview.cookies.*`), so they follow the display language like the findings do.
 */
const STATUS: Record<CookieStatus, MessageKey> = {
  both: "preview.cookies.status.both", "only-manifest": "preview.cookies.status.only-manifest", "only-policy": "preview.cookies.status.only-policy", mismatch: "preview.cookies.status.mismatch",
};
const DIFFERS: Record<CookieRow["differs"][number], MessageKey> = {
  lifetime: "preview.cookies.differs.lifetime", category: "preview.cookies.differs.category", consent: "preview.cookies.differs.consent",
};
const dash = `<span class="pw-none">—</span>`;

/**
 * The cookie view: the policy's cookie table beside the manifest's `cookies:`, each cookie
 * marked as in both, only in one of them, or differing, like the processor coverage table.
 * Absent when neither the policy nor the manifest has anything about cookies.
 */
export function cookiesPanel(model: PreviewModel, o: PanelOptions): string {
  const c = model.cookies;
  if (!c || (!c.declared && !c.tables && !c.rows.length)) return "";
  if (!c.declared) {
    const rows = c.rows.map((r) => row(r, o, false)).join("");
    return panel("cookies", msg("preview.cookies.title"), "", `<p class="pw-empty">${h(msg("preview.cookies.not-declared"))}</p>${rows ? table(rows) : ""}`);
  }
  const open = c.rows.filter((r) => r.status !== "both").length;
  const notes = !c.tables && c.rows.length ? `<p class="pw-empty">${h(msg("preview.cookies.no-table"))}</p>` : "";
  // the cookies to check first, each group in the policy's order
  const rows = [...c.rows].sort((a, b) => Number(b.status !== "both") - Number(a.status !== "both"));
  const body = rows.length ? notes + table(rows.map((r) => row(r, o, true)).join("")) : `<p class="pw-empty">${h(msg("preview.cookies.empty"))}</p>`;
  return panel("cookies", msg("preview.cookies.title"), badge(open, "to-check", open > 0), body);
}

function table(rows: string): string {
  const [cookie, status, policy, manifest] = (["cookie", "status", "policy", "manifest"] as const).map((c) => msg(`preview.cookies.column.${c}`));
  return `<table class="pw-table pw-cookies"><thead><tr><th scope="col">${h(cookie)}</th><th scope="col">${h(status)}</th><th scope="col">${h(policy)}</th><th scope="col">${h(manifest)}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** A cell's fact, marked when it is one of the things that differ. */
const fact = (text: string | undefined, bad: boolean) => (text ? (bad ? `<span class="pw-bad">${h(text)}</span>` : h(text)) : undefined);

function row(r: CookieRow, o: PanelOptions, compared: boolean): string {
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
      p.withoutConsent ? fact(msg("preview.cookies.consent.without"), consent) : undefined,
    ].filter(Boolean).join(" · ") + ` ${where(p.at, o, r.findingIds.length ? `pw-f-${r.findingIds[0]}` : undefined)}`
    : `<span class="pw-bad">${h(msg("preview.cookies.cell.not-listed"))}</span>`;
  const manifestCell = m
    ? [fact(m.duration, lifetime), fact(m.purpose, category), fact(msg(m.consent ? "preview.cookies.consent.needed" : "preview.cookies.consent.not-needed"), consent)].filter(Boolean).join(" · ") || dash
    : compared ? `<span class="pw-bad">${h(msg("preview.cookies.cell.not-declared"))}</span>` : dash;
  const bad = compared && r.status !== "both";
  const label = msg(STATUS[r.status], { what: joinList(r.differs.map((d) => msg(DIFFERS[d]))) });
  const status = compared ? `<span class="${bad ? "pw-bad" : "pw-ok"}">${h(label)}</span>` : dash;
  const provider = m?.provider ?? p?.provider;
  const name = `<code class="pw-cookie-name">${h(r.name)}</code>${provider ? `<span class="pw-purpose">${h(provider)}</span>` : ""}`;
  return `<tr class="pw-cookie-${r.status}${bad ? " pw-row-bad" : ""}"><th scope="row">${name}</th><td>${status}</td><td>${policyCell}</td><td>${manifestCell}</td></tr>`;
}
