// The extension's client bundles (desktop dist/client.js, web dist/web/client.js) as packaged:
// minified production builds. The client only starts the language server, shows the status and
// hosts the preview; the analysis, yaml, markdown-it and the sanitiser stay on the server side.
// vscode-languageclient alone is ~438 KB minified (CommonJS, every LSP feature registered by
// its constructor, so nothing shakes out; docs/architecture.md has the numbers), so the budget
// is what was measured on 2 Dec 2026 plus 10 %: a bundle that grows past it has pulled in
// something new.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MEASURED = { client: 453_951, "web/client": 419_753 };
const SERVER_SIDE = [/^server\/src\/core\//, /node_modules\/(?:yaml|markdown-it|zod|sanitize-html|htmlparser2|tinyld|liquidjs|micromark[^/]*|i18n-iso-countries|picomatch)\//];

test("the client bundles stay within 10 % of their measured size and carry no core code", (t) => {
  const out = mkdtempSync(join(tmpdir(), "pw-client-bundle-"));
  t.after(() => rmSync(out, { recursive: true, force: true }));
  const built = spawnSync(process.execPath, ["esbuild.mjs", "--production", `--outdir=${out}`, "--only=client,web/client", "--metafile"], { encoding: "utf8" });
  assert.equal(built.status, 0, built.stderr);
  for (const [name, measured] of Object.entries(MEASURED)) {
    const file = join(out, `${name}.js`);
    const size = statSync(file).size;
    const inputs = Object.values(JSON.parse(readFileSync(`${file}.meta.json`, "utf8")).outputs)[0].inputs;
    const serverSide = Object.keys(inputs).filter((f) => SERVER_SIDE.some((re) => re.test(f)));
    assert.deepEqual(serverSide, [], `${name}.js bundles server-side code`);
    const own = Object.entries(inputs).filter(([f]) => !f.includes("node_modules/")).reduce((n, [, v]) => n + v.bytesInOutput, 0);
    assert.ok(size <= Math.round(measured * 1.1), `${name}.js is ${size} bytes, over ${measured} + 10 % (our own code in it: ${own} bytes)`);
  }
});
