import * as l10n from "@vscode/l10n";
import { setMessageLanguage, type MessageLanguage } from "../core/messages";
import de from "../../../l10n/bundle.l10n.de.json";
import fr from "../../../l10n/bundle.l10n.fr.json";

/**
 * The display language of messages, through VS Code's localisation library: the bundles are the
 * extension's own l10n/bundle.l10n.*.json (the client reads the same files through vscode.l10n),
 * built into the server and the CLI so they work without VS Code too.
 */
const BUNDLES: Record<Exclude<MessageLanguage, "en">, Record<string, string>> = { de, fr };

/**
 * The message language for a locale as editors and shells write it: "de", "de-AT", "fr_CH.UTF-8",
 * "en-US". Anything else ("C", "POSIX", "ja", empty) reads English.
 */
export function messageLanguageOf(locale: string | undefined): MessageLanguage {
  const base = (locale ?? "").trim().toLowerCase().split(/[-_.@]/)[0];
  return base === "de" || base === "fr" ? base : "en";
}

/** The locale a shell asks for, in POSIX order: LC_ALL, then LC_MESSAGES, then LANG ("C" reads English). */
export function localeFromEnv(env: Record<string, string | undefined>): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => !!v);
}

/** Makes every message from now on follow `locale`; returns the language used. */
export function useMessageLanguage(locale: string | undefined): MessageLanguage {
  const lang = messageLanguageOf(locale);
  l10n.config({ contents: lang === "en" ? {} : BUNDLES[lang] });
  setMessageLanguage(lang, (english, args) => l10n.t(english, args));
  return lang;
}
