// The project model over an in-memory ProjectFs: what the web build and the server rely on,
// with no disk involved (core/project is pure).
import { test } from "node:test";
import assert from "node:assert/strict";
import { core } from "../unit/helpers.mjs";

/** A ProjectFs over a map of path → text. */
function memoryFs(files, trusted = true) {
  const dirs = new Set();
  for (const p of Object.keys(files)) for (let d = p.slice(0, p.lastIndexOf("/")); d; d = d.slice(0, d.lastIndexOf("/"))) dirs.add(d);
  return {
    trusted,
    async stat(p) {
      if (p in files) return { type: "file", size: files[p].length, mtime: 1 };
      return dirs.has(p) ? { type: "directory", size: 0, mtime: 1 } : undefined;
    },
    async read(p) {
      if (!(p in files)) throw new core.UserError(`${p}: no such file`);
      return files[p];
    },
    async list(dir) {
      const names = new Map();
      for (const p of [...Object.keys(files), ...dirs]) {
        if (!p.startsWith(`${dir}/`)) continue;
        const rest = p.slice(dir.length + 1);
        const name = rest.split("/")[0];
        names.set(name, rest.includes("/") || dirs.has(`${dir}/${name}`) ? "directory" : "file");
      }
      return [...names].map(([name, type]) => ({ name, type }));
    },
  };
}

const FILES = {
  "/ws/processors.yaml": "version: 1\n",
  "/ws/legal/privacy-policy.md": "# Privacy\n",
  "/ws/legal/terms.md": "---\npolicywright: true\n...\n# Terms\n",
  "/ws/legal/other.md": "---\ntitle: x\n---\n# Other\n",
  "/ws/site/processors.yml": "version: 1\n",
  "/ws/site/cookie-notice.markdown": "# Cookies\n",
  "/ws/site/Cookie-NOTICE.md": "# Cookies\n",
  "/ws/node_modules/pkg/privacy.md": "# Theirs\n",
  "/ws/.github/privacy.md": "# Hidden\n",
  "/ws/dist/privacy.md": "# Built\n",
};

test("discovery: globs without case, front matter, no dependencies, hidden folders or build output", async () => {
  const found = await core.findPolicyFiles(memoryFs(FILES), "/ws");
  // .markdown and .mdx pages named like a policy are policies too (contract §7)
  assert.deepEqual(found, ["/ws/legal/privacy-policy.md", "/ws/legal/terms.md", "/ws/site/cookie-notice.markdown", "/ws/site/Cookie-NOTICE.md"]);
  assert.deepEqual(await core.findPolicyFiles(memoryFs(FILES), "/ws", ["**/*.markdown"]), ["/ws/legal/terms.md", "/ws/site/cookie-notice.markdown"]);
  assert.deepEqual(await core.findPolicyFiles(memoryFs(FILES, false), "/ws"), [], "an untrusted project lists nothing");
});

test("the manifest is the nearest processors.yaml up to the root, never above it", async () => {
  const fs = memoryFs(FILES);
  assert.deepEqual(await core.locateManifest(fs, "/ws/legal/terms.md", "/ws"), { path: "/ws/processors.yaml", source: "discovered" });
  assert.deepEqual(await core.locateManifest(fs, "/ws/site/Cookie-NOTICE.md", "/ws"), { path: "/ws/site/processors.yml", source: "discovered" });
  assert.deepEqual(await core.locateManifest(fs, "/ws/legal/terms.md", "/ws/legal"), {}, "a root below the manifest hides it");
});

test("a manifest named by front matter or setting must stay inside the root", async () => {
  const fs = memoryFs(FILES);
  assert.deepEqual(await core.locateManifest(fs, "/ws/legal/terms.md", "/ws", { frontMatter: "../site/processors.yml" }), { path: "/ws/site/processors.yml", source: "front-matter" });
  assert.match((await core.locateManifest(fs, "/ws/legal/terms.md", "/ws", { frontMatter: "../../etc/passwd" })).error, /outside the workspace folder; it was not read/);
  assert.match((await core.locateManifest(fs, "/ws/legal/terms.md", "/ws", { frontMatter: "https://example.com/p.yaml" })).error, /is a URL/);
  assert.match((await core.locateManifest(fs, "/ws/legal/terms.md", "/ws", { frontMatter: ["a", "b"] })).error, /must be a path/);
  assert.match((await core.locateManifest(fs, "/ws/legal/terms.md", "/ws", { setting: "../x.yaml" })).error, /points outside the workspace folder/);
});

test("config: beside the policy, else at the root; regimes lower-cased; bad severities reported", async () => {
  const fs = memoryFs({ ...FILES, "/ws/.policywright.json": JSON.stringify({ regimes: ["GDPR", "CCPA", "mars"], rules: { "stale-date": "off", placeholder: "loud" } }) });
  const c = await core.loadConfig(fs, "/ws/legal/terms.md", "/ws");
  assert.deepEqual(c.regimes, ["gdpr", "ccpa"]);
  assert.deepEqual(c.rules, { "stale-date": "off" });
  assert.match(c.warnings[0], /'loud' for placeholder is not a severity/);
  const broken = await core.loadConfig(memoryFs({ ...FILES, "/ws/legal/.policywright.json": "{ nope" }), "/ws/legal/terms.md", "/ws");
  assert.match(broken.error, /^\/ws\/legal\/\.policywright\.json: /);
});

test("front matter marks a policy only when it says so, whether closed by --- or ...", () => {
  assert.equal(core.isPolicy("legal/terms.md", "---\npolicywright: true\n...\n# T\n"), true);
  assert.equal(core.isPolicy("legal/terms.md", "---\nmanifest: ./processors.yaml\n---\n# T\n"), true);
  assert.equal(core.isPolicy("legal/terms.md", "---\npolicywright: false\n---\n# T\n"), false);
  assert.equal(core.isPolicy("legal/terms.md", "---\npolicywright: true\n# never closed\n"), false);
  assert.equal(core.isPolicy("Legal/PRIVACY.md", ""), true);
});
