import { transferText } from "../fixes/recipients";
import { countryName } from "../geo/countries";
import type { Processor } from "../manifest/parse";
import { formatPeriod, samePeriod } from "../periods";
import type { ChangeField, ProcessorFacts } from "./types";

const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/** Regions read better bare ("EU"), countries by name. */
export function placeName(code: string): string {
  return code === "EU" || code === "EEA" ? code : countryName(code);
}

/** The transfer safeguard in words; "none" is worded without a negation. */
export function safeguardText(t: string | undefined): string {
  return t === "none" ? "none required" : transferText(t);
}

/** A processor's public facts, in words. */
export function factsOf(p: Processor): ProcessorFacts {
  return {
    name: p.name,
    ...(p.legalName ? { legalName: p.legalName } : {}),
    ...(p.purpose ? { purpose: clean(p.purpose) } : {}),
    data: p.data.map(clean),
    ...(p.category ? { category: p.category } : {}),
    ...(p.countries?.length ? { location: p.countries.map(placeName).join(", ") } : {}),
    ...(p.transfer ? { transfer: safeguardText(p.transfer) } : {}),
    ...(p.retentionText ? { retention: clean(p.retentionText) } : {}),
    ...(p.since ? { since: p.since } : {}),
  };
}

/**
 * Whether a field means the same in both: order-free for lists, case- and space-free for text,
 * periods by what they mean (the contract's equality, so "12 months" is "1 year").
 */
export function sameFact(a: Processor, b: Processor, field: ChangeField): boolean {
  if (field === "retention") {
    if (a.retention && b.retention) return a.retention.kind === "duration" && b.retention.kind === "duration" ? samePeriod(a.retention, b.retention) : formatPeriod(a.retention) === formatPeriod(b.retention);
    return !a.retention && !b.retention && clean(a.retentionText ?? "") === clean(b.retentionText ?? "");
  }
  return key(a, field) === key(b, field);
}

function key(p: Processor, field: Exclude<ChangeField, "retention">): string {
  switch (field) {
    case "purpose": return clean(p.purpose ?? "").toLowerCase();
    case "data": return [...new Set(p.data.map((d) => clean(d).toLowerCase()))].sort().join("\u0000");
    case "category": return p.category ?? "";
    case "country": return [...new Set(p.countries ?? [])].sort().join(",");
    case "transfer": return p.transfer ?? "";
  }
}

/** A field's value as a reader sees it in a change ("United States", "Standard Contractual Clauses"). */
export function shown(p: Processor, field: ChangeField): string {
  switch (field) {
    case "purpose": return clean(p.purpose ?? "");
    case "data": return p.data.map(clean).join(", ");
    case "category": return p.category ?? "";
    case "country": return (p.countries ?? []).map(placeName).join(", ");
    case "transfer": return safeguardText(p.transfer);
    case "retention": return clean(p.retentionText ?? "");
  }
}
