import { escapeHtml as h } from "./html";

/** The pieces every review panel is made of: a collapsible panel and the count in its title. */

export function panel(key: string, title: string, badge: string, body: string): string {
  return `<details class="pw-panel" data-panel="${key}" open><summary><span class="pw-panel-title">${h(title)}</span>${badge}</summary><div class="pw-panel-body">${body}</div></details>`;
}

export function badge(n: number, word: string, bad: boolean): string {
  return `<span class="pw-badge${bad ? " pw-badge-bad" : ""}">${h(`${n} ${word}`)}</span>`;
}
