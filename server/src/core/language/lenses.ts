import type { Analysis } from "../analyze";
import { linksTo } from "../claims/recipients";
import { retentionClaims } from "../claims/retention";
import { isOne, msg } from "../messages";
import { comparable, samePeriod } from "../periods";
import type { Span } from "./types";

/** A line of text over a span (a section's heading). */
export interface LensData extends Span {
  title: string;
}

/**
 * The manifest's view of two sections of a policy: over the recipients heading, how many
 * manifest processors the policy names; over the retention heading, how many of the
 * manifest's periods it states and how many differ.
 */
export function policyLenses(a: Analysis): LensData[] {
  const m = a.manifest;
  if (!m) return [];
  const out: LensData[] = [];
  const heading = (kind: "recipients" | "retention") => {
    const sec = a.doc.sections.find((x) => x.kinds.has(kind));
    return sec && { start: sec.start, end: sec.headingEnd };
  };
  const recipients = heading("recipients");
  if (recipients && m.processors.length) out.push({ ...recipients, title: recipientsTitle(a) });
  const retention = heading("retention");
  if (retention && (m.retention.length || m.processors.some((p) => p.retention))) out.push({ ...retention, title: retentionTitle(a) });
  return out;
}

/** "6 of 8 manifest processors named · 2 missing", as the undisclosed-processor rule counts. */
function recipientsTitle(a: Analysis): string {
  const m = a.manifest!;
  const names = [...new Map(m.processors.map((p) => [p.name.toLowerCase(), p])).values()];
  const named = names.filter((p) => a.context.claimsOf(p).some((x) => x.direct)).length;
  const missing = names.length - named;
  const head = msg("lens.recipients", { named, total: names.length });
  if (missing && m.disclosureList && linksTo(a.doc.links, m.disclosureList)) return msg("lens.recipients.linked", { head });
  return missing ? msg("lens.recipients.missing", { head, n: missing }) : msg("lens.recipients.complete", { head });
}

/** "3 of 4 manifest periods stated · 1 differs". */
function retentionTitle(a: Analysis): string {
  const m = a.manifest!;
  const total = m.retention.length + m.processors.filter((p) => p.retention).length;
  const stated = new Set<object>();
  let differ = 0;
  for (const c of retentionClaims(a.context)) {
    const key = c.subject.kind === "data" ? c.subject.entry : c.subject.p;
    const want = c.subject.kind === "data" ? c.subject.entry.period : c.subject.p.retention;
    if (!want) continue;
    stated.add(key);
    if (comparable(want, c.period) && !samePeriod(want, c.period)) differ++;
  }
  const head = msg("lens.retention", { stated: stated.size, total });
  return differ ? msg(isOne(differ) ? "lens.retention.differ.one" : "lens.retention.differ.other", { head, n: differ }) : msg("lens.retention.agree", { head });
}
