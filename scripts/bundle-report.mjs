// What a bundle is made of, by package (minified bytes): node scripts/bundle-report.mjs ENTRY [node|browser] [ROWS]
import { build } from "esbuild";
const entry = process.argv[2], platform = process.argv[3] || "node";
const r = await build({ entryPoints: [entry], bundle: true, platform, format: "cjs", minify: true, write: false, metafile: true, external: ["vscode", "./history.js"], loader: { ".css": "text" }, define: { PW_VERSION: '"x"', PW_STYLE_HASHES: '{}' }, logLevel: "error", alias: { postcss: "./scripts/stubs/postcss.cjs" }, ...(platform === "browser" ? { mainFields: ["browser", "module", "main"], conditions: ["browser"] } : {}) });
const out = Object.values(r.metafile.outputs)[0];
const by = {};
for (const [f, v] of Object.entries(out.inputs)) { const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f); const k = m ? m[1] : f.split("/").slice(0, 3).join("/"); by[k] = (by[k] || 0) + v.bytesInOutput; }
console.log("total", out.bytes);
for (const [k, v] of Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[4] || 25)) console.log(String(v).padStart(8), k);
