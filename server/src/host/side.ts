/**
 * Libraries that only some pages need (a site's JS config, MDX, Liquid templates, TOML and CSV
 * data files), bundled apart as dist/side.js for the CLI and the Node server, and loaded on
 * the first `require` of one of them (the core already requires each only when a page needs
 * it), so checking a plain Markdown policy neither reads nor compiles them. esbuild.mjs
 * points those `require` calls here; the web build bundles them as usual.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- lazy by design: each getter loads its library on first use */
export const SIDE = {
  get acorn() { return require("acorn"); },
  get micromark() { return require("micromark"); },
  get "micromark-extension-mdxjs"() { return require("micromark-extension-mdxjs"); },
  get liquidjs() { return require("liquidjs"); },
  get "smol-toml"() { return require("smol-toml"); },
  get "csv-parse/sync"() { return require("csv-parse/sync"); },
};
