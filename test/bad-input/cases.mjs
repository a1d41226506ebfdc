// The bad-input corpus: every case with the outcome a user must get. A case is a folder of
// test/bad-input/cases/ laid over the clean workspace in cases/_base/, or a `make` step that
// builds the input at test time (large files, links, pipes). `expect` is what the command
// line must answer: its exit code and either a finding or a one-line error. `heavy` cases
// (megabytes of text to analyse) get three times the time of the others.
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const MB = 1024 * 1024;
const fifo = (path) => spawnSync("mkfifo", [path]).status === 0;
/** Appends to a file, or replaces its `processors:` list (a second key would be a duplicate). */
const appendTo = (path, text, replaceProcessors = false) => {
  const old = readFileSync(path, "utf8");
  writeFileSync(path, replaceProcessors ? old.replace(/^processors:[\s\S]*?(?=^retention:)/m, text.replace("extra: true\n", "")) : old + text);
};
/** A policy in d/elsewhere/ (its manifest beside it) checked from d/sub/: the given path is the root. */
const elsewhere = (d, manifest) => {
  mkdirSync(join(d, "sub"));
  mkdirSync(join(d, "elsewhere"));
  writeFileSync(join(d, "elsewhere", "privacy.md"), `---\nmanifest: ${manifest}\n---\n${readFileSync(join(d, "privacy.md"), "utf8")}`);
  writeFileSync(join(d, "elsewhere", "processors.yaml"), readFileSync(join(d, "processors.yaml"), "utf8"));
};
const frontMatter = (manifest) => `---\nmanifest: ${manifest}\n---\n# Privacy Policy\n\nWe use Stripe for payments.\n`;

/** Outcomes shared by many cases. */
const CLEAN = { code: 0, clean: true };
const outside = (message = /outside the workspace/) => ({ code: 1, rule: "manifest-invalid", subject: "manifest", file: "policy", message });
const unreadable = (message) => ({ code: 1, rule: "manifest-invalid", subject: "manifest", file: "policy", message });
const invalid = (subject, message) => ({ code: 1, rule: "manifest-invalid", subject, file: "manifest", message });
const refused = (stderr) => ({ code: 2, stderr });

export const CASES = [
  // policies: empty, odd encodings and line breaks
  { name: "empty-policy", expect: { code: 1, rule: "missing-section", subject: "controller" } },
  { name: "whitespace-policy", expect: { code: 1, rule: "undisclosed-processor", subject: "Stripe" } },
  { name: "binary-policy", expect: refused(/looks like a binary file/) },
  { name: "nul-byte-policy", expect: refused(/looks like a binary file/) },
  { name: "invalid-utf8-policy", expect: { ...CLEAN, stderr: /not valid UTF-8 \(first bad byte on line 7\)/ } },
  { name: "utf8-bom-policy", expect: CLEAN },
  { name: "utf16le-bom-policy", expect: CLEAN },
  { name: "utf16be-bom-policy", expect: CLEAN },
  { name: "crlf-policy", expect: CLEAN },
  { name: "lone-cr-policy", expect: CLEAN },
  // policies: size and shape
  { name: "policy-20-mb", make: (d) => writeFileSync(join(d, "privacy.md"), "We use Stripe for payments.\n".repeat((20 * MB) / 28)), expect: refused(/20\.0 MB is larger than the 8 MB limit/) },
  { name: "policy-line-of-1-mb", heavy: true, make: (d) => writeFileSync(join(d, "privacy.md"), `# Privacy\n\n${"Stripe keeps payment records for 7 years and ".repeat(MB / 46)}\n`), expect: { code: 1, rule: "undisclosed-processor", subject: "Hetzner Online" } },
  { name: "policy-10000-headings", heavy: true, make: (d) => writeFileSync(join(d, "privacy.md"), Array.from({ length: 10_000 }, (_, i) => `${"#".repeat(1 + (i % 6))} Heading ${i}\n`).join("")), expect: { code: 1, rule: "undisclosed-processor", subject: "Stripe" } },
  { name: "policy-deeply-nested-lists", make: (d) => writeFileSync(join(d, "privacy.md"), Array.from({ length: 1500 }, (_, i) => `${"  ".repeat(i)}- level ${i} Stripe\n`).join("")), expect: { code: 1, rule: "undisclosed-processor", subject: "Hetzner Online" } },
  { name: "policy-deeply-nested-quotes", heavy: true, make: (d) => writeFileSync(join(d, "privacy.md"), `${">".repeat(100_000)} Stripe\n${Array.from({ length: 2000 }, (_, i) => `${"> ".repeat(i)}quote\n`).join("")}`), expect: { code: 1, rule: "undisclosed-processor", subject: "Hetzner Online" } },
  { name: "huge-heading-levels", expect: CLEAN },
  { name: "policy-20000-comments", heavy: true, make: (d) => appendTo(join(d, "privacy.md"), "<!-- policywright-disable-next-line retention-mismatch, nonsense -->\nStripe keeps it for 3 days. TODO\n".repeat(20_000)), expect: { code: 1, rule: "unknown-rule", subject: "nonsense" } },
  // policies: front matter
  { name: "unclosed-front-matter", expect: { code: 0, rule: "manifest-invalid", subject: "front-matter", file: "policy", message: /never closed/ } },
  { name: "invalid-front-matter", expect: { code: 0, rule: "manifest-invalid", subject: "front-matter", file: "policy", message: /not valid YAML/ } },
  { name: "front-matter-alias-bomb", expect: { code: 0, rule: "manifest-invalid", subject: "front-matter", file: "policy", message: /not valid YAML/ } },
  { name: "front-matter-parent-path", expect: outside() },
  { name: "front-matter-absolute-path", expect: outside() },
  { name: "front-matter-url", expect: outside(/is a URL/) },
  { name: "front-matter-file-url", expect: outside(/is a URL/) },
  { name: "front-matter-list", expect: unreadable(/must be a path/) },
  { name: "front-matter-symlink-escape", make: (d) => { symlinkSync("/etc/passwd", join(d, "linked.yaml")); writeFileSync(join(d, "privacy.md"), frontMatter("./linked.yaml")); }, expect: outside() },
  { name: "front-matter-directory", make: (d) => { mkdirSync(join(d, "manifests")); writeFileSync(join(d, "privacy.md"), frontMatter("./manifests")); }, expect: unreadable(/is a directory/) },
  // policies: text that hides or imitates
  { name: "unclosed-comment", expect: { code: 1, rule: "placeholder", subject: "<!--", message: /never closed/ } },
  { name: "unclosed-fence", expect: { code: 1, rule: "placeholder", subject: "```", message: /never closed/ } },
  { name: "lookalike-name", expect: { code: 0, rule: "undeclared-processor", subject: "Strіpe", message: /U\+0456 \(Cyrillic "і", looks like "i"\)/ } },
  { name: "zero-width-name", expect: { code: 0, rule: "undeclared-processor", subject: "Mail\u200bchimp", message: /U\+200B \(zero-width space\)/ } },
  { name: "control-characters", format: "text", expect: { code: 1, stdoutLacks: /\x1b\[2J|\x1b\]0;|\x07/ } },
  // manifests: not a mapping, hostile YAML
  { name: "empty-manifest", expect: invalid("manifest", /the manifest is empty/) },
  { name: "whitespace-manifest", expect: invalid("manifest", /the manifest is empty/) },
  { name: "scalar-manifest", expect: invalid("manifest", /must be a mapping/) },
  { name: "list-manifest", expect: invalid("manifest", /must be a mapping/) },
  { name: "null-manifest", expect: invalid("manifest", /the manifest is empty/) },
  { name: "alias-bomb-manifest", expect: invalid("yaml", /aliases are limited/) },
  { name: "duplicate-keys-manifest", expect: invalid("yaml", /keys must be unique/) },
  { name: "tabs-manifest", expect: invalid("yaml", /[Tt]abs/) },
  { name: "huge-numbers-manifest", expect: invalid("version", /version must be 1/) },
  { name: "typo-key-manifest", expect: invalid("processors[0].retenton", /did you mean 'retention'/) },
  { name: "unknown-keys-manifest", expect: CLEAN },
  { name: "deep-flow-manifest", expect: { code: 1, rule: "manifest-invalid", file: "manifest" } },
  { name: "anchors-manifest", expect: CLEAN },
  { name: "lookalike-processor-manifest", expect: invalid("processors[1].name", /look-alike characters: U\+0456/) },
  { name: "zero-width-processor-manifest", expect: invalid("processors[2].name", /U\+200B \(zero-width space\)/) },
  { name: "manifest-5000-processors", heavy: true, make: (d) => appendTo(join(d, "processors.yaml"), `extra: true\nprocessors:\n${Array.from({ length: 5000 }, (_, i) => `  - name: Vendor ${i}\n    purpose: Service ${i}\n    country: US\n    retention: ${1 + (i % 90)} days\n`).join("")}`, true), expect: { code: 1, rule: "undisclosed-processor", subject: "Vendor 4999" } },
  { name: "manifest-line-of-1-mb", make: (d) => writeFileSync(join(d, "processors.yaml"), readFileSync(join(d, "processors.yaml"), "utf8").replace("purpose: Servers and backups", `purpose: Servers${" ".repeat(MB)}and backups`)), expect: CLEAN },
  // manifests: encodings
  { name: "utf16-manifest", expect: CLEAN },
  { name: "crlf-manifest", expect: CLEAN },
  // manifests that are not files one may read
  { name: "binary-manifest", expect: unreadable(/looks like a binary file/) },
  { name: "manifest-20-mb", make: (d) => writeFileSync(join(d, "processors.yaml"), `# ${"x".repeat(20 * MB)}\n`), expect: unreadable(/larger than the 8 MB limit/) },
  { name: "manifest-directory", make: (d) => { rmSync(join(d, "processors.yaml")); mkdirSync(join(d, "processors.yaml")); }, expect: unreadable(/is a directory/) },
  { name: "manifest-symlink-escape", make: (d) => { rmSync(join(d, "processors.yaml")); symlinkSync("/etc/passwd", join(d, "processors.yaml")); }, expect: unreadable(/links to a file outside the workspace/),
    server: { code: 1, rule: "manifest-invalid", subject: "manifest", file: "policy" } },
  { name: "manifest-fifo", skip: process.platform === "win32", make: (d) => { rmSync(join(d, "processors.yaml")); if (!fifo(join(d, "processors.yaml"))) throw new Error("mkfifo failed"); }, expect: unreadable(/not a regular file/) },
  // the command line itself
  { name: "policy-fifo", skip: process.platform === "win32", make: (d) => { rmSync(join(d, "privacy.md")); fifo(join(d, "privacy.md")); }, expect: refused(/not a regular file/) },
  { name: "policy-deleted", make: (d) => rmSync(join(d, "privacy.md")), expect: refused(/privacy\.md: no such file or folder/) },
  { name: "policy-outside-current-folder", cwd: "sub", make: (d) => elsewhere(d, "./processors.yaml"), args: ["../elsewhere/privacy.md"], expect: CLEAN },
  { name: "policy-outside-current-folder-escaping", cwd: "sub", make: (d) => elsewhere(d, "../processors.yaml"), args: ["../elsewhere/privacy.md"], expect: outside() },
  { name: "manifest-option-missing", args: ["privacy.md", "--manifest", "nowhere.yaml"], expect: refused(/nowhere\.yaml: no such file/) },
  { name: "unknown-format", args: ["privacy.md", "--format=xml"], expect: refused(/--format must be one of text, json, sarif, github, markdown, junit/) },
  { name: "broken-config", expect: { ...CLEAN, stderr: /ignored .*\.policywright\.json/ }, server: { code: 0, rule: "unknown-rule", subject: ".policywright.json" } },
  { name: "config-symlink-escape", make: (d) => symlinkSync("/etc/passwd", join(d, ".policywright.json")), expect: { ...CLEAN, stderr: /links to a file outside the workspace; it was not read/, stderrLacks: /root:/ },
    server: { code: 0, rule: "unknown-rule", messageLacks: /root:/ } },
];
