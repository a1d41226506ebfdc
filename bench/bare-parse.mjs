// The baseline `policywright check` is held to: a bare Node process that only reads the policy
// and the manifest and parses them with markdown-it and yaml (the two libraries the check
// parses with), and prints nothing. bench/run.mjs bundles it like the CLI (esbuild,
// production) so both pay the same start-up costs. Usage: node bare.js POLICY MANIFEST
import { readFileSync } from "node:fs";
import MarkdownIt from "markdown-it";
import { parseDocument } from "yaml";

const [policy, manifest] = process.argv.slice(2);
const tokens = new MarkdownIt().parse(readFileSync(policy, "utf8"), {});
const doc = parseDocument(readFileSync(manifest, "utf8"));
if (!tokens.length || doc.errors.length) process.exitCode = 2;
