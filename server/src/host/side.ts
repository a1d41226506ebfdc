/**
 * Libraries that only some pages need (a site's JS config, MDX, Liquid templates, TOML and CSV
 * data files), bundled apart as dist/side.js for the CLI and the Node server, and loaded on
 * the first `require` of one of them (the core already requires each only when a page needs
 * it), so checking a plain Markdown policy neither reads nor compiles them. esbuild.mjs
 * points those `require` calls here; the web build bundles them as usual. Each getter loads
 * its library on first use, so reading MDX does not start the Liquid engine.
 */
export const SIDE = {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get acorn() { return require("acorn"); },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get micromark() { return require("micromark"); },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get "micromark-extension-mdxjs"() { return require("micromark-extension-mdxjs"); },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get liquidjs() { return require("liquidjs"); },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get "smol-toml"() { return require("smol-toml"); },
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy, see above
  get "csv-parse/sync"() { return require("csv-parse/sync"); },
};
