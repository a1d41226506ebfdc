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
