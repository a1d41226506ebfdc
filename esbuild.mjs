// Bundles the extension client, the language server, the CLI and the preview webview into dist/.
import { build, context } from "esbuild";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");
// --outdir=DIR builds elsewhere than dist/ (the benchmark measures a production build without touching dist/)
const outdir = process.argv.find((a) => a.startsWith("--outdir="))?.slice(9) || "dist";
const common = {
  bundle: true, platform: "node", format: "cjs", target: "node20", sourcemap: !production, minify: production,
  logLevel: "warning", define: { PW_VERSION: JSON.stringify(pkg.version) }, legalComments: "none",
  loader: { ".css": "text" },
};
const targets = [
  { ...common, entryPoints: ["server/src/cli.ts"], outfile: `${outdir}/cli.js`, banner: { js: "#!/usr/bin/env node" } },
  { ...common, entryPoints: ["server/src/main.ts"], outfile: `${outdir}/server.js` },
  { ...common, entryPoints: ["client/src/extension.ts"], outfile: `${outdir}/client.js`, external: ["vscode"] },
  { ...common, entryPoints: ["server/src/core/index.ts"], outfile: `${outdir}/core.js` },
  // the preview (HTML pages, CSP, sanitiser) lives outside the core; tests and tools load it from here
  { ...common, entryPoints: ["server/src/preview/index.ts"], outfile: `${outdir}/preview.js` },
];
const extra = [];
try {
  readFileSync("client/src/webview/main.ts");
  extra.push({ ...common, platform: "browser", format: "iife", entryPoints: ["client/src/webview/main.ts"], outfile: `${outdir}/webview.js` });
} catch {}
const all = [...targets, ...extra].filter((t) => {
  try { readFileSync(t.entryPoints[0]); return true; } catch { return false; }
});
if (watch) {
  for (const t of all) await (await context(t)).watch();
} else {
  await Promise.all(all.map((t) => build(t)));
}
