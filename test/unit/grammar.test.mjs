// The Markdown injection grammar, run through vscode-textmate + vscode-oniguruma (what VS Code
// uses) on fixture lines. The host is a small stand-in for VS Code's Markdown grammar with the
// same scope names for what the injection must avoid: code, HTML comments and front matter.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const vsctm = require("vscode-textmate");
const onig = require("vscode-oniguruma");
const core = require("../../dist/core.js");
const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const GRAMMAR_PATH = new URL("../../syntaxes/policywright-markdown.injection.tmLanguage.json", import.meta.url);
const INJECTION = JSON.parse(readFileSync(GRAMMAR_PATH, "utf8"));

const HOST = {
  scopeName: "text.html.markdown",
  patterns: [{ include: "#frontmatter" }, { include: "#fence" }, { include: "#comment" }, { include: "#heading" }, { include: "#inline" }],
  repository: {
    frontmatter: { begin: "\\A---\\s*$", end: "^---\\s*$", contentName: "meta.embedded.block.frontmatter" },
    fence: { begin: "(^|\\G)\\s*(`{3,}|~{3,}).*$", end: "(^|\\G)\\s*\\2\\s*$", name: "markup.fenced_code.block.markdown" },
    comment: { begin: "(^|\\G)\\s*(<!--)", end: "-->", name: "comment.block.html" },
    heading: { begin: "(^|\\G)(#{1,6})\\s", end: "$", name: "markup.heading.markdown", patterns: [{ include: "#inline" }] },
    inline: { patterns: [
      { match: "(`+)[^`]*?\\1", name: "markup.inline.raw.string.markdown" },
      { begin: "<!--", end: "-->", name: "comment.block.html" },
      { match: "\\[[^\\]]*\\]\\([^)]*\\)", name: "meta.link.inline.markdown" },
    ] },
  },
};

await onig.loadWASM(readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer);
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (s) => new onig.OnigScanner(s), createOnigString: (s) => new onig.OnigString(s) }),
  loadGrammar: async (scope) => {
    if (scope === "text.html.markdown") return vsctm.parseRawGrammar(JSON.stringify(HOST), "host.json");
    if (scope === INJECTION.scopeName) return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, "utf8"), GRAMMAR_PATH.pathname);
    return null;
  },
  getInjections: (scope) => (scope === "text.html.markdown" ? [INJECTION.scopeName] : undefined),
});
const grammar = await registry.loadGrammar("text.html.markdown");

/** Tokenizes a document; returns, per line, the scopes of every character. */
function tokenize(text) {
  let stack = vsctm.INITIAL;
  return text.split("\n").map((line) => {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    const scopes = [];
    r.tokens.forEach((t) => { for (let i = t.startIndex; i < Math.min(t.endIndex, line.length); i++) scopes[i] = t.scopes; });
    return { line, scopes };
  });
}

/** The exact substrings of a line whose characters carry a scope starting with `prefix`. */
function runs(text, prefix) {
  const out = [];
  for (const { line, scopes } of tokenize(text)) {
    let cur = "";
    for (let i = 0; i <= line.length; i++) {
      if (i < line.length && scopes[i]?.some((s) => s.startsWith(prefix))) cur += line[i];
      else if (cur) { out.push(cur); cur = ""; }
    }
  }
  return out;
}

test("placeholders are marked exactly", () => {
  const text = "Contact [Company Name] at [email\u00a0protected] or [email protected].\nTODO: add the address. TBD and XXX too; {{ company }} and lorem ipsum dolor.\n[Insert date], [Your Company], [ACME HOLDINGS] and [Data Protection Officer Name].";
  assert.deepEqual(runs(text, "invalid.illegal.placeholder"), [
    "[Company Name]", "[email\u00a0protected]", "[email protected]", "TODO", "TBD", "XXX", "{{ company }}", "lorem ipsum",
    "[Insert date]", "[Your Company]", "[ACME HOLDINGS]", "[Data Protection Officer Name]",
  ]);
});

test("ordinary text, links and code are not placeholders", () => {
  const text = "See [our sub-processor list](https://acme.example/subprocessors) and [Stripe].\nA todo list, XXXL sizes, the [x] box, `TODO` in code, a [^1] note.\n<!-- TODO: ask legal -->\n```\nTODO [Company Name] 30 days\n```";
  assert.deepEqual(runs(text, "invalid.illegal.placeholder"), []);
  assert.deepEqual(runs(text, "constant.numeric.period"), []);
});

test("what the grammar marks as a placeholder, the placeholder rule reports", () => {
  const text = "# Policy\n\nWrite to [Company Name] at [email protected]. TODO add more. {{company}} and lorem ipsum. [Your Company] and [ACME HOLDINGS] run it.\n";
  const reported = core.analyze(text, undefined).findings.filter((f) => f.rule === "placeholder").map((f) => text.slice(f.start, f.end));
  assert.deepEqual(runs(text, "invalid.illegal.placeholder").sort(), reported.sort());
});

test("periods are marked in prose, headings and tables", () => {
  const text = "## Kept for 30 days\nWe keep logs for thirty (30) days and invoices for 24 months, tickets twenty-four (24) months.\n| Backups | 1 year | 36 hours | a 12-month window | 2 weeks |";
  assert.deepEqual(runs(text, "constant.numeric.period"), ["30 days", "thirty (30) days", "24 months", "twenty-four (24) months", "1 year", "36 hours", "12-month", "2 weeks"]);
  assert.deepEqual(runs("Updated in 2024, on day one, for a day.", "constant.numeric.period"), []);
});

test("suppression comments show the directive and each rule id", () => {
  const text = "<!-- policywright-disable-next-line retention-mismatch, placeholder -->\n  <!-- policywright-disable undeclared-processor -->\n<!-- policywright-enable -->";
  assert.deepEqual(runs(text, "keyword.control.directive"), ["policywright-disable-next-line", "policywright-disable", "policywright-enable"]);
  assert.deepEqual(runs(text, "constant.language.rule-id"), ["retention-mismatch", "placeholder", "undeclared-processor"]);
  assert.equal(runs(text, "comment.block.suppression").length, 3);
  assert.deepEqual(runs("<!-- policywright-disable-next-line no-such-rule -->", "invalid.illegal.unknown-rule"), ["no-such-rule"]);
});

test("generated-block markers show kind and options, and flag unknown kinds", () => {
  const text = "<!-- policywright:processors format=list columns=name,purpose -->\n| Stripe | Payments |\n<!-- /policywright:processors -->\n<!-- policywright:vendors -->";
  assert.deepEqual(runs(text, "keyword.control.generated-block"), ["policywright:", "/policywright:", "policywright:"]);
  assert.deepEqual(runs(text, "entity.name.type.generated-block"), ["processors", "processors"]);
  assert.deepEqual(runs(text, "entity.other.attribute-name.option"), ["format", "columns"]);
  assert.deepEqual(runs(text, "string.unquoted.option-value"), ["list", "name,purpose"]);
  assert.deepEqual(runs(text, "invalid.illegal.unknown-block"), ["vendors"]);
});

test("front matter is left alone", () => {
  const text = "---\nmanifest: ./processors.yaml\nnote: TODO 30 days\n---\nTODO";
  assert.deepEqual(runs(text, "invalid.illegal.placeholder"), ["TODO"]);
});

test("the grammar knows every rule id and block kind the checker knows", () => {
  const pattern = INJECTION.repository["rule-id"].patterns[0].match;
  const ids = /\(\?:([^)]*)\)/.exec(pattern)[1].split("|").sort();
  assert.deepEqual(ids, core.RULE_IDS.filter((r) => r !== "unknown-rule").sort());
  const kinds = /\(\?:([^)]*)\)/.exec(INJECTION.repository["generated-marker"].captures["3"].patterns[0].match)[1].split("|").sort();
  assert.deepEqual(kinds, [...core.GENERATED_KINDS].sort());
});

test("package.json injects the grammar into Markdown", () => {
  const g = pkg.contributes.grammars.find((x) => x.scopeName === INJECTION.scopeName);
  assert.ok(g, "grammar not contributed");
  assert.deepEqual(g.injectTo, ["text.html.markdown"]);
  assert.equal(new URL(`../../${g.path}`, import.meta.url).pathname, GRAMMAR_PATH.pathname);
});
