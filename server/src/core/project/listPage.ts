/** Which workspace file a manifest's `disclosure.list` names: the published sub-processor list, checked like a policy. */

/** Folders where static-site generators keep the Markdown a page's URL comes from. */
const CONTENT_ROOTS = ["", "content/", "docs/", "src/pages/", "src/content/", "pages/", "site/", "_pages/", "source/"];
const EXTENSIONS = [".md", ".markdown", ".mdx"];

/**
 * The workspace files `disclosure.list` may name, most likely first, as paths relative to the
 * workspace root with forward slashes. A relative path is read from the manifest's folder, as a
 * link would be; a URL's path is looked for as a page source (`/legal/subprocessors` →
 * `legal/subprocessors.md`, `content/legal/subprocessors.md`, `…/index.md`). Nothing outside the
 * workspace is ever a candidate.
 */
export function listPageCandidates(list: string, manifestDir: string): string[] {
  const value = list.trim();
  let path: string;
  let bases: string[];
  if (/^https?:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return [];
    }
    path = safeDecode(url.pathname).replace(/^\/+|\/+$/g, "");
    bases = CONTENT_ROOTS;
  } else if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("/") || value.startsWith("#")) {
    return [];
  } else {
    path = value.split(/[?#]/)[0];
    bases = [manifestDir ? `${manifestDir.replace(/\/+$/, "")}/` : ""];
  }
  const out: string[] = [];
  for (const base of bases) {
    const p = normalize(`${base}${path}`);
    if (p === undefined) continue;
    const stem = p.replace(/\.(?:html?|md|markdown|mdx)$/i, "");
    if (/\.(?:md|markdown|mdx)$/i.test(p)) out.push(p);
    if (stem) for (const ext of EXTENSIONS) out.push(`${stem}${ext}`);
    for (const ext of EXTENSIONS) out.push(`${stem ? `${stem}/` : ""}index${ext}`);
  }
  return [...new Set(out)];
}

/** The first candidate the workspace has (`exists` is the host's file check, root-relative). */
export function findListPage(list: string, manifestDir: string, exists: (relPath: string) => boolean): string | undefined {
  return listPageCandidates(list, manifestDir).find(exists);
}

/** `a/./b/../c` → `a/c`; undefined when it climbs out of the root. */
function normalize(p: string): string | undefined {
  const out: string[] = [];
  for (const part of p.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
