/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/**
 * Replaces only the blocks that changed, so that typing in one paragraph re-creates one
 * element: no flicker, and the reader's place is kept. Each top-level block lives in its own
 * wrapper; the previous HTML of each is remembered to find the changed run.
 */
export class BlockList {
  private html: string[] = [];

  constructor(private readonly root: HTMLElement) {}

  /** Patches the list to `next`; returns the index range [from, to) of new wrappers. */
  update(next: string[]): [number, number] {
    const prev = this.html;
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
    if (this.root.children.length !== prev.length) {
      // first update (or someone else touched the DOM): rebuild everything
      this.root.replaceChildren(...next.map(wrap));
    } else {
      const before = this.root.children[prev.length - tail] ?? null;
      for (let i = prev.length - tail - 1; i >= head; i--) this.root.children[i].remove();
      const fresh = document.createDocumentFragment();
      for (let i = head; i < next.length - tail; i++) fresh.appendChild(wrap(next[i]));
      this.root.insertBefore(fresh, before);
    }
    this.html = next;
    return [head, next.length - tail];
  }
}

const template = document.createElement("template");

/** One block's wrapper. The HTML comes from the sanitizing renderer; scripts in it could not run anyway (CSP). */
function wrap(html: string): HTMLElement {
  const div = document.createElement("div");
  div.className = "pw-b";
  template.innerHTML = html;
  div.appendChild(template.content);
  return div;
}

/** Sets a region's HTML only when it changed, keeping its scroll position. */
export function setRegion(el: HTMLElement, html: string, last: Map<HTMLElement, string>): boolean {
  if (last.get(el) === html) return false;
  last.set(el, html);
  const top = el.scrollTop;
  template.innerHTML = html;
  el.replaceChildren(template.content);
  el.scrollTop = top;
  return true;
}
