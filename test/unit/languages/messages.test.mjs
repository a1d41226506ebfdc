// Messages in the display language (spec §6, "Messages"): every message has a German and a
// French text, the CLI follows --lang or the locale, and rule ids, subjects and JSON keys are
// the same in every language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Module from "node:module";
import { build } from "esbuild";
import { CLI, ROOT, core, tempDir, GERMAN_MANIFEST as MANIFEST } from "../helpers.mjs";
import { fakeVscode } from "../../preview/fake-vscode.mjs";

const json = (p) => JSON.parse(readFileSync(join(ROOT, p), "utf8"));
const BUNDLES = { de: json("l10n/bundle.l10n.de.json"), fr: json("l10n/bundle.l10n.fr.json") };
const slots = (s) => [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();

/** Every `l10n.t("…")` string literal of the extension client. */
function clientStrings() {
  const out = new Set();
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith(".ts")) for (const m of readFileSync(p, "utf8").matchAll(/l10n\.t\(("(?:[^"\\]|\\.)*")/g)) out.add(JSON.parse(m[1]));
    }
  };
  walk(join(ROOT, "client/src"));
  return [...out];
}

test("every message of the catalogue and of the client has a German and a French text with the same slots", () => {
  // the catalogue, the client's strings, and the legal citations kept beside the disclosures
  const english = [...Object.values(core.MESSAGES), ...clientStrings(), ...new Set(core.DISCLOSURES.flatMap((d) => Object.values(d.citation)))];
  assert.ok(english.length > 100, `${english.length} messages`);
  for (const [lang, bundle] of Object.entries(BUNDLES)) {
    const missing = english.filter((m) => typeof bundle[m] !== "string" || !bundle[m].trim());
    assert.deepEqual(missing, [], `${lang} lacks these messages`);
    for (const m of english) assert.deepEqual(slots(bundle[m]), slots(m), `${lang}: the slots of "${m}"`);
    // an entry nothing uses any more is a translation of an old text
    const used = new Set(english);
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), [], `${lang} has entries no message uses`);
  }
});

test("every contributed title and setting description has a German and a French text", () => {
  const en = json("package.nls.json");
  const pkg = readFileSync(join(ROOT, "package.json"), "utf8");
  const refs = [...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(refs.length >= 15);
  assert.deepEqual(refs.filter((k) => !(k in en)), [], "package.json names keys package.nls.json lacks");
  for (const lang of ["de", "fr"]) {
    const t = json(`package.nls.${lang}.json`);
    assert.deepEqual(Object.keys(t).sort(), Object.keys(en).sort(), `package.nls.${lang}.json`);
    for (const k of Object.keys(en)) assert.notEqual(t[k], en[k], `${lang} ${k} is untranslated`);
  }
  assert.equal(JSON.parse(pkg).l10n, "./l10n");
  assert.equal(json("package.nls.de.json")["command.preview.openToSide"], "Vorschau seitlich öffnen");
});

test("the packaged extension carries the translations", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules/@vscode/vsce/vsce"), "ls", "--no-dependencies"], { cwd: ROOT, encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout.split("\n").map((l) => l.trim());
  for (const f of ["package.nls.json", "package.nls.de.json", "package.nls.fr.json", "l10n/bundle.l10n.de.json", "l10n/bundle.l10n.fr.json"]) assert.ok(files.includes(f), `${f} is not in the .vsix`);
});

// a German policy with an English-only mistake list: retention, an undeclared service, a placeholder
const POLICY = `# Datenschutzerklärung

Stand: 1. März 2025

Verantwortlich ist die Beispiel GmbH, Musterstraße 1, 10115 Berlin, datenschutz@beispiel.example.
Wir speichern Ihre Kontaktanfragen acht Jahre lang. Zur Reichweitenmessung setzen wir Google Analytics ein.
Unsere Anschrift: [Firmenname]
`;

function runCli(env, ...args) {
  const dir = tempDir(join(tmpdir(), "pw-l10n-"));
  writeFileSync(join(dir, "datenschutz.md"), POLICY);
  writeFileSync(join(dir, "processors.yaml"), MANIFEST);
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE)$/.test(k)));
  return spawnSync(process.execPath, [CLI, "check", "datenschutz.md", ...args], { cwd: dir, encoding: "utf8", env: { ...clean, ...env }, timeout: 60000 });
}

/** The JSON report without its messages: what must not change with the display language. */
const shape = (report) => JSON.stringify(report, (k, v) => (k === "message" ? undefined : v));

test("a German locale gives German messages; rule ids, subjects and JSON keys stay as in English", () => {
  const en = JSON.parse(runCli({}, "--format", "json").stdout);
  const de = JSON.parse(runCli({ LANG: "de_DE.UTF-8" }, "--format", "json").stdout);
  assert.equal(shape(de), shape(en));
  const msg = (r, rule) => r.files[0].findings.find((f) => f.rule === rule).message;
  assert.equal(msg(en, "retention-mismatch"), "The policy gives acht Jahre for Kontaktanfragen, but the manifest says 10 years.");
  assert.equal(msg(de, "retention-mismatch"), "Die Datenschutzerklärung nennt acht Jahre für Kontaktanfragen, das Manifest dagegen 10 Jahre.");
  assert.match(msg(de, "undisclosed-processor"), /^Hetzner steht im Manifest, wird in der Datenschutzerklärung aber nirgends genannt/);
  assert.match(msg(de, "placeholder"), /^Unfertiger Text: \[Firmenname\] ist ein Platzhalter/);
  assert.match(msg(de, "missing-section"), /^Fehlende Pflichtangabe: .*vorgeschrieben nach der DSGVO\.$/);
  // every message changed
  const pairs = en.files[0].findings.map((f, i) => [f.message, de.files[0].findings[i].message]);
  assert.deepEqual(pairs.filter(([a, b]) => a === b), []);
});

test("--lang beats the locale; LC_ALL beats LANG; an unknown locale reads English", () => {
  const text = (env, ...a) => runCli(env, ...a).stdout;
  assert.match(text({ LANG: "de_DE.UTF-8" }, "--lang", "fr"), /La politique de confidentialité indique acht Jahre pour Kontaktanfragen, mais le manifeste indique 10 ans\./);
  assert.match(text({ LANG: "de_DE.UTF-8" }, "--lang", "fr"), /\d+ erreurs?, \d+ avertissements?, \d+ informations? dans 1 fichier vérifié/);
  assert.match(text({ LC_ALL: "fr_CH.UTF-8", LANG: "de_DE.UTF-8" }), /Texte inachevé : \[Firmenname\]/);
  assert.match(text({ LANG: "de_AT.UTF-8" }), /\d+ Fehler, \d+ Warnung(en)?, \d+ Hinweise in 1 geprüften Datei/);
  assert.match(text({ LANG: "ja_JP.UTF-8" }), /The policy gives acht Jahre for Kontaktanfragen/);
  assert.match(text({ LC_ALL: "C", LANG: "de_DE.UTF-8" }), /The policy gives acht Jahre/);
  const bad = runCli({}, "--lang", "es");
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--lang must be one of en, de, fr, not 'es'/);
});

test("the CLI's usage and error lines follow --lang or the locale", () => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LC_ALL|LC_MESSAGES|LANG|LANGUAGE)$/.test(k)));
  const cli = (env, ...args) => spawnSync(process.execPath, [CLI, ...args], { cwd: tempDir(join(tmpdir(), "pw-l10n-cli-")), encoding: "utf8", env: { ...clean, ...env }, timeout: 60000 });
  const help = cli({ LANG: "de_DE.UTF-8" }, "--help").stdout;
  assert.match(help, /^Aufruf:\n {2}policywright check \[PATH \.\.\.\]/);
  assert.match(help, /\njeder Befehl: --lang en\|de\|fr {3}die Sprache der Meldungen \(Standard: LC_ALL, LC_MESSAGES oder LANG\)\n/);
  assert.match(help, /\ninit: die Kommentare des Entwurfs folgen --lang; übernommene Fristen bleiben in der Sprache der Datenschutzerklärung\n$/);
  assert.match(cli({}, "--help", "--lang", "fr").stdout, /^utilisation :\n/);
  assert.match(cli({}, "--help").stdout, /^usage:\n[^]*\ninit: the draft's comments follow --lang; the periods it copies stay in the policy's language\n$/);
  const unknown = cli({ LANG: "fr_FR.UTF-8" }, "tidy");
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^policywright: commande inconnue « tidy »\nutilisation :/);
  // --lang given with a bad option still chooses the language of the error
  assert.match(cli({}, "check", "--format", "xml", "--lang", "de").stderr, /^policywright: --format muss einer der Werte text, json, sarif, github, markdown, junit sein, nicht „xml“\n$/);
  assert.match(cli({ LANG: "de_AT.UTF-8" }, "check", "fehlt.md").stderr, /^policywright: fehlt\.md: Datei oder Ordner nicht gefunden\n$/);
  assert.match(cli({ LANG: "fr_FR.UTF-8" }, "check").stderr, /^policywright: aucune politique trouvée \(nommez les fichiers/);
  assert.match(cli({ LANG: "fr_FR.UTF-8" }, "export", "a.md", "b.md").stderr, /^policywright: export attend exactement une politique de confidentialité : policywright export POLICY\.md --out policy\.html\n$/);
  assert.match(cli({}, "check", "fehlt.md").stderr, /^policywright: fehlt\.md: no such file or folder\n$/);
});

test("SARIF keeps its rule ids in every language", () => {
  const ids = (r) => JSON.parse(r.stdout).runs[0].results.map((x) => x.ruleId);
  assert.deepEqual(ids(runCli({ LANG: "fr_FR.UTF-8" }, "--format", "sarif")), ids(runCli({}, "--format", "sarif")));
});

/** The status bar's client code, bundled with `vscode` resolved to a fake. */
async function statusBar(bundle) {
  const out = await build({ entryPoints: [join(ROOT, "client/src/statusBar.ts")], bundle: true, platform: "node", format: "cjs", write: false, external: ["vscode"], logLevel: "silent" });
  const fake = fakeVscode();
  fake.log.l10nBundle = bundle;
  const mod = new Module(join(ROOT, "client/src/statusBar.bundle.js"));
  mod.paths = Module._nodeModulePaths(join(ROOT, "client/src"));
  const original = Module._load;
  Module._load = (req, ...rest) => (req === "vscode" ? fake.vscode : original(req, ...rest));
  try {
    mod._compile(out.outputFiles[0].text, mod.id);
  } finally {
    Module._load = original;
  }
  return { ...fake, createStatusBar: mod.exports.createStatusBar };
}

test("the status bar shows the policy's language and why, in the editor's language", async () => {
  for (const [bundle, text, tip] of [
    [undefined, "$(warning) Policywright: 2 problems · DE", "Language: German (detected from the text)"],
    [BUNDLES.de, "$(warning) Policywright: 2 Befunde · DE", "Sprache: Deutsch (aus dem Text erkannt)"],
  ]) {
    const { vscode, statusItems, document, editor, createStatusBar } = await statusBar(bundle);
    const doc = document(vscode.Uri.parse("file:///w/datenschutz.md"), POLICY);
    vscode.window.activeTextEditor = editor(doc);
    // the server's answer, its label in the display language as the server writes it
    core.setMessageLanguage(bundle ? "de" : "en", (m, args) => core.fill(bundle?.[m] ?? m, args));
    const label = `${new Intl.DisplayNames([bundle ? "de" : "en"], { type: "language" }).of("de")} (${core.msg("language-reason.detected")})`;
    core.setMessageLanguage("en", core.fill);
    const client = { isRunning: () => true, onDidChangeState: () => ({ dispose() {} }), sendRequest: async () => ({ policy: true, errors: 0, warnings: 2, infos: 0, manifestUri: "file:///w/processors.yaml", language: { code: "de", reason: "detected", supported: true, label } }) };
    const d = createStatusBar(client);
    await new Promise((r) => setTimeout(r, 20));
    const item = statusItems[0];
    assert.equal(item.visible, true);
    assert.equal(item.text, text);
    assert.match(item.tooltip, new RegExp(tip.replace(/[()]/g, "\\$&")));
    d.dispose();
  }
});
