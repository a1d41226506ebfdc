/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { FromWebview, ToWebview } from "../../../server/src/preview/messages";
import { BlockList, setRegion } from "./patch";
import { LineMap } from "./scroll";

/**
 * The preview page's script. It shows what the extension renders (already sanitized), keeps
 * the reader's place across updates, syncs scrolling by source line, and turns clicks into
 * messages; the extension checks every message before acting on it.
 */
interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): State | undefined;
  setState(state: State): void;
}
interface State {
  uri?: string;
  line?: number;
  sideCollapsed?: boolean;
  closedPanels?: string[];
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const state: State = vscode.getState() ?? {};
const $ = (id: string) => document.getElementById(id) as HTMLElement;
const policy = $("pw-policy");
const side = $("pw-side");
const blocks = new BlockList(policy);
const lines = new LineMap(policy);
const regions = new Map<HTMLElement, string>();
let firstUpdate = true;
/** Scroll events caused by the extension (editor sync) are not sent back. */
let quietUntil = 0;

function save(patch: Partial<State>): void {
  Object.assign(state, patch);
  vscode.setState(state);
}

function scrollToLine(line: number): void {
  const y = lines.offsetOf(line);
  if (y === undefined) return;
  quietUntil = Date.now() + 150;
  window.scrollTo(0, Math.max(0, y - 8));
}

function applyPanels(html: string): void {
  if (!setRegion(side, html, regions)) return;
  const closed = new Set(state.closedPanels ?? (window.innerWidth < 760 ? ["checklist", "processors", "retention", "cookies"] : []));
  for (const d of side.querySelectorAll<HTMLDetailsElement>("details[data-panel]")) d.open = !closed.has(d.dataset.panel ?? "");
}

/** The first block wrapper still visible at the top of the window. */
function topBlock(): HTMLElement | undefined {
  const kids = policy.children;
  let lo = 0;
  let hi = kids.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kids[mid].getBoundingClientRect().bottom > 0) hi = mid;
    else lo = mid + 1;
  }
  return kids[lo] as HTMLElement;
}

function update(msg: Extract<ToWebview, { type: "update" }>): void {
  const anchor = topBlock();
  const anchorTop = anchor?.getBoundingClientRect().top ?? 0;
  const topLine = lines.lineAt(window.scrollY);
  blocks.update(msg.blocks);
  lines.invalidate();
  setRegion($("pw-summary"), msg.summary, regions);
  setRegion($("pw-notices"), msg.notices, regions);
  applyPanels(msg.panels);
  if (state.uri !== msg.uri) save({ uri: msg.uri });
  if (firstUpdate) {
    firstUpdate = false;
    if (state.line) scrollToLine(state.line);
  } else if (anchor?.isConnected) {
    // the block at the top is unchanged: keep it exactly where the reader saw it
    const moved = anchor.getBoundingClientRect().top - anchorTop;
    if (Math.abs(moved) >= 1) {
      quietUntil = Date.now() + 150;
      window.scrollBy(0, moved);
    }
  } else if (topLine !== undefined) scrollToLine(topLine);
}

window.addEventListener("message", (e: MessageEvent<ToWebview>) => {
  const msg = e.data;
  if (!msg || typeof msg !== "object") return;
  if (msg.type === "update") update(msg);
  else if (msg.type === "scrollTo" && typeof msg.line === "number") scrollToLine(msg.line);
  else if (msg.type === "problem" && typeof msg.message === "string") {
    const p = document.createElement("p");
    p.className = "pw-error-banner";
    p.textContent = msg.message;
    $("pw-notices").replaceChildren(p);
    regions.delete($("pw-notices"));
  }
});

let pending = false;
window.addEventListener("scroll", () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    const line = lines.lineAt(window.scrollY);
    if (line === undefined) return;
    save({ line });
    if (Date.now() > quietUntil) vscode.postMessage({ type: "scroll", line });
  });
}, { passive: true });

function flash(el: Element): void {
  el.classList.remove("pw-flash");
  void (el as HTMLElement).offsetWidth;
  el.classList.add("pw-flash");
}

document.addEventListener("click", (e) => {
  const target = e.target instanceof Element ? e.target : null;
  if (!target) return;
  const link = target.closest("a[href]");
  if (link) {
    // links never navigate the preview: fragments scroll, the rest go to the extension to check
    e.preventDefault();
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#")) {
      const dest = document.getElementById(decodeURIComponent(href.slice(1)));
      if (dest) {
        dest.scrollIntoView({ block: "center" });
        flash(dest);
      }
    } else vscode.postMessage({ type: "openLink", href });
    return;
  }
  const fix = target.closest<HTMLElement>("button.pw-fix[data-fix]");
  if (fix) {
    vscode.postMessage({ type: "applyFix", fix: Number(fix.dataset.fix) });
    return;
  }
  const placed = target.closest<HTMLElement>("[data-s][data-e]");
  if (placed) {
    vscode.postMessage({ type: "reveal", start: Number(placed.dataset.s), end: Number(placed.dataset.e) });
    if (placed.dataset.l !== undefined) scrollToLine(Math.max(0, Number(placed.dataset.l) - 2));
    const mark = placed.matches("mark") ? placed : policy.querySelector(`mark[data-s="${CSS.escape(placed.dataset.s ?? "")}"]`);
    if (mark) flash(mark);
  }
});

side.addEventListener("toggle", (e) => {
  const d = e.target as HTMLDetailsElement;
  if (!d.dataset?.panel) return;
  const closed = new Set(state.closedPanels ?? []);
  if (d.open) closed.delete(d.dataset.panel);
  else closed.add(d.dataset.panel);
  save({ closedPanels: [...closed] });
}, true);

const toggle = $("pw-toggle");
function setCollapsed(collapsed: boolean): void {
  document.body.classList.toggle("pw-side-collapsed", collapsed);
  toggle.setAttribute("aria-expanded", String(!collapsed));
  // the labels come with the page, in the editor's language
  toggle.textContent = (collapsed ? toggle.dataset.show : toggle.dataset.hide) ?? "";
}
setCollapsed(!!state.sideCollapsed);
toggle.addEventListener("click", () => {
  const collapsed = !document.body.classList.contains("pw-side-collapsed");
  setCollapsed(collapsed);
  save({ sideCollapsed: collapsed });
});

vscode.postMessage({ type: "ready" });
