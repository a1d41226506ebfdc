// Messages from the preview webview are untrusted: only well-formed ones, with offsets and
// indices in range and links to http(s) or mailto, get through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { core, preview } from "../unit/helpers.mjs";

const LIMITS = { textLength: 100, fixes: 2, lines: 10 };
const parse = (m) => preview.parseWebviewMessage(m, LIMITS);

test("well-formed messages pass, as new objects with only their own fields", () => {
  assert.deepEqual(parse({ type: "ready", extra: 1 }), { type: "ready" });
  assert.deepEqual(parse({ type: "reveal", start: 3, end: 9, evil: "x" }), { type: "reveal", start: 3, end: 9 });
  assert.deepEqual(parse({ type: "reveal", start: 100, end: 100 }), { type: "reveal", start: 100, end: 100 });
  assert.deepEqual(parse({ type: "applyFix", fix: 1 }), { type: "applyFix", fix: 1 });
  assert.deepEqual(parse({ type: "scroll", line: 4.5 }), { type: "scroll", line: 4.5 });
  assert.deepEqual(parse({ type: "openLink", href: "https://example.org/a b" }), { type: "openLink", href: "https://example.org/a%20b" });
  assert.deepEqual(parse({ type: "openLink", href: "mailto:privacy@example.org" }), { type: "openLink", href: "mailto:privacy@example.org" });
});

test("malformed, out-of-range and unknown messages are dropped", () => {
  const bad = [
    null, undefined, 42, "reveal", [], { type: 1 }, { type: "unknown" }, { type: "__proto__" }, { type: "constructor" },
    { type: "reveal", start: -1, end: 2 }, { type: "reveal", start: 5, end: 2 }, { type: "reveal", start: 0, end: 101 },
    { type: "reveal", start: "1", end: 2 }, { type: "reveal", start: 1.5, end: 2 }, { type: "reveal", start: 0, end: Infinity },
    { type: "reveal", start: 0 }, { type: "applyFix", fix: 2 }, { type: "applyFix", fix: -1 }, { type: "applyFix", fix: "0" },
    { type: "applyFix" }, { type: "scroll", line: NaN }, { type: "scroll", line: -1 }, { type: "scroll", line: 11 }, { type: "scroll", line: "3" },
    { type: "openLink" }, { type: "openLink", href: 7 },
  ];
  for (const m of bad) assert.equal(parse(m), undefined, JSON.stringify(m));
  assert.equal(preview.parseWebviewMessage({ type: "applyFix", fix: 0 }, { ...LIMITS, fixes: 0 }), undefined, "no fixes, no fix");
});

test("links other than http(s) and mailto never reach the extension's opener", () => {
  for (const href of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\nscript:alert(1)", "data:text/html,x",
    "vbscript:x", "file:///etc/passwd", "command:workbench.action.terminal.new", "vscode://ms-vscode.x", "//evil.example/x",
    "./relative.md", "#fragment", "https://", `https://${"a".repeat(3000)}.example`]) {
    assert.equal(parse({ type: "openLink", href }), undefined, href);
  }
});
