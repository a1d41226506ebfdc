import type { Place } from "./types";
import { escapeHtml as h } from "./html";
import { messageLanguage, msg } from "../core/messages";

/** The pieces every view of the side panel is built from. */

/** Interactive panels (the live preview) get buttons; the static review page gets links. */
export interface PanelOptions {
  interactive: boolean;
}

/** What a count counts, in the summary and on the panels' badges. */
export type Counted = "error" | "warning" | "note" | "missing" | "not-named" | "mismatch" | "to-check";

/** "2 errors", "1 mismatch", "0 erreur": a count and its word, by the display language's plural rules. */
export function counted(word: Counted, n: number): string {
  return msg(new Intl.PluralRules(messageLanguage()).select(n) === "one" ? `preview.count.${word}.one` : `preview.count.${word}.other`, { n });
}

/** A place in the policy: a button that reveals it (interactive), else a link to its mark, else its line. */
export function where(p: Place, o: PanelOptions, anchor?: string, label = msg("preview.line", { line: p.line + 1 })): string {
  if (o.interactive) return `<button type="button" class="pw-where" data-s="${p.start}" data-e="${p.end}" data-l="${p.line}" title="${h(msg("preview.show-in-editor"))}">${h(label)}</button>`;
  return anchor ? `<a class="pw-where" href="#${anchor}">${h(label)}</a>` : `<span class="pw-where">${h(label)}</span>`;
}

/** One collapsible view: its key (kept open or closed by the webview), title, badge and body. */
export function panel(key: string, title: string, badge: string, body: string): string {
  return `<details class="pw-panel" data-panel="${key}" open><summary><span class="pw-panel-title">${h(title)}</span>${badge}</summary><div class="pw-panel-body">${body}</div></details>`;
}

const COUNTED: readonly string[] = ["error", "warning", "note", "missing", "not-named", "mismatch", "to-check"] satisfies Counted[];

/** A panel's count ("2 missing"), marked when it is more than nothing to do; a word of its own is shown as given. */
export function badge(n: number, word: Counted | string, bad: boolean): string {
  const text = COUNTED.includes(word) ? counted(word as Counted, n) : plural(n, word, word);
  return `<span class="pw-badge${bad ? " pw-badge-bad" : ""}">${h(text)}</span>`;
}

/** "2 errors" in English, for views whose words are not in the message catalogue yet. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
