import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node } from "yaml";

/**
 * A fast reader for the plain YAML a processor manifest is written in: block maps and
 * sequences, one-line plain, quoted and boolean/integer scalars, one-line flow sequences of
 * scalars, comments. It builds the same nodes, values and source ranges as `yaml`'s
 * parseDocument (core schema), several times faster; on anything else (anchors, tags, block
 * or multi-line scalars, flow maps, escapes, nulls, floats, tabs, CR, indented comment lines,
 * duplicate keys, errors)
 * it returns undefined and the caller uses the full parser. test/unit/fast-yaml.test.mjs
 * holds it to the full parser's output node by node.
 */

const BAIL = Symbol("not simple YAML");
const bail = (): never => {
  throw BAIL;
};

interface Line {
  start: number;
  end: number;
  indent: number;
}

const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
/** Scalars the core schema reads as something else than a string, a boolean or a decimal integer. */
const OTHER = /^(?:~|[Nn]ull|NULL)?$|^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/;
/** A plain scalar may not start with an indicator (the reader leaves those to the full parser). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_PLAIN = /^[^,[\]{}#:"'&*!|>%@`]+$/;

export function readSimpleYaml(text: string): Document.Parsed | undefined {
  if (/[\r\t\uFEFF\\]/.test(text) || /^(?:---|\.\.\.|%)/m.test(text)) return undefined;
  const lines: Line[] = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf("\n", s);
    if (e < 0) e = text.length;
    let i = s;
    while (i < e && text.charCodeAt(i) === 32) i++;
    // an indented comment line can stretch the end of the node before it: left to the full parser
    if (i < e && text[i] === "#" && i > s) return undefined;
    if (i < e && text[i] !== "#") lines.push({ start: s, end: e, indent: i - s });
    s = e + 1;
  }
  if (!lines.length || lines[0].indent !== 0) return undefined;
  let li = 0;
  const after = (l: Line) => Math.min(l.end + 1, text.length);
  const isItem = (l: Line) => text[l.start + l.indent] === "-" && (l.start + l.indent + 1 === l.end || text[l.start + l.indent + 1] === " ");
  /** The offset of the ':' after a plain key ([A-Za-z_][\w-]*) at p, or -1. */
  const keyEnd = (p: number, end: number) => {
    let c = text.charCodeAt(p) | 32;
    if (!(c >= 97 && c <= 122) && text[p] !== "_") return -1;
    let i = p + 1;
    for (; i < end; i++) {
      c = text.charCodeAt(i);
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95 || c === 45)) break;
    }
    return text.charCodeAt(i) === 58 && (i + 1 === end || text.charCodeAt(i + 1) === 32) ? i : -1;
  };

  const scalar = (raw: string, start: number, end: number, nodeEnd: number, quoted: boolean) => {
    let value: string | number | boolean = raw;
    if (!quoted) {
      if (INT.test(raw)) value = parseInt(raw, 10);
      else if (BOOL.test(raw)) value = raw[0] === "t" || raw[0] === "T";
      else if (OTHER.test(raw)) bail();
    }
    const s = new Scalar(value);
    s.range = [start, end, nodeEnd];
    return s;
  };

  /** A quoted scalar starting at p; returns it and the offset after the closing quote. */
  const quoted = (p: number, end: number, nodeEnd: (e: number) => number): [Scalar, number] => {
    const q = text[p];
    let i = p + 1;
    let value = "";
    for (;;) {
      const c = text.indexOf(q, i);
      if (c < 0 || c >= end) bail();
      value += text.slice(i, c);
      if (q === "'" && text[c + 1] === "'") {
        value += "'";
        i = c + 2;
        continue;
      }
      return [scalar(value, p, c + 1, nodeEnd(c + 1), true), c + 1];
    }
  };

  /** Nothing but spaces, or a comment after a space, from p to the end of the line. */
  const restIsBlank = (p: number, end: number) => {
    let i = p;
    while (i < end && text.charCodeAt(i) === 32) i++;
    if (i < end && (i === p || text[i] !== "#")) bail();
  };

  const flowSeq = (p: number, end: number, nodeEnd: number) => {
    const seq = new YAMLSeq();
    let i = p + 1;
    const close = () => {
      restIsBlank(i + 1, end);
      seq.range = [p, i + 1, nodeEnd];
      return seq;
    };
    while (text[i] === " ") i++;
    if (text[i] === "]") return close();
    for (;;) {
      if (text[i] === '"' || text[i] === "'") {
        const [s, close] = quoted(i, end, (x) => x);
        i = close;
        while (text[i] === " ") i++;
        s.range![2] = i;
        seq.items.push(s);
      } else {
        let j = i;
        while (j < end && text[j] !== "," && text[j] !== "]") j++;
        const raw = text.slice(i, j).replace(/(?<! ) +$/, "");
        if (!raw || !FLOW_PLAIN.test(raw) || /^[-?]/.test(raw)) bail();
        seq.items.push(scalar(raw, i, i + raw.length, j, false));
        i = j;
      }
      if (text[i] === "]") return close();
      if (text[i] !== ",") bail();
      i++;
      while (text[i] === " ") i++;
      if (i >= end || text[i] === "]") bail();
    }
  };

  /** A value that fits on its line: a flow sequence, a quoted or a plain scalar. */
  const inline = (p: number, l: Line): Node => {
    const nodeEnd = after(l);
    if (text[p] === "[") return flowSeq(p, l.end, nodeEnd);
    if (text[p] === '"' || text[p] === "'") {
      const [s, e] = quoted(p, l.end, () => nodeEnd);
      restIsBlank(e, l.end);
      return s;
    }
    let raw = text.slice(p, l.end);
    const hash = raw.indexOf(" #");
    if (hash >= 0) raw = raw.slice(0, hash);
    raw = raw.replace(/(?<! ) +$/, "");
    if (INDICATOR.test(raw) || raw.includes(": ") || raw.endsWith(":")) bail();
    return scalar(raw, p, p + raw.length, nodeEnd, false);
  };

  /** Fails when the line after a one-line value is indented deeper (a continuation the reader does not handle). */
  const noContinuation = (indent: number) => {
    if (li < lines.length && lines[li].indent > indent) bail();
  };

  const block = (indent: number): Node => {
    const l = lines[li];
    if (!l || l.indent < indent) bail();
    return isItem(l) ? seq(l.indent) : map(l.indent, l.start + l.indent);
  };

  const map = (col: number, first: number): YAMLMap => {
    const m = new YAMLMap();
    const keys = new Set<string>();
    let p = first;
    let last: Node;
    for (;;) {
      const l = lines[li];
      const k = keyEnd(p, l.end);
      if (k < 0) bail();
      const name = text.slice(p, k);
      if (keys.has(name) || BOOL.test(name) || OTHER.test(name)) bail();
      keys.add(name);
      const key = new Scalar(name);
      key.range = [p, k, k];
      let v = k + 1;
      while (text[v] === " ") v++;
      if (v >= l.end || text[v] === "#") {
        li++;
        const next = lines[li];
        if (!next || !(next.indent > col || (next.indent === col && isItem(next)))) bail();
        last = next.indent === col ? seq(col) : block(col + 1);
      } else {
        last = inline(v, l);
        li++;
        noContinuation(col);
      }
      m.items.push(new Pair(key, last));
      const next = lines[li];
      if (!next || next.indent < col) break;
      if (next.indent > col || isItem(next)) bail();
      p = next.start + col;
    }
    m.range = [first, last.range![2], last.range![2]];
    return m;
  };

  const seq = (indent: number): YAMLSeq => {
    const s = new YAMLSeq();
    const first = lines[li].start + indent;
    let last: Node | undefined;
    while (li < lines.length && lines[li].indent === indent && isItem(lines[li])) {
      const l = lines[li];
      let p = l.start + indent + 1;
      while (text[p] === " ") p++;
      if (p >= l.end || text[p] === "#" || isItem({ ...l, indent: p - l.start })) bail();
      if (keyEnd(p, l.end) >= 0) last = map(p - l.start, p);
      else {
        last = inline(p, l);
        li++;
        noContinuation(indent);
      }
      s.items.push(last);
    }
    if (li < lines.length && lines[li].indent > indent) bail();
    s.range = [first, last!.range![2], last!.range![2]];
    return s;
  };

  try {
    if (isItem(lines[0])) return undefined;
    const root = map(0, lines[0].start);
    if (li !== lines.length) return undefined;
    const doc = new Document();
    doc.contents = root;
    return doc as unknown as Document.Parsed;
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}
