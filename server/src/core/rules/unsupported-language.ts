import { SUPPORTED_LANGUAGES, packFor } from "../packs/index";
import type { RawFinding } from "../types";
import { policyFinding, topRange, type Rule } from "./rule";

const NAMES = new Intl.DisplayNames(["en"], { type: "language" });

/** The language's English name ("Russian"), or the code when the runtime does not know it. */
function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

const supported = () => SUPPORTED_LANGUAGES.map((c) => packFor(c)!.name).join(", ").replace(/, ([^,]*)$/, " and $1");

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
        ...policyFinding("unsupported-language", lang.invalid, `The front matter's lang "${lang.invalid}" is not a language tag (write one such as "de", "fr-CH" or "en-GB"); the policy is read as ${languageName(lang.code)} (${reasonText(lang.reason)}).`, ...fmRange()),
        severity: "warning",
      });
    }
    if (!lang.supported) {
      const where = lang.reason === "front-matter" ? fmRange() : topRange(doc);
      out.push(policyFinding("unsupported-language", lang.code, `This policy is in ${languageName(lang.code)} (${reasonText(lang.reason)}). Policywright reads ${supported()}: the checks that depend on language (missing sections, retention periods, transfers, consent, countries and dates) did not run; names, contacts, placeholders and the manifest were checked.`, ...where));
    }
    return out;
  },
};

function reasonText(reason: string): string {
  switch (reason) {
    case "front-matter": return "from the front matter";
    case "setting": return "from the setting policywright.language";
    case "file-name": return "from the file name";
    case "folder": return "from the folder name";
    case "detected": return "detected from the text";
    default: return "the default";
  }
}
