import { writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { UserError } from "../core/project";
import { msg } from "../core/messages";

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
    throw new UserError(msg("cli.cannot-write", { path: out, reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  process.stdout.write(`${msg("cli.wrote", { path: relative(process.cwd(), target) || target, what })}\n`);
  return 0;
}
