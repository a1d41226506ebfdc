// Bundles the extension client, the language server, the CLI and the preview webview into dist/.
import { build, context } from "esbuild";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
// --outdir=DIR builds elsewhere than dist/ (the benchmark measures a production build without touching dist/)
const outdir = process.argv.find((a) => a.startsWith("--outdir="))?.slice(9) || "dist";
// the pages' CSP names their inlined style sheet by hash; computed here, where the CSS is inlined
const css = (f) => readFileSync(new URL(`./media/${f}`, import.meta.url), "utf8");
const sha256 = (s) => createHash("sha256").update(s, "utf8").digest("base64");
const styleHashes = { policy: sha256(css("policy.css")), review: sha256(`${css("policy.css")}\n${css("preview.css")}`) };
const common = {
  bundle: true, platform: "node", format: "cjs", target: "node20", sourcemap: !production, minify: production,
  logLevel: "warning", define: { PW_VERSION: JSON.stringify(pkg.version), PW_STYLE_HASHES: JSON.stringify(styleHashes) }, legalComments: "none",
  loader: { ".css": "text" },
  // sanitize-html's style parser (postcss) is never called: the preview drops style attributes
  alias: { postcss: "./scripts/stubs/postcss.cjs" },
};
// the site libraries (host/side.ts) go to dist/side.js, loaded from the CLI and the Node server
// on first use: their lazy `require`s in the core become `require("./side.js").SIDE[name]`
const SIDE_LIBS = ["acorn", "micromark", "micromark-extension-mdxjs", "liquidjs", "smol-toml", "csv-parse/sync"];
const sideLoaded = {
  name: "side-bundle",
  setup(b) {
    const filter = new RegExp(`^(?:${SIDE_LIBS.map((x) => x.replace(/[/.-]/g, "\\$&")).join("|")})$`);
    b.onResolve({ filter }, (a) => (a.kind === "require-call" ? { path: a.path, namespace: "side" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "side" }, (a) => ({ contents: `module.exports = require("./side.js").SIDE[${JSON.stringify(a.path)}];`, loader: "js" }));
  },
};
const targets = [
  // git history (isomorphic-git, feed) is a bundle of its own, loaded only when needed (host/history/lazy.ts)
  // the command: a small loader (cli.ts) that compiles the main bundle with its code cache (below)
  { ...common, entryPoints: ["server/src/cli.ts"], outfile: `${outdir}/cli.js`, banner: { js: "#!/usr/bin/env node" } },
  { ...common, entryPoints: ["server/src/cli/main.ts"], outfile: `${outdir}/cli-main.js`, external: ["./history.js", "./side.js"], plugins: [sideLoaded] },
  { ...common, entryPoints: ["server/src/main.ts"], outfile: `${outdir}/server.js`, external: ["./history.js", "./side.js"], plugins: [sideLoaded] },
  { ...common, entryPoints: ["server/src/host/side.ts"], outfile: `${outdir}/side.js` },
  { ...common, entryPoints: ["server/src/host/history/index.ts"], outfile: `${outdir}/history.js` },
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: `${outdir}/client.js`, external: ["vscode"] },
  { ...common, entryPoints: ["server/src/core/index.ts"], outfile: `${outdir}/core.js` },
  // the preview (HTML pages, CSP, sanitiser) lives outside the core; tests and tools load it from here
  { ...common, entryPoints: ["server/src/preview/index.ts"], outfile: `${outdir}/preview.js` },
];
// the web build (vscode.dev, github.dev): the server in a web worker, the client in the web extension host
const web = { ...common, platform: "browser", mainFields: ["browser", "module", "main"], conditions: ["browser"] };
targets.push(
  { ...web, format: "iife", entryPoints: ["server/src/browserMain.ts"], outfile: `${outdir}/web/server.js` },
  { ...web, format: "cjs", entryPoints: ["client/src/browserExtension.ts"], outfile: `${outdir}/web/client.js`, external: ["vscode"] },
);
const extra = [];
try {
  readFileSync("client/src/webview/main.ts");
  extra.push({ ...common, platform: "browser", format: "iife", entryPoints: ["client/src/webview/main.ts"], outfile: `${outdir}/webview.js` });
} catch {}
// --only=client,web/client builds only those outputs; --metafile writes OUTFILE.meta.json beside each (what is in it, by input)
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const metafile = process.argv.includes("--metafile");
const all = [...targets, ...extra].filter((t) => {
  if (only && !only.some((o) => t.outfile === `${outdir}/${o}.js`)) return false;
  try { readFileSync(t.entryPoints[0]); return true; } catch { return false; }
});
if (watch) {
  for (const t of all) await (await context(t)).watch();
} else {
  await Promise.all(all.map(async (t) => {
    const result = await build({ ...t, metafile });
    if (metafile) writeFileSync(`${t.outfile}.meta.json`, JSON.stringify(result.metafile));
  }));
  // the CLI's main bundle in ASCII: esbuild escapes what is not ASCII in strings but not in regular
  // expression literals, and one such character makes Node decode the whole bundle the slow way
  // into a two-byte string (about 10 ms of every start). A character c becomes \uXXXX, which means
  // c in a regular expression (with or without the u flag), a string, a template or an
  // identifier; an identity escape "\c" becomes \uXXXX too.
  for (const t of all.filter((x) => x.outfile === `${outdir}/cli-main.js`)) {
    const code = readFileSync(t.outfile, "utf8");
    if (/[^\0-\x7f]/.test(code)) writeFileSync(t.outfile, toAscii(code));
  }
  // V8's code cache for the CLI's main bundle (read by cli.ts): compiled by a training run that
  // checks the example project, so it holds the functions a check calls, not only the top level
  if (all.some((t) => t.outfile === `${outdir}/cli-main.js`)) {
    const cli = `${outdir}/cli-main.js`;
    rmSync(`${cli}.cache`, { force: true });
    const example = fileURLToPath(new URL("./examples/acme/privacy-policy.md", import.meta.url));
    const run = spawnSync(process.execPath, [`${outdir}/cli.js`, "check", example, "--format", "json"], { env: { ...process.env, POLICYWRIGHT_CODE_CACHE: "write" }, stdio: ["ignore", "ignore", "pipe"] });
    // without a cache the CLI compiles as before: say so, but the build stands
    if (run.status !== 0 && run.status !== 1) console.warn(`esbuild.mjs: no code cache for ${cli}: the training run exited with ${run.status}: ${run.stderr}`);
  }
}

/** `code` with every character outside ASCII written as a \u escape (see above). */
function toAscii(code) {
  return code.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) => {
    const u = `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    // an odd run of backslashes escapes the character itself: that escape is the \u one now
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + u;
  });
}
