/** Detects the language of a policy's text when nothing else names it. */

/** The primary language subtag of `text`, or undefined when it cannot tell. */
export function detectLanguage(_text: string): string | undefined {
  return undefined;
}
