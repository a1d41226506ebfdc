import type { Manifest } from "../manifest/parse";
import type { PolicyDoc } from "../policy/parse";
import type { OutlineItem, Span } from "./types";

/** A policy's outline: its sections, nested by level, each with the disclosures its heading makes. */
export function policyOutline(p: PolicyDoc): OutlineItem[] {
  const nodes = p.sections.map((sec): OutlineItem => ({
    name: `${sec.number ? `${sec.number} ` : ""}${sec.title || "(untitled section)"}`,
    detail: sec.kinds.size ? `discloses: ${[...sec.kinds].join(", ")}` : undefined,
    kind: "section",
    range: { start: sec.start, end: sec.end },
    selection: { start: sec.start, end: sec.headingEnd },
    children: [],
  }));
  const roots: OutlineItem[] = [];
  p.sections.forEach((sec, i) => (sec.parent === undefined ? roots : nodes[sec.parent].children).push(nodes[i]));
  return roots;
}

/**
 * A manifest's outline from the YAML node ranges: the controller, the processors (each with
 * its purpose and country) and the retention schedule (each with its period).
 */
export function manifestOutline(m: Manifest): OutlineItem[] {
  const text = m.text;
  const span = (start: number, end: number): Span => ({ start, end: trimEnd(text, start, end) });
  const processors = m.processors.map((p): OutlineItem => ({
    name: p.name,
    detail: [p.purpose, p.countries?.join(", ")].filter(Boolean).join(" · "),
    kind: "entry",
    range: span(p.range[0], p.range[1]),
    selection: { start: p.nameRange[0], end: p.nameRange[1] },
    children: [],
  }));
  const retention = m.retention.map((r): OutlineItem => {
    const nl = text.indexOf("\n", r.range[0]);
    // the first line of the entry ("- data: Support tickets") is what a reader recognises
    return { name: r.data, detail: r.periodText, kind: "field", range: span(r.range[0], r.range[1]), selection: { start: r.range[0], end: nl < 0 ? r.range[1] : Math.min(r.range[1], nl) }, children: [] };
  });
  const blocks: Record<string, { kind: OutlineItem["kind"]; detail?: string; children: OutlineItem[] }> = {
    controller: { kind: "object", detail: m.controller.name, children: [] },
    processors: { kind: "list", detail: `${m.processors.length} processors`, children: processors },
    retention: { kind: "list", detail: `${m.retention.length} periods`, children: retention },
  };
  return (m.keys ?? []).filter((k) => Object.hasOwn(blocks, k.key)).map((k) => ({
    name: k.key,
    ...blocks[k.key],
    range: span(k.range[0], k.range[1]),
    selection: { start: k.keyRange[0], end: k.keyRange[1] },
  }));
}

/** yaml's node ranges can run to the next line; an outline range ends at the entry's last character. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}
