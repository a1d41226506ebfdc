/**
 * Reuse of per-sentence, per-paragraph and per-block results across the versions of a policy an
 * editor checks on every keystroke. A typed letter changes one sentence: every other sentence
 * has the same text as before, so what was read from it (its durations, whether a cue occurs in
 * it, the names written in its paragraph) is taken over from the version before instead of read
 * again: by position after an in-sentence edit (`linkVersions` with the edit), by text after a
 * parse from scratch (a typed line break). Results are stored relative to the piece's start.
 *
 * What is kept, and for how long (the server has 50 policies open; memory is measured):
 * - a version's stages live as long as the version (a WeakMap on it), so a manifest change
 *   that re-checks every open policy reads no sentence again; the edit-only stages (the name
 *   candidates of every paragraph, which a new manifest reads again anyway) are kept for the
 *   last few documents analysed only (KEEP_STAGES);
 * - the link to the version before lives only until the new version's analysis is done
 *   (`settled`), so no document holds on to its predecessor's values;
 * - small text-keyed caches (`TextMemo`, `memoFor`) serve what every check reads again per
 *   mention (places, countries, lead names). They are content-addressed (the text is the key),
 *   so a stale entry cannot exist, belong to what else a result depends on (the language pack,
 *   the manifest, the matcher), and hold at most two generations of `max` entries.
 */

import { firstReached } from "../text/sortedSearch";

const MAX = 4096;

let enabled = true;

/** Turns reuse off (every lookup misses, nothing is stored) or on again: tests compare the two. */
export function setMemoEnabled(on: boolean): void {
  enabled = on;
}

/**
 * A bounded map from texts to results: when the newer generation is full the older is dropped,
 * and an entry read from the older one moves to the newer, so memory stays flat and what is in
 * use stays in.
 */
export class TextMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /** `max`: entries per generation. */
  constructor(private readonly max = MAX) {}

  get(key: string): V | undefined {
    if (!enabled) return undefined;
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.put(key, o);
    return o;
  }

  set(key: string, value: V): void {
    if (enabled) this.put(ownCopy(key), value);
  }

  private put(key: string, value: V): void {
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }
}

/**
 * A text that holds on to nothing else: a slice of a whole policy would keep that policy's text
 * alive as long as the slice is kept (V8 shares the characters of slices of 13 or more).
 */
export function ownCopy(text: string): string {
  return text.length > 12 ? (text + " ").slice(0, -1) : text;
}

const owners = new WeakMap<object, Map<string, TextMemo<unknown>>>();

/**
 * The memo named `stage` that belongs to `owner` (a pack, a manifest, a matcher): it lives as
 * long as the owner. `max` entries per generation (4,096 by default).
 */
export function memoFor<V>(owner: object, stage: string, max = MAX): TextMemo<V> {
  let byStage = owners.get(owner);
  if (!byStage) owners.set(owner, (byStage = new Map()));
  let m = byStage.get(stage);
  if (!m) byStage.set(stage, (m = new TextMemo<unknown>(max)));
  return m as TextMemo<V>;
}

/** Something found at [start, end) of a text. */
export interface Placed {
  start: number;
  end: number;
}

/** Things found in a piece read at offset 0, placed at `base` (the same array when `base` is 0 or it is empty). */
export function placeAt<T extends Placed>(found: readonly T[], base: number): T[] {
  if (!base || !found.length) return found as T[];
  return found.map((x) => ({ ...x, start: x.start + base, end: x.end + base }));
}

/** What `read` gives for `text`, from the memo when the same text was read before. */
export function memoized<V>(memo: TextMemo<V>, text: string, read: (text: string) => V): V {
  let v = memo.get(text);
  if (v === undefined) memo.set(text, (v = read(text)));
  return v;
}

interface Piece {
  start: number;
  end: number;
}

interface Versioned {
  masked: string;
  sentences: readonly Piece[];
  pack: object;
}

/** What the incremental parser knows of how a version came from the one before (an in-sentence edit). */
export interface Edit {
  /** The edited range of the text before, [start, end), and how much longer the text became. */
  start: number;
  end: number;
  delta: number;
  /** Sentences: the version's [from, to) replace [from, to + shift) of the one before; the others are the same texts (shifted). */
  sentences: { from: number; to: number; shift: number };
  /** Blocks: the same list; those in [from, to) may read differently, the others read the same (shifted). */
  blocks: { from: number; to: number };
}

/** Values computed for a version, by stage. */
type Stages = Map<string, unknown>;

const stagesOf = new WeakMap<Versioned, Stages>();
/**
 * What a version may take over from the one before, until its analysis is done: the values
 * computed for it, and the edit between them (an in-sentence edit: by position) or the version
 * itself (a parse from scratch: by text).
 */
type Link = { before: Stages; edit: Edit; prev?: undefined } | { before: Stages; edit?: undefined; prev: Versioned };
const links = new WeakMap<Versioned, Link>();

/**
 * How many documents keep their edit-only stages (`edits`: what only the next edit reads, such
 * as the name candidates of every paragraph, which a new manifest reads again anyway). They are
 * worth keeping only where someone types: a policy that was opened (or checked with the
 * workspace) and not edited keeps none, and of those typed in, the last few only. An editor with
 * 50 policies open has one (or a few) of them under the cursor. A document without them computes
 * them in full at its next edit, and takes them over from version to version from then on.
 * The other stages (what a sentence's text says) live as long as their version: a manifest
 * change re-checks every open policy and reads them again.
 */
export const KEEP_STAGES = 4;

/** Names of the edit-only stages. */
const forEdits = new Set<string>();

/** Versions that came from an edit (the incremental parser's): the documents typed in. */
const typedIn = new WeakSet<Versioned>();

/** The versions that keep their edit-only stages, oldest first: one per document (a new version takes its predecessor's place). */
let kept: WeakRef<Versioned>[] = [];

function keep(doc: Versioned): void {
  const next: WeakRef<Versioned>[] = [];
  for (const r of kept) {
    const d = r.deref();
    if (d && d !== doc) next.push(r);
  }
  next.push(new WeakRef(doc));
  while (next.length > KEEP_STAGES) {
    const d = next.shift()!.deref();
    const own = d && stagesOf.get(d);
    if (own) for (const stage of forEdits) own.delete(stage);
  }
  kept = next;
}

function stages(doc: Versioned): Stages {
  let s = stagesOf.get(doc);
  if (!s) stagesOf.set(doc, (s = new Map()));
  return s;
}

/**
 * Called by the incremental parser for every new version of a document: `next` is `prev` after
 * `edit`, and what was computed for `prev` can be taken over by the stages of `next` until its
 * analysis is done (`settled`): by position after an in-sentence edit (the link then holds no
 * document), else by text (a typed line break: the link holds `prev` until then). `next` also
 * takes `prev`'s place among the documents that keep their edit-only stages.
 */
export function linkVersions(prev: Versioned, next: Versioned, edit?: Edit): void {
  if (!enabled) return;
  typedIn.add(next);
  stages(next);
  // the new version takes its predecessor's place among the documents that keep edit-only stages
  const i = kept.findIndex((r) => r.deref() === prev);
  if (i >= 0) kept[i] = new WeakRef(next);
  const before = stagesOf.get(prev);
  if (before && prev.pack === next.pack) links.set(next, edit ? { before, edit } : { before, prev });
}

/** Whether a version already has its place for stages (linkVersions was called for it, or it was analysed). */
export function linked(doc: Versioned): boolean {
  return stagesOf.has(doc);
}

/**
 * Called when a version's analysis is done: the stages it computed are its own now, so the
 * version before's (held for the taking over) can go.
 */
export function settled(doc: Versioned): void {
  links.delete(doc);
}

/** Drops what was computed for a version that will not be edited (an expanded site page, analysed once). */
export function release(doc: Versioned): void {
  stagesOf.delete(doc);
  links.delete(doc);
  kept = kept.filter((r) => r.deref() !== doc);
}

/** Whether a version keeps its edit-only stages for a next edit (tests). */
export function keepsStages(doc: Versioned): boolean {
  return kept.some((r) => r.deref() === doc);
}

/** The value of a stage for the version before, and how to place it: by the edit between them, or by the texts of `prev`. */
export type Before<V> = { value: V; edit: Edit; prev?: undefined } | { value: V; edit?: undefined; prev: Versioned };

/**
 * The value of `stage` for a version, computed once: `compute` is given the value of the
 * version before (and the edit between them, or that version) when the version came from an
 * edit of one whose value is known (and reuse is on). An edit-only stage (`edits`) is kept for
 * the last few documents typed in only (KEEP_STAGES).
 */
export function versionValue<V>(doc: Versioned, stage: string, compute: (before?: Before<V>) => V, edits = false): V {
  const own = stages(doc);
  if (own.has(stage)) return own.get(stage) as V;
  const link = enabled ? links.get(doc) : undefined;
  const value = compute(link?.before.has(stage) ? ({ value: link.before.get(stage) as V, edit: link.edit, prev: link.prev } as Before<V>) : undefined);
  own.set(stage, value);
  if (edits) {
    forEdits.add(stage);
    // kept where someone types; a check with reuse off (a comparison from scratch) keeps nothing
    if (enabled && typedIn.has(doc)) keep(doc);
    else own.delete(stage);
  }
  return value;
}

/**
 * What a stage read from each sentence of a version, kept for the sentences where it found
 * something only: most sentences have no period, cue or claim, and the values of every open
 * policy are kept.
 */
export class SentenceValues<V> {
  constructor(private readonly keys: readonly number[], private readonly values: readonly V[]) {}

  /** The value of sentence `si`; undefined where `read` gave nothing (false, null, undefined or an empty list). */
  at(si: number): V | undefined {
    const i = this.from(si);
    return this.keys[i] === si ? this.values[i] : undefined;
  }

  /** Where the entries of sentences from `si` on begin. */
  from(si: number): number {
    return firstReached(this.keys.length, (i) => this.keys[i] >= si);
  }

  /** Entry `i`: its sentence and value. */
  key(i: number): number {
    return this.keys[i];
  }
  value(i: number): V {
    return this.values[i];
  }
  get size(): number {
    return this.keys.length;
  }
}

/** Whether a value read from a sentence says nothing (it is then not kept). */
function nothing(v: unknown): boolean {
  return v === false || v === null || v === undefined || (Array.isArray(v) && !v.length);
}

/** Collects the values of a version's sentences in sentence order. */
class Collect<V> {
  keys: number[] = [];
  values: V[] = [];
  add(si: number, v: V): void {
    if (nothing(v)) return;
    this.keys.push(si);
    this.values.push(v);
  }
  done(): SentenceValues<V> {
    return new SentenceValues(this.keys.slice(), this.values.slice());
  }
}

/**
 * What `read` gives for the masked text of each sentence (in sentence order), under the name
 * `stage`: taken over from the version before an edit (by position after an in-sentence edit,
 * by the sentence's text after a parse from scratch), else read. `read` must depend on nothing
 * but the text (and the language pack).
 */
export function perSentence<V>(doc: Versioned, stage: string, read: (text: string) => V): SentenceValues<V> {
  return versionValue<SentenceValues<V>>(doc, `sentences: ${stage}`, (before) => {
    const n = doc.sentences.length;
    const textOf = (d: Versioned, si: number) => d.masked.slice(d.sentences[si].start, d.sentences[si].end);
    const out = new Collect<V>();
    if (before?.edit) {
      const { from, to, shift } = before.edit.sentences;
      const b = before.value;
      for (let i = 0, end = b.from(from); i < end; i++) out.add(b.key(i), b.value(i));
      for (let si = from; si < to; si++) out.add(si, read(textOf(doc, si)));
      for (let i = b.from(to + shift); i < b.size; i++) out.add(b.key(i) - shift, b.value(i));
      return out.done();
    }
    const known = new Map<string, V | undefined>();
    if (before) before.prev.sentences.forEach((_, si) => known.set(textOf(before.prev, si), before.value.at(si)));
    for (let si = 0; si < n; si++) {
      const text = textOf(doc, si);
      out.add(si, known.has(text) ? (known.get(text) as V) : read(text));
    }
    return out.done();
  });
}

/** The stage names of per-block values (made once: perBlock is called for every block of every check). */
const blockStages = new Map<string, string>();

/**
 * A per-block value, computed on first use (`read`) or taken over from the version before when
 * the block reads the same there (while the version's analysis runs). `read` must depend only
 * on what the block reads (its text, kind, cells and the few characters after it), never on
 * its offsets.
 */
export function perBlock<V>(doc: Versioned & { blocks: readonly unknown[] }, bi: number, stage: string, read: () => V): V {
  let name = blockStages.get(stage);
  if (!name) blockStages.set(stage, (name = `blocks: ${stage}`));
  const own = versionValue<(V | undefined)[]>(doc, name, () => new Array<V | undefined>(doc.blocks.length));
  let v = own[bi];
  if (v !== undefined) return v;
  const link = enabled ? links.get(doc) : undefined;
  if (link?.edit && (bi < link.edit.blocks.from || bi >= link.edit.blocks.to)) v = (link.before.get(name) as (V | undefined)[] | undefined)?.[bi];
  if (v === undefined) v = read();
  own[bi] = v;
  return v;
}

