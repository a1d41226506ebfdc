// Imports the Open Cookie Database (Apache-2.0) into a compact JSON lookup that the analysis
// core bundles: server/src/core/cookies/known.generated.json. Run by `npm run build`; the output
// is committed, so a checkout without ../shared still builds, and nothing parses the 570 KB CSV
// at start-up.
//
// Input: ../shared/data/open-cookie-database/ (open-cookie-database.csv, README.md naming the
// commit, LICENSE). Output shape (arrays keep it small):
//   { source: { name, repository, commit, licence },
//     platforms: ["Google Analytics", ...],
//     cookies: [[name, platformIndex, category, retention, description, wildcard 0|1], ...] }
// The licence is copied to licenses/open-cookie-database.LICENSE, which the .vsix ships with NOTICE.
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = process.env.PW_COOKIE_DB ?? `${ROOT}../shared/data/open-cookie-database`;
const OUT = `${ROOT}server/src/core/cookies/known.generated.json`;
const LICENCE_OUT = `${ROOT}licenses/open-cookie-database.LICENSE`;

if (!existsSync(`${SRC}/open-cookie-database.csv`)) {
  // CI and fresh clones without ../shared use the committed output
  if (!existsSync(OUT)) {
    console.error(`build-cookies: ${SRC}/open-cookie-database.csv is missing and no generated lookup is committed`);
    process.exit(1);
  }
  process.exit(0);
}

const rows = parse(readFileSync(`${SRC}/open-cookie-database.csv`, "utf8"), { columns: true, skip_empty_lines: true, relax_column_count: true, trim: true });
const readme = existsSync(`${SRC}/README.md`) ? readFileSync(`${SRC}/README.md`, "utf8") : "";
const commit = /commit ([0-9a-f]{40})/.exec(readme)?.[1] ?? "unknown";
const repository = /repository ([\w.-]+\/[\w.-]+)/.exec(readme)?.[1] ?? "jkwakman/Open-Cookie-Database";

const platforms = [];
const platformIndex = new Map();
const cookies = [];
const seen = new Set();
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);
for (const r of rows) {
  const name = (r["Cookie / Data Key name"] ?? "").trim();
  const platform = (r.Platform ?? "").trim();
  if (!name || !platform) continue;
  const wildcard = String(r["Wildcard match"]).trim() === "1" ? 1 : 0;
  // the first row for a name wins; later duplicates (another platform's copy) add nothing a lookup could use
  const key = `${wildcard}:${name}`;
  if (seen.has(key)) continue;
  seen.add(key);
  if (!platformIndex.has(platform)) {
    platformIndex.set(platform, platforms.length);
    platforms.push(platform);
  }
  const description = clip((r.Description ?? "").replace(/\s+/g, " ").trim(), 240);
  cookies.push([name, platformIndex.get(platform), (r.Category ?? "").trim(), (r["Retention period"] ?? "").replace(/\s+/g, " ").trim(), description, wildcard]);
}

const out = {
  source: { name: "Open Cookie Database", repository, commit, licence: "Apache-2.0" },
  platforms,
  cookies,
};
const json = `${JSON.stringify(out, null, 0).replace(/\],\[/g, "],\n[")}\n`;
const before = existsSync(OUT) ? readFileSync(OUT, "utf8") : "";
if (before !== json) {
  mkdirSync(new URL(".", `file://${OUT}`), { recursive: true });
  writeFileSync(OUT, json);
  console.log(`build-cookies: ${cookies.length} cookies from ${platforms.length} platforms (commit ${commit.slice(0, 7)}) -> ${OUT.slice(ROOT.length)} (${Math.round(json.length / 1024)} KB)`);
}
mkdirSync(`${ROOT}licenses`, { recursive: true });
if (existsSync(`${SRC}/LICENSE`)) copyFileSync(`${SRC}/LICENSE`, LICENCE_OUT);
