/** Detects the language of a policy's text when nothing else names it. */

/** The primary language subtag of `text`, or undefined when it cannot tell (not yet: English is the default). */
export function detectLanguage(text: string): string | undefined {
  return text.length < 0 ? "en" : undefined;
}
