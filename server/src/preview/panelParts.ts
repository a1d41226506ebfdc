import type { Place } from "./types";
import { escapeHtml as h } from "./html";

/** The pieces every view of the side panel is built from. */

/** Interactive panels (the live preview) get buttons; the static review page gets links. */
export interface PanelOptions {
  interactive: boolean;
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A place in the policy: a button that reveals it (interactive), else a link to its mark, else its line. */
export function where(p: Place, o: PanelOptions, anchor?: string, label = `line ${p.line + 1}`): string {
  if (o.interactive) return `<button type="button" class="pw-where" data-s="${p.start}" data-e="${p.end}" data-l="${p.line}" title="Show in the editor">${h(label)}</button>`;
  return anchor ? `<a class="pw-where" href="#${anchor}">${h(label)}</a>` : `<span class="pw-where">${h(label)}</span>`;
}

/** One collapsible view: its key (kept open or closed by the webview), title, badge and body. */
export function panel(key: string, title: string, badge: string, body: string): string {
  return `<details class="pw-panel" data-panel="${key}" open><summary><span class="pw-panel-title">${h(title)}</span>${badge}</summary><div class="pw-panel-body">${body}</div></details>`;
}

export function badge(n: number, word: string, bad: boolean): string {
  return `<span class="pw-badge${bad ? " pw-badge-bad" : ""}">${h(plural(n, word, word))}</span>`;
}
