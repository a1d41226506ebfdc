import { MESSAGES, type MessageKey } from "./catalog";

export { MESSAGES, type MessageKey };

export type MessageArgs = Record<string, string | number>;

/** Turns an English template and its arguments into the text shown (the host plugs in @vscode/l10n). */
export type Translate = (english: string, args: MessageArgs) => string;

/** The languages messages are written in; anything else reads English. */
export const MESSAGE_LANGUAGES = ["en", "de", "fr"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

let active: { language: MessageLanguage; translate: Translate } = { language: "en", translate: fill };

/**
 * The message for a key in the display language the host chose (English until it chooses).
 * Rules build every sentence a person reads through this, never by hand.
 */
export function msg(key: MessageKey, args: MessageArgs = {}): string {
  return active.translate(MESSAGES[key], args);
}

/**
 * A text kept beside its data rather than in the catalogue (a disclosure's legal citation,
 * core/disclosures.ts), in the display language; the bundles carry these texts as well, and
 * the messages test lists them with the catalogue's.
 */
export function msgText(english: string): string {
  return active.translate(english, {});
}

/** Called once by a host (language server, CLI, preview) with the display language and its translator. */
export function setMessageLanguage(language: MessageLanguage, translate: Translate): void {
  active = { language, translate };
}

/** The display language messages are in now. */
export function messageLanguage(): MessageLanguage {
  return active.language;
}

/** Fills `{name}` slots; a slot without an argument stays as written. */
export function fill(template: string, args: MessageArgs): string {
  return template.replace(/\{(\w[\w-]*)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
}

/** "a, b and c" (or "a, b or c") in the display language. */
export function joinList(items: readonly string[], conj: "and" | "or" = "and"): string {
  if (items.length < 2) return items.join("");
  return msg(conj === "and" ? "list.and" : "list.or", { first: items.slice(0, -1).join(", "), last: items[items.length - 1] });
}

/** Whether `n` takes the singular in the display language ("0 erreur" is singular in French). */
export function isOne(n: number): boolean {
  return new Intl.PluralRules(active.language).select(n) === "one";
}

type Counted = "day" | "error" | "warning" | "processor" | "retention-entry";

/** "1 day", "3 days", "0 erreur" in the display language, by its plural rules. */
export function count(what: Counted, n: number): string {
  return msg(new Intl.PluralRules(active.language).select(n) === "one" ? `count.${what}.one` : `count.${what}.other`, { n });
}

/** "1 day", "3 days" in the display language. */
export function days(n: number): string {
  return count("day", n);
}

const REGION_NAMES = new Map<string, Intl.DisplayNames>();

/**
 * A country or region code's name in the display language ("Vereinigte Staaten"); English
 * names come from the caller's own table, which knows EU/EEA and the names the rules use.
 */
export function regionName(code: string, english: (code: string) => string): string {
  const lang = active.language;
  if (lang === "en") return english(code);
  if (code === "EU" || code === "EEA") return msg(code === "EU" ? "region.EU" : "region.EEA");
  if (!/^[A-Z]{2}$/.test(code)) return english(code);
  let names = REGION_NAMES.get(lang);
  if (!names) REGION_NAMES.set(lang, (names = new Intl.DisplayNames([lang], { type: "region" })));
  try {
    const n = names.of(code);
    return n && n !== code ? n : english(code);
  } catch {
    return english(code);
  }
}

/** A language code's name in the display language ("Russisch", "russe"). */
export function languageDisplayName(code: string): string {
  try {
    return new Intl.DisplayNames([active.language], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
