import type { LanguageChoice } from "../packs/choose";
import { languageDisplayName, msg } from "./index";

/** Why the language was chosen, in the display language ("from the file name"). */
export function reasonText(reason: string): string {
  switch (reason) {
    case "front-matter": case "setting": case "file-name": case "folder": case "detected":
      return msg(`language-reason.${reason}`);
    default:
      return msg("language-reason.default");
  }
}

/** "German (detected from the text)": the policy's language and why, for the status bar and the preview. */
export function languageLabel(choice: Pick<LanguageChoice, "code" | "reason">): string {
  return msg("language.label", { language: languageDisplayName(choice.code), reason: reasonText(choice.reason) });
}
