import { basename, dirname } from "./paths";

/** A language subtag as sites write it in file and folder names: `de`, `fr`, `pt-br`, `zh-hant`. */
const LANG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i;
/** Folders under which sites keep one tree per language. */
const LANG_PARENTS = new Set(["i18n", "content", "locales", "locale", "lang", "translations", "docs"]);

/**
 * The key that the pages of one policy in several languages share: `privacy.md` and
 * `privacy.de.md` (a language suffix), `content/privacy.md` and `content/de/privacy.md` or
 * `i18n/de/docusaurus-plugin-content-pages/privacy.md` (a language folder) all come down
 * to the same key. Pure path arithmetic on '/'-separated paths.
 */
export function translationKey(path: string): { key: string; language?: string } {
  const p = path.replace(/\\/g, "/");
  const name = basename(p);
  const suffix = /^(.*)\.([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)\.(md|markdown|mdx)$/i.exec(name);
  let language = suffix && LANG.test(suffix[2]) ? suffix[2].toLowerCase() : undefined;
  const base = suffix && language ? `${suffix[1]}.${suffix[3]}` : name;
  const parts = dirname(p).split("/");
  for (let i = parts.length - 1; i > 0; i--) {
    if (LANG.test(parts[i]) && LANG_PARENTS.has(parts[i - 1].toLowerCase())) {
      language ??= parts[i].toLowerCase();
      parts.splice(i, 1);
      // Docusaurus keeps translated pages under i18n/<lang>/docusaurus-plugin-content-pages/
      if (parts[i - 1].toLowerCase() === "i18n" && /^docusaurus-plugin-content-/.test(parts[i] ?? "")) parts.splice(i - 1, 2, "src", "pages");
      break;
    }
  }
  return { key: `${parts.join("/")}/${base.replace(/\.(?:md|markdown|mdx)$/i, "")}`.toLowerCase(), ...(language ? { language } : {}) };
}

/**
 * The key a page's front matter gives it: Hugo links the translations of a page by a shared
 * `translationKey` even when their paths differ (`content/en/legal/privacy.md` and
 * `content/de/rechtliches/datenschutz.md`). Scoped to the site's content folder (or, without
 * one, the top folder of the path) so two sites in one workspace never share a key.
 */
export function frontMatterTranslationKey(path: string, frontMatter: unknown): string | undefined {
  if (!frontMatter || typeof frontMatter !== "object" || Array.isArray(frontMatter)) return undefined;
  const value = (frontMatter as Record<string, unknown>).translationKey;
  if ((typeof value !== "string" && typeof value !== "number") || !String(value).trim()) return undefined;
  const parts = path.replace(/\\/g, "/").split("/");
  const content = parts.lastIndexOf("content");
  const scope = content >= 0 ? parts.slice(0, content + 1).join("/") : parts.slice(0, -1).join("/");
  return `${scope.toLowerCase()}#${String(value).trim().toLowerCase()}`;
}

/**
 * Pages that are one policy in several languages, each group in path order; single pages are
 * left out. Two pages belong together when their paths come down to the same key, or when
 * `linkKey` (a page's front-matter `translationKey`, see above) gives both the same key.
 */
export function translationGroups(paths: readonly string[], linkKey?: (path: string) => string | undefined): string[][] {
  // union-find over the pages: each key joins the pages that share it
  const parent = paths.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const first = new Map<string, number>();
  const join = (key: string, i: number) => {
    const j = first.get(key);
    if (j === undefined) first.set(key, i);
    else parent[find(i)] = find(j);
  };
  paths.forEach((p, i) => {
    join(`path:${translationKey(p).key}`, i);
    const link = linkKey?.(p);
    if (link) join(`link:${link}`, i);
  });
  const groups = new Map<number, string[]>();
  paths.forEach((p, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(p);
    else groups.set(root, [p]);
  });
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...new Set(g)].sort()).filter((g) => g.length > 1);
}

/** The paths with the pages of one policy next to each other (first appearance decides the order). */
export function groupTranslations(paths: readonly string[]): string[] {
  const order = new Map<string, string[]>();
  for (const p of paths) {
    const { key } = translationKey(p);
    const g = order.get(key);
    if (g) g.push(p);
    else order.set(key, [p]);
  }
  return [...order.values()].flat();
}

/**
 * The pages of `self`'s policy among `paths` (self included, in path order), or undefined for
 * a page kept in one language. `frontMatterOf` reads a page's front matter data; it is asked
 * about the pages whose path matches first, and about every other page only when one of those
 * has a `translationKey` (which may link pages with any path). `rel` gives the path the keys
 * are computed on (relative to the workspace folder).
 */
export async function translationsOf(self: string, paths: readonly string[], frontMatterOf: (path: string) => Promise<unknown>, rel: (path: string) => string = (p) => p): Promise<string[] | undefined> {
  const all = [...new Set([self, ...paths])];
  const fm = new Map<string, unknown>();
  const read = async (ps: string[]) => {
    for (const p of ps) if (!fm.has(p)) fm.set(p, await frontMatterOf(p));
  };
  const link = (p: string) => frontMatterTranslationKey(rel(p), fm.get(p));
  const own = translationKey(rel(self)).key;
  await read(all.filter((p) => translationKey(rel(p)).key === own));
  if ([...fm.keys()].some(link)) await read(all);
  return translationGroups([...fm.keys()], link).find((g) => g.includes(self));
}
