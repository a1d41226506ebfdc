import { SUPPORTED_LANGUAGES, packFor } from "../packs/index";
import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";
import { joinList, languageDisplayName, msg } from "../messages";
import { reasonText } from "../messages/language";

/** The supported languages' names in the display language ("German, French and English"). */
const supported = () => joinList(SUPPORTED_LANGUAGES.map((c) => languageDisplayName(packFor(c)!.code)));

/**
 * The policy is in a language no pack reads, or its front matter `lang:` is not a language
 * tag: the language-dependent rules stay silent rather than guess, and this says so once.
 */
export const unsupportedLanguage: Rule = {
  id: "unsupported-language",
  defaultSeverity: "info",
  description: "The policy is in a language Policywright does not read; only the language-independent checks ran.",
  needsManifest: false,
  run(ctx) {
    const { doc } = ctx;
    const lang = doc.language;
    const out: RawFinding[] = [];
    const fmRange = (): [number, number] => {
      const fm = doc.frontMatter;
      const at = fm ? doc.text.slice(fm.start, fm.end).search(/^(?:lang|language)[ \t]*:/m) : -1;
      if (!fm || at < 0) return topRange(doc);
      const start = fm.start + at;
      const eol = doc.text.slice(start).search(/\r|\n/);
      return [start, eol < 0 ? doc.text.length : start + eol];
    };
    if (lang.invalid !== undefined) {
      out.push({
        ...policyFinding("unsupported-language", lang.invalid, msg("unsupported-language.bad-tag", { tag: lang.invalid, language: languageDisplayName(lang.code), reason: reasonText(lang.reason) }), ...fmRange()),
        severity: "warning",
      });
    }
    if (!lang.supported) {
      const where = lang.reason === "front-matter" ? fmRange() : topRange(doc);
      out.push(policyFinding("unsupported-language", lang.code, msg("unsupported-language", { language: languageDisplayName(lang.code), reason: reasonText(lang.reason), supported: supported() }), ...where));
    }
    return out;
  },
};
