import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { UserError } from "../core/project";

/** Prints `text`, or writes it to `out` and says so on stdout ("-" prints too). */
export function writeOutput(text: string, out: string | undefined, what: string): number {
  if (!out || out === "-") {
    process.stdout.write(text);
    return 0;
  }
  const target = resolve(out);
  try {
    writeFileSync(target, text);
  } catch (e) {
    throw new UserError(`${out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  process.stdout.write(`Wrote ${relative(process.cwd(), target) || target}: ${what}.\n`);
  return 0;
}
