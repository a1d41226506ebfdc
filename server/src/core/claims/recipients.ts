import type { Link } from "../policy/parse";

function normalizeUrl(u: string): { host: string; path: string } {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]+)([^?#]*)/i.exec(u.trim());
  const host = m ? m[1].toLowerCase().replace(/^www\./, "") : "";
  const path = (m ? m[2] : u.split(/[?#]/)[0]).replace(/^\.?\/+/, "").replace(/\/+$/, "").replace(/\.(?:md|html?)$/i, "").toLowerCase();
  return { host, path };
}

/** A link to the published sub-processor list: the same URL, or a relative link to the same path or file. */
export function linksTo(links: Link[], target: string): boolean {
  const t = normalizeUrl(target);
  const base = t.path.split("/").pop();
  return links.some((l) => {
    const h = normalizeUrl(l.href);
    if (h.host) return h.host === t.host && h.path === t.path;
    const p = h.path.replace(/^(?:\.\.\/)+/, "");
    return p === t.path || (!!base && p.split("/").pop() === base);
  });
}
