import { factsOf } from "../changes/facts";
import type { ProcessorFacts } from "../changes/types";
import { findGeneratedBlocks, renderGeneratedBlock } from "../generated";
import type { Manifest } from "../manifest/parse";
import { parsePolicy } from "../policy/parse";
import { applyEdits } from "../fixes/apply";

/** The published list as data, in the manifest's order (`policywright subprocessors --format json`). */
export interface SubprocessorList {
  controller?: string;
  /** Days of notice promised before a new sub-processor starts, when the manifest says. */
  noticeDays?: number;
  list?: string;
  feed?: string;
  subprocessors: ProcessorFacts[];
}

export function subprocessorsJson(m: Manifest): SubprocessorList {
  return {
    ...(m.controller.name ? { controller: m.controller.name } : {}),
    ...(m.noticeDays !== undefined ? { noticeDays: m.noticeDays } : {}),
    ...(m.disclosureList ? { list: m.disclosureList } : {}),
    ...(m.disclosureFeed ? { feed: m.disclosureFeed } : {}),
    subprocessors: m.processors.map(factsOf),
  };
}

/**
 * A new Markdown page holding the list inside a `subprocessors` generated block, so that
 * `subprocessors --out` and the list-page check keep it in sync from then on.
 */
export function subprocessorsMarkdown(m: Manifest): string {
  const who = m.controller.name ? `${m.controller.name} uses` : "We use";
  const notice = m.noticeDays !== undefined ? ` We announce a new sub-processor at least ${m.noticeDays} day${m.noticeDays === 1 ? "" : "s"} before it starts processing personal data.` : "";
  return [
    "# Sub-processors",
    "",
    `${who} the following sub-processors to process personal data on its behalf.${notice}`,
    "",
    renderGeneratedBlock("subprocessors", m, { markers: true }),
    "",
  ].join("\n");
}

/**
 * The text with every `subprocessors` block regenerated from the manifest (each with its own
 * format and columns). Only the content between markers changes; undefined when the text has
 * no such block.
 */
export function updateSubprocessorBlocks(text: string, m: Manifest): string | undefined {
  const blocks = findGeneratedBlocks(parsePolicy(text)).blocks.filter((b) => b.kind === "subprocessors");
  if (!blocks.length) return undefined;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const edits = blocks.map((b) => {
    const content = renderGeneratedBlock("subprocessors", m, { ...b.options, eol });
    return { file: "policy" as const, start: b.contentStart, end: b.contentEnd, newText: content ? content + eol : "" };
  });
  return applyEdits(text, edits);
}
