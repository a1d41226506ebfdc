import { Liquid } from "liquidjs";

/**
 * Evaluates a template output's filters with liquidjs (the Liquid implementation Eleventy
 * ships), so `{{ site.email | downcase }}` or `{{ page.updated | date: "%B %d, %Y" }}` is
 * read as the built page shows it. Unknown filters fail (strictFilters) rather than pass
 * the value through unchanged: a value we cannot compute is unresolved, never guessed.
 * Dates are formatted in UTC so a check gives the same answer on every machine.
 */
const engine = new Liquid({ strictFilters: true, strictVariables: false, timezoneOffset: 0, ownPropertyOnly: true });

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const asDate = (v: unknown): Date | undefined => {
  const d = v instanceof Date ? v : new Date(String(v));
  return Number.isNaN(d.getTime()) ? undefined : d;
};
const same = (v: unknown) => v;

// Jekyll's own filters that a policy page uses (https://jekyllrb.com/docs/liquid/filters/)
engine.registerFilter("date_to_string", (v: unknown) => {
  const d = asDate(v);
  return d ? `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()].slice(0, 3)} ${d.getUTCFullYear()}` : v;
});
engine.registerFilter("date_to_long_string", (v: unknown) => {
  const d = asDate(v);
  return d ? `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : v;
});
engine.registerFilter("date_to_xmlschema", (v: unknown) => asDate(v)?.toISOString() ?? v);
for (const name of ["markdownify", "smartify", "xml_escape", "safe", "safeHTML", "plainify", "htmlUnescape", "safeURL", "relative_url"]) engine.registerFilter(name, same);
engine.registerFilter("jsonify", (v: unknown) => JSON.stringify(v));
engine.registerFilter("normalize_whitespace", (v: unknown) => String(v).replace(/\s+/g, " "));
// Nunjucks (Eleventy) and Go (Hugo) spellings of Liquid's filters
engine.registerFilter("lower", (v: unknown) => String(v).toLowerCase());
engine.registerFilter("upper", (v: unknown) => String(v).toUpperCase());
engine.registerFilter("title", (v: unknown) => String(v).replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
engine.registerFilter("trim", (v: unknown) => String(v).trim());

export type Evaluated = { value: unknown } | { error: string };

/** The value of `expression` (a variable with filters) in `scope`. Never throws. */
export function evaluate(expression: string, scope: Record<string, unknown>): Evaluated {
  try {
    return { value: engine.evalValueSync(expression, scope) };
  } catch (e) {
    return { error: ((e as Error)?.message ?? String(e)).split("\n")[0] };
  }
}
