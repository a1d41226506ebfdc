import type { PreviewModel, PreviewTranslations, TranslationCell, TranslationPage, TranslationRow } from "./types";

/** One page of the group: its path (relative), its language, and its preview model. */
export interface TranslationInput {
  path: string;
  language: string;
  current: boolean;
  model: PreviewModel;
}

/** What a page says about each processor, by lower-cased name. */
function cellsOf(model: PreviewModel): Map<string, TranslationCell> {
  const cells = new Map<string, TranslationCell>();
  for (const m of model.mentions) {
    if (m.status !== "undeclared") continue;
    const name = (m.catalog ?? m.written).trim();
    if (name) cells.set(name.toLowerCase(), "undeclared");
  }
  // a manifest processor's row wins over a mention of the same name
  for (const p of model.processors) cells.set(p.name.toLowerCase(), p.named);
  return cells;
}

/**
 * The Translations view: each page of the group with its counts, and per processor (every
 * page's manifest processors, then the services a page names that its manifest lacks) what
 * each page says. Pure; the rules still judge each page on its own.
 */
export function buildTranslations(inputs: readonly TranslationInput[]): PreviewTranslations {
  const pages: TranslationPage[] = inputs.map((p) => ({
    path: p.path,
    language: p.language,
    current: p.current,
    errors: p.model.findings.filter((f) => f.severity === "error").length,
    warnings: p.model.findings.filter((f) => f.severity === "warning").length,
  }));
  const cells = inputs.map((p) => cellsOf(p.model));
  const names = new Map<string, string>();
  for (const p of inputs) for (const row of p.model.processors) if (!names.has(row.name.toLowerCase())) names.set(row.name.toLowerCase(), row.name);
  for (const p of inputs) {
    for (const m of p.model.mentions) {
      if (m.status !== "undeclared") continue;
      const name = (m.catalog ?? m.written).trim();
      if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
    }
  }
  const processors: TranslationRow[] = [...names].map(([key, name]) => {
    const row = cells.map((c) => c.get(key) ?? "no");
    return { name, pages: row, differs: row.some((c) => c !== row[0]) };
  });
  return { pages, processors };
}
