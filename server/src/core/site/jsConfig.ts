import type * as Acorn from "acorn";

// loaded when a Docusaurus site is read, not at every start
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = () => require("acorn") as typeof Acorn;

/**
 * A config value the build computes (`process.env.CONTACT`, a function call, a variable):
 * Policywright never runs a site's config, so such a value is known only by its source text.
 */
export class Computed {
  constructor(readonly source: string) {}
}

type AnyNode = Acorn.AnyNode;
const OPTIONS: Acorn.Options = { ecmaVersion: "latest", sourceType: "module", allowHashBang: true, allowReturnOutsideFunction: true, allowAwaitOutsideFunction: true };

/**
 * Where `customFields:` has its value, found token by token (comments and strings are skipped):
 * the offset after the colon, and whether an object literal starts there.
 */
function customFieldsAt(text: string): { at: number; literal: boolean } | undefined {
  const { tokenizer, tokTypes: tt } = acorn();
  const window: Acorn.Token[] = [];
  try {
    for (const tok of tokenizer(text, OPTIONS)) {
      window.push(tok);
      if (window.length > 3) window.shift();
      const [a, b, c] = window;
      if (window.length === 3 && (a.type === tt.name || a.type === tt.string) && (a as unknown as { value: unknown }).value === "customFields" && b.type === tt.colon) return { at: c.start, literal: c.type === tt.braceL };
    }
  } catch {
    // TypeScript the JavaScript tokenizer cannot read: what was found so far is all there is
  }
  return undefined;
}

/** The object literal at `at`: acorn reads an expression, which runs on over `, nextKey` as a sequence. */
function objectAt(text: string, at: number): AnyNode {
  const node = acorn().parseExpressionAt(text, at, OPTIONS) as AnyNode;
  return node.type === "SequenceExpression" ? node.expressions[0] : node;
}

/** A literal, or an object or array of literals, as its value; anything else is Computed. */
function toValue(node: AnyNode, text: string): unknown {
  const computed = () => new Computed(text.slice(node.start, node.end));
  switch (node.type) {
    case "Literal":
      return "regex" in node && node.regex ? computed() : typeof node.value === "bigint" ? computed() : node.value;
    case "TemplateLiteral":
      return node.expressions.length ? computed() : node.quasis.map((q) => q.value.cooked ?? "").join("");
    case "UnaryExpression":
      return node.operator === "-" && node.argument.type === "Literal" && typeof node.argument.value === "number" ? -node.argument.value : computed();
    case "ArrayExpression":
      return node.elements.map((e) => (e && e.type !== "SpreadElement" ? toValue(e, text) : computed()));
    case "ObjectExpression": {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) {
        // a spread adds keys only the build knows: the keys written out are still read
        if (p.type !== "Property" || p.computed) continue;
        const key = p.key.type === "Identifier" ? p.key.name : p.key.type === "Literal" ? String(p.key.value) : undefined;
        if (key === undefined || key === "__proto__") continue;
        out[key] = p.kind !== "init" || p.method || p.shorthand ? new Computed(text.slice(p.value.start, p.value.end)) : toValue(p.value, text);
      }
      return out;
    }
    default:
      return computed();
  }
}

/**
 * What a Docusaurus config (`docusaurus.config.js` or `.ts`) says in `customFields`, read
 * without running it: the object literal after `customFields:` is parsed with acorn, and only
 * literals (strings, numbers, booleans, template strings without `${}`, and objects and arrays
 * of them) are values; anything the build computes is a `Computed`. The rest of the config
 * (TypeScript types, `satisfies`, functions, plugins) is never parsed, so TypeScript configs
 * read as well as JavaScript ones. Returns `{ customFields }` (empty when there is none; a
 * `Computed` when customFields itself is built by code).
 */
export function readDocusaurusConfig(text: string): { value: Record<string, unknown> } {
  const found = customFieldsAt(text);
  if (!found) return { value: {} };
  const eol = text.indexOf("\n", found.at);
  const computed = new Computed(text.slice(found.at, eol < 0 ? text.length : eol).trim().replace(/,$/, ""));
  if (!found.literal) return { value: { customFields: computed } };
  try {
    return { value: { customFields: toValue(objectAt(text, found.at), text) } };
  } catch {
    // TypeScript inside customFields (`as const`, a type assertion): its keys are unknown
    return { value: { customFields: computed } };
  }
}

/** The range of a key under `customFields` in the config's text, for go to definition. */
export function docusaurusKeyRange(text: string, key: string[]): [number, number] | undefined {
  if (key[0] !== "customFields") return undefined;
  const found = customFieldsAt(text);
  if (!found) return undefined;
  let range: [number, number] = [found.at, found.at + 1];
  let node: AnyNode;
  try {
    node = objectAt(text, found.at);
  } catch {
    return range;
  }
  for (const k of key.slice(1)) {
    if (node.type !== "ObjectExpression") break;
    const p = node.properties.find((x): x is Acorn.Property => x.type === "Property" && !x.computed && ((x.key.type === "Identifier" && x.key.name === k) || (x.key.type === "Literal" && String(x.key.value) === k)));
    if (!p) break;
    range = [p.key.start, p.key.end];
    node = p.value;
  }
  return range;
}

/**
 * The constants a module exports, read without running it: `export const NAME = <literal>`
 * (a TypeScript annotation between the name and `=` is skipped), each a value as in
 * customFields; anything the build computes is a `Computed`. What the tokenizer cannot read
 * (TypeScript it does not know) ends the reading, keeping what was found before.
 */
export function exportedConstants(text: string): Record<string, unknown> {
  const { tokenizer, tokTypes: tt } = acorn();
  const out: Record<string, unknown> = {};
  const toks: Acorn.Token[] = [];
  try {
    for (const tok of tokenizer(text, OPTIONS)) toks.push(tok);
  } catch {
    // TypeScript the JavaScript tokenizer cannot read: what was found so far is all there is
  }
  const word = (t: Acorn.Token | undefined, w: string) => !!t && (t.type === tt[`_${w}` as keyof typeof tt] || (t.type === tt.name && (t as unknown as { value: unknown }).value === w));
  for (let i = 0; i + 3 < toks.length; i++) {
    if (!word(toks[i], "export") || !(word(toks[i + 1], "const") || word(toks[i + 1], "let") || word(toks[i + 1], "var")) || toks[i + 2].type !== tt.name) continue;
    const name = String((toks[i + 2] as unknown as { value: unknown }).value);
    let j = i + 3;
    // `: string`, `: Readonly<Contact>`: a type annotation before the value
    if (toks[j]?.type === tt.colon) while (j < toks.length && j < i + 40 && toks[j].type !== tt.eq) j++;
    if (toks[j]?.type !== tt.eq || !toks[j + 1] || name === "__proto__") continue;
    try {
      out[name] = toValue(objectAt(text, toks[j + 1].start), text);
    } catch {
      out[name] = new Computed(text.slice(toks[j + 1].start, text.indexOf("\n", toks[j + 1].start) >>> 0).trim());
    }
  }
  return out;
}

/**
 * The relative imports of an MDX page: `import { ORG_NAME, SUPPORT_EMAIL as EMAIL } from "../const"`,
 * each with its names as imported and as used on the page. Default and namespace imports and
 * packages (`@site/…`, `react`) are not values a page's text can show, so they are left out.
 */
export function pageImports(text: string): { from: string; names: { imported: string; local: string }[] }[] {
  const out: { from: string; names: { imported: string; local: string }[] }[] = [];
  for (const m of text.matchAll(/^import\s*\{([^}]*)\}\s*from\s*["'](\.{1,2}\/[^"'\n]+)["']/gm)) {
    const names = m[1].split(",").map((s) => s.trim()).filter(Boolean).flatMap((s) => {
      const p = /^(?:type\s+)?([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(s);
      return p && !s.startsWith("type ") ? [{ imported: p[1], local: p[2] ?? p[1] }] : [];
    });
    if (names.length) out.push({ from: m[2], names });
  }
  return out;
}

/** The range of an exported constant's name in a module (`export const SUPPORT_EMAIL = …`), for go to definition. */
export function exportedConstantRange(text: string, name: string | undefined): [number, number] | undefined {
  if (!name || !/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const m = new RegExp(`\\bexport\\s+(?:const|let|var)\\s+(${name.replace(/\$/g, "\\$")})\\b`).exec(text);
  return m ? [m.index + m[0].length - m[1].length, m.index + m[0].length] : undefined;
}
