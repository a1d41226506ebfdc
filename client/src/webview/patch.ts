/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/**
 * Applies a new rendering without replacing what did not change. Blocks whose HTML is the
 * same are left alone; the others are morphed in place (attributes and text updated, nodes
 * kept where the structure matches), so typing never re-creates the page: no flicker, and
 * the reader's place and any text selection survive.
 */
export class BlockList {
  private html: string[] = [];

  constructor(private readonly root: HTMLElement) {}

  update(next: string[]): void {
    const prev = this.html;
    const kids = [...this.root.children] as HTMLElement[];
    if (kids.length !== prev.length) {
      // first update (or the DOM was changed behind our back): build everything
      this.root.replaceChildren(...next.map((h) => fragmentOf(h, wrapper())));
      this.html = next;
      return;
    }
    let head = 0;
    while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
    let tail = 0;
    while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
    const oldMid = kids.slice(head, prev.length - tail);
    const newMid = next.slice(head, next.length - tail);
    const before = kids[prev.length - tail] ?? null;
    newMid.forEach((h, i) => {
      const old = oldMid[i];
      if (old) morph(old, fragmentOf(h, wrapper()));
      else this.root.insertBefore(fragmentOf(h, wrapper()), before);
    });
    for (const extra of oldMid.slice(newMid.length)) extra.remove();
    this.html = next;
  }
}

const template = document.createElement("template");

function wrapper(): HTMLElement {
  const div = document.createElement("div");
  div.className = "pw-b";
  return div;
}

/** Fills `into` with parsed HTML. The HTML comes from the sanitizing renderer; the CSP stops scripts anyway. */
function fragmentOf(html: string, into: HTMLElement): HTMLElement {
  template.innerHTML = html;
  into.appendChild(template.content);
  return into;
}

const sameKind = (a: Node, b: Node) => a.nodeType === b.nodeType && a.nodeName === b.nodeName;

/** Makes `from` look like `to`, reusing `from`'s nodes wherever the tree shapes agree. */
function morph(from: Node, to: Node): void {
  if (from.nodeType !== Node.ELEMENT_NODE) {
    if (from.nodeValue !== to.nodeValue) from.nodeValue = to.nodeValue;
    return;
  }
  const a = from as Element;
  const b = to as Element;
  for (const attr of [...a.attributes]) if (!b.hasAttribute(attr.name)) a.removeAttribute(attr.name);
  for (const attr of b.attributes) if (a.getAttribute(attr.name) !== attr.value) a.setAttribute(attr.name, attr.value);
  const olds = [...a.childNodes];
  const news = [...b.childNodes];
  news.forEach((n, i) => {
    const o = olds[i];
    if (!o) a.appendChild(n);
    else if (sameKind(o, n)) morph(o, n);
    else a.replaceChild(n, o);
  });
  for (const extra of olds.slice(news.length)) extra.remove();
}

/** Sets a region's HTML only when it changed, morphing it so that focus and scroll stay put. */
export function setRegion(el: HTMLElement, html: string, last: Map<HTMLElement, string>): boolean {
  if (last.get(el) === html) return false;
  last.set(el, html);
  morph(el, fragmentOf(html, el.cloneNode(false) as HTMLElement));
  return true;
}
