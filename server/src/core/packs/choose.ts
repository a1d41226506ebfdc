/**
 * Which language a policy is read in, in the contract's order: front matter `lang:` /
 * `language:` (BCP 47), the setting `policywright.language`, a language suffix in the file
 * name (`privacy.de.md`), a folder named like a language (`i18n/de/…`), else detection.
 */
import { DEFAULT_PACK, packFor, type LanguagePack } from "./index";

export type LanguageReason = "front-matter" | "setting" | "file-name" | "folder" | "detected" | "default";

export interface LanguageChoice {
  /** The primary language subtag the policy is read in ("en", "de", "fr", or an unsupported one such as "ru"). */
  code: string;
  /** Why this language was chosen. */
  reason: LanguageReason;
  /** Whether a pack reads this language; if not, the language-dependent rules stay silent. */
  supported: boolean;
  /** The tag as written, when it came from the front matter or a setting. */
  written?: string;
  /** A front matter `lang:` that is not a language tag: the value as written. */
  invalid?: string;
}

/** What the host knows about a policy besides its text. */
export interface LanguageHints {
  /** The setting `policywright.language` ("" or "auto": not set). */
  setting?: string;
  /** The policy's path (workspace-relative or absolute), for a file-name suffix or a language folder. */
  path?: string;
}

/** A BCP 47 tag: a 2–3 letter primary subtag and optional subtags ("de", "de-AT", "fr-CH", "zh-Hant-TW"). */
const TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/** ISO 639-1 codes, so that folder names such as "docs" or "api" are not read as languages. */
const KNOWN = new Set(
  ("aa ab af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu").split(" "),
);

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0];
}

function choice(code: string, reason: LanguageReason, written?: string): LanguageChoice {
  return { code, reason, supported: !!packFor(code), ...(written ? { written } : {}) };
}

/** The language subtag a path names: "privacy.de.md", "datenschutz.de-AT.mdx", "i18n/de/privacy.md", "content/fr/…". */
export function languageOfPath(path: string): { code: string; from: "file-name" | "folder" } | undefined {
  const parts = path.split(/[\\/]+/).filter(Boolean);
  const file = parts.pop() ?? "";
  const suffix = /\.([a-z]{2,3})(?:[-_][a-z]{2})?\.(?:md|mdx|markdown)$/i.exec(file);
  if (suffix && KNOWN.has(suffix[1].toLowerCase())) return { code: suffix[1].toLowerCase(), from: "file-name" };
  for (let i = parts.length - 1; i >= 0; i--) {
    const m = /^([a-z]{2})(?:[-_][a-z]{2})?$/i.exec(parts[i]);
    if (m && KNOWN.has(m[1].toLowerCase())) return { code: m[1].toLowerCase(), from: "folder" };
  }
  return undefined;
}

/**
 * The policy's language. `detect` reads the visible text and returns a subtag, or undefined
 * when it cannot tell (then English, the default).
 */
export function chooseLanguage(frontMatter: Record<string, unknown> | undefined, hints: LanguageHints, detect: () => string | undefined): LanguageChoice {
  const fm = frontMatter?.lang ?? frontMatter?.language;
  let invalid: string | undefined;
  if (fm !== undefined && fm !== null && fm !== "") {
    const written = String(fm).trim();
    if (typeof fm === "string" && TAG.test(written) && KNOWN.has(primary(written))) return choice(primary(written), "front-matter", written);
    invalid = written;
  }
  const withInvalid = (c: LanguageChoice): LanguageChoice => (invalid !== undefined ? { ...c, invalid } : c);
  const setting = hints.setting?.trim();
  if (setting && setting.toLowerCase() !== "auto" && TAG.test(setting)) return withInvalid(choice(primary(setting), "setting", setting));
  const fromPath = hints.path ? languageOfPath(hints.path) : undefined;
  if (fromPath && packFor(fromPath.code)) return withInvalid(choice(fromPath.code, fromPath.from));
  // A path naming a language no pack reads is weak evidence: a folder "ca", "uk" or "id" is as
  // often California, the United Kingdom or Indonesia's site as Catalan, Ukrainian or Indonesian.
  // Such a folder never decides; such a file-name suffix decides unless the text is in a
  // language we read.
  const detected = detect();
  if (fromPath?.from === "file-name" && !(detected && packFor(detected))) return withInvalid(choice(fromPath.code, fromPath.from));
  if (detected) return withInvalid(choice(detected, "detected"));
  return withInvalid(choice(DEFAULT_PACK.code, "default"));
}

/** The pack a choice reads with: its own, or the default pack's structure for an unsupported language. */
export function packOf(c: LanguageChoice): LanguagePack {
  return packFor(c.code) ?? DEFAULT_PACK;
}
