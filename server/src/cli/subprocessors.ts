import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { subprocessorsJson, subprocessorsMarkdown, updateSubprocessorBlocks } from "../core/subprocessors/list";
import { renderExportPage } from "../preview/page";
import { UserError } from "../core/project";
import { readText } from "../host/nodeFs";
import { loadManifestArg } from "./manifestArg";
import { writeOutput } from "./writeOutput";
import { joinList, msg } from "../core/messages";

export interface SubprocessorsArgs {
  manifest?: string;
  format: string;
  out?: string;
}

/**
 * `policywright subprocessors`: the public sub-processor list in the manifest's order, as
 * Markdown, an HTML page (the export page's style and CSP) or JSON. `--out` into an existing
 * Markdown file replaces only its `subprocessors` generated block(s); the rest of the file is
 * kept byte for byte.
 */
export function runSubprocessors(a: SubprocessorsArgs): number {
  if (!["markdown", "html", "json"].includes(a.format)) throw new UserError(msg("cli.bad-format-for", { list: joinList(["markdown", "html", "json"], "or"), command: "subprocessors", value: a.format }));
  const { manifest } = loadManifestArg(a.manifest);
  const count = `${manifest.processors.length} sub-processor${manifest.processors.length === 1 ? "" : "s"}`;
  if (a.format === "json") return writeOutput(JSON.stringify(subprocessorsJson(manifest), null, 2) + "\n", a.out, count);
  const page = subprocessorsMarkdown(manifest);
  if (a.format === "html") return writeOutput(renderExportPage(page, { title: "Sub-processors" }), a.out, `the sub-processor page (${count})`);
  if (a.out && a.out !== "-" && existsSync(resolve(a.out))) {
    const before = readText(resolve(a.out));
    const updated = updateSubprocessorBlocks(before, manifest);
    if (updated === undefined) throw new UserError(`${a.out} has no <!-- policywright:subprocessors --> block to update; add the markers where the list goes, or write to a new file`);
    if (updated === before) {
      process.stdout.write(`${a.out} is up to date (${count}).\n`);
      return 0;
    }
    return writeOutput(updated, a.out, `updated its sub-processor block (${count})`);
  }
  return writeOutput(page, a.out, `the sub-processor list (${count})`);
}
