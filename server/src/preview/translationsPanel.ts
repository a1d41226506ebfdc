import type { PreviewModel, TranslationCell, TranslationPage } from "./types";
import { badge, panel, plural } from "./panelParts";
import { escapeHtml as h } from "./html";

const CELL: Record<TranslationCell, string> = {
  named: `<span class="pw-ok">named</span>`,
  list: `<span class="pw-ok">via the published list</span>`,
  undeclared: `<span class="pw-bad">named, not in the manifest</span>`,
  no: `<span class="pw-bad">not named</span>`,
};

function pageHead(p: TranslationPage): string {
  const lang = p.language ? h(p.language) : "?";
  return `<th scope="col"${p.current ? ` class="pw-current"` : ""}><span class="pw-lang">${lang}</span>${p.current ? ` <span class="pw-kind">this page</span>` : ""}</th>`;
}

/**
 * The Translations view: the pages of this policy in other languages with their counts, and a
 * processor-by-page table whose rows that differ come first, so a reviewer sees at once that
 * the German page names a processor the English page lacks. Empty for a single page.
 */
export function translationsPanel(model: PreviewModel): string {
  const t = model.translations;
  if (!t || t.pages.length < 2) return "";
  const differ = t.processors.filter((r) => r.differs).length;
  const pages = `<ul class="pw-pages">${t.pages.map((p) => `<li${p.current ? ` class="pw-current"` : ""}><span class="pw-lang">${h(p.language || "?")}</span> <code>${h(p.path)}</code> <span class="pw-kind">${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}${p.current ? ", this page" : ""}</span></li>`).join("")}</ul>`;
  const rows = [...t.processors].sort((a, b) => Number(b.differs) - Number(a.differs)).map((r) => {
    const cells = r.pages.map((c) => `<td>${CELL[c]}</td>`).join("");
    return `<tr class="${r.differs ? "pw-row-bad pw-differs" : ""}"><th scope="row"><span class="pw-proc-name">${h(r.name)}</span>${r.differs ? ` <span class="pw-visually-hidden">(the pages differ)</span>` : ""}</th>${cells}</tr>`;
  }).join("");
  const table = t.processors.length
    ? `<table class="pw-table"><thead><tr><th scope="col">Processor</th>${t.pages.map(pageHead).join("")}</tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="pw-empty">No page names a processor.</p>`;
  return panel("translations", "Translations", badge(differ, "differ", differ > 0), pages + table);
}
