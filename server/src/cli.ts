/**
 * The `policywright` command (dist/cli.js): a small loader for the main bundle (dist/cli-main.js,
 * cli/main.ts) that compiles it with V8's code cache (dist/cli-main.js.cache, written by the
 * build from a training run: esbuild.mjs). Compiling 1.5 MB of JavaScript and then each function
 * on its first call is a tenth of a large check and most of a small one; with the cache V8 reads
 * the compiled bytecode instead. Node 20 has no module.enableCompileCache(), and a cache written
 * at run time would leave files in the user's temp folder, so the cache ships beside the bundle.
 * It is used only if it was made from exactly this bundle (a SHA-1 of the bundle heads the file,
 * as V8 itself checks only the source's length) and by this V8 (V8 rejects it otherwise);
 * else the bundle is compiled as usual.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Script } from "node:vm";

type Main = typeof import("./cli/main");

const file = join(__dirname, "cli-main.js");
const cacheFile = `${file}.cache`;
/** `write`: save the code cache at exit (the build's training run); `off`: compile without it. */
const mode = process.env.POLICYWRIGHT_CODE_CACHE;

function loadMain(): Main {
  const bytes = readFileSync(file);
  const digest = createHash("sha1").update(bytes).digest();
  let cachedData: Buffer | undefined;
  if (mode !== "off" && mode !== "write") {
    try {
      const cache = readFileSync(cacheFile);
      if (digest.equals(cache.subarray(0, digest.length))) cachedData = cache.subarray(digest.length);
    } catch {
      // no cache beside the bundle: compile as usual
    }
  }
  // the wrapper Node puts around a CommonJS module
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${bytes.toString("utf8")}\n});`, { filename: file, cachedData });
  if (mode === "write") process.on("exit", () => writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()])));
  const module = { exports: {} as Main };
  (script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(file), module, file, __dirname);
  return module.exports;
}

void loadMain()
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
