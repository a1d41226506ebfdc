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

/** Pages that are one policy in several languages, each group in path order; single pages are left out. */
export function translationGroups(paths: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const { key } = translationKey(p);
    const g = groups.get(key);
    if (g) g.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort());
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
