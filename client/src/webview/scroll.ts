/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/**
 * Scroll sync by source line: every rendered block carries `data-line`, the line its source
 * starts on. A line maps to a position by interpolating between the blocks around it, and
 * back; the same approach as VS Code's own Markdown preview.
 */
interface Entry {
  line: number;
  el: Element;
}

export class LineMap {
  private entries: Entry[] | undefined;

  constructor(private readonly root: HTMLElement) {}

  /** Forget the positions after the content changed. */
  invalidate(): void {
    this.entries = undefined;
  }

  private list(): Entry[] {
    if (!this.entries) {
      const out: Entry[] = [];
      for (const el of this.root.querySelectorAll("[data-line]")) {
        const line = Number(el.getAttribute("data-line"));
        if (!Number.isFinite(line)) continue;
        // nested blocks share a start; keep positions increasing with lines
        if (out.length && line <= out[out.length - 1].line) continue;
        out.push({ line, el });
      }
      this.entries = out;
    }
    return this.entries;
  }

  /** The page offset where a (fractional) source line is. */
  offsetOf(line: number): number | undefined {
    const list = this.list();
    if (!list.length) return undefined;
    let i = 0;
    while (i + 1 < list.length && list[i + 1].line <= line) i++;
    const a = list[i];
    const top = pageTop(a.el);
    if (line < a.line) return top;
    const b = list[i + 1];
    if (!b) return top + Math.min(1, line - a.line) * a.el.getBoundingClientRect().height;
    return top + ((line - a.line) / (b.line - a.line)) * (pageTop(b.el) - top);
  }

  /** The (fractional) source line at a page offset. */
  lineAt(offset: number): number | undefined {
    const list = this.list();
    if (!list.length) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pageTop(list[mid].el) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const a = list[lo];
    const b = list[lo + 1];
    const top = pageTop(a.el);
    if (!b || offset <= top) return a.line;
    const span = pageTop(b.el) - top;
    return a.line + (span > 0 ? ((offset - top) / span) * (b.line - a.line) : 0);
  }
}

function pageTop(el: Element): number {
  return el.getBoundingClientRect().top + window.scrollY;
}
