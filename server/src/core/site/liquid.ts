import type { Liquid } from "liquidjs";

/**
 * Evaluates a template output's filters with liquidjs (the Liquid implementation Eleventy
 * ships), so `{{ site.email | downcase }}` or `{{ page.updated | date: "%B %d, %Y" }}` is
 * read as the built page shows it. Unknown filters fail (strictFilters) rather than pass
 * the value through unchanged: a value we cannot compute is unresolved, never guessed.
 * Dates are formatted in UTC so a check gives the same answer on every machine.
 */
let engine: Liquid | undefined;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const asDate = (v: unknown): Date | undefined => {
  const d = v instanceof Date ? v : new Date(String(v));
  return Number.isNaN(d.getTime()) ? undefined : d;
};
const same = (v: unknown) => v;

function createEngine(): Liquid {
  // loaded on first use: most pages have no filters, and loading liquidjs costs a CLI run 100 ms or more
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Liquid: Engine } = require("liquidjs") as typeof import("liquidjs");
  const liquid = new Engine({ strictFilters: true, strictVariables: false, timezoneOffset: 0, ownPropertyOnly: true });
  // Jekyll's own filters that a policy page uses (https://jekyllrb.com/docs/liquid/filters/)
  liquid.registerFilter("date_to_string", (v: unknown) => {
    const d = asDate(v);
    return d ? `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}` : v;
  });
  liquid.registerFilter("date_to_long_string", (v: unknown) => {
    const d = asDate(v);
    return d ? `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : v;
  });
  liquid.registerFilter("date_to_xmlschema", (v: unknown) => asDate(v)?.toISOString() ?? v);
  for (const name of ["markdownify", "smartify", "xml_escape", "safe", "safeHTML", "plainify", "htmlUnescape", "safeURL", "relative_url"]) liquid.registerFilter(name, same);
  liquid.registerFilter("jsonify", (v: unknown) => JSON.stringify(v));
  liquid.registerFilter("normalize_whitespace", (v: unknown) => String(v).replace(/\s+/g, " "));
  // Nunjucks (Eleventy) and Go (Hugo) spellings of Liquid's filters
  liquid.registerFilter("lower", (v: unknown) => String(v).toLowerCase());
  liquid.registerFilter("upper", (v: unknown) => String(v).toUpperCase());
  liquid.registerFilter("title", (v: unknown) => String(v).replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  liquid.registerFilter("trim", (v: unknown) => String(v).trim());
  return liquid;
}

export type Evaluated = { value: unknown } | { error: string };

/** The value of `expression` (a variable with filters) in `scope`. Never throws. */
export function evaluate(expression: string, scope: Record<string, unknown>): Evaluated {
  try {
    return { value: (engine ??= createEngine()).evalValueSync(expression, scope) };
  } catch (e) {
    return { error: ((e as Error)?.message ?? String(e)).split("\n")[0] };
  }
}
