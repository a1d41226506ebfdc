/**
 * Reuse of per-sentence and per-paragraph results across the versions of a policy an editor
 * checks on every keystroke. A typed letter changes one sentence: every other sentence has the
 * same text as before, so what is read from a sentence's text alone (its durations, whether a
 * cue occurs in it) is looked up by that text instead of read again. Results are stored
 * relative to the piece's start and placed on reuse, so text moving down the page still hits.
 *
 * The caches are content-addressed (the text is the key, never a position or a version), so a
 * stale entry cannot exist: a changed text is a new key. Anything else a result depends on (the
 * language pack, the manifest, the name matcher) owns its cache (`memoFor`). Each cache holds
 * at most two generations of `MAX` entries: when the newer one is full the older is dropped, and
 * an entry read from the older one moves to the newer, so memory stays flat and what the open
 * policies use stays in.
 */

const MAX = 4096;

let enabled = true;

/** Turns reuse off (every lookup misses, nothing is stored) or on again: tests compare the two. */
export function setMemoEnabled(on: boolean): void {
  enabled = on;
}

/** A bounded map from texts to results (the two-generation scheme above). */
export class TextMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

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
    if (this.young.size >= MAX) {
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

/** The memo named `stage` that belongs to `owner` (a pack, a manifest, a matcher): it lives as long as the owner. */
export function memoFor<V>(owner: object, stage: string): TextMemo<V> {
  let byStage = owners.get(owner);
  if (!byStage) owners.set(owner, (byStage = new Map()));
  let m = byStage.get(stage);
  if (!m) byStage.set(stage, (m = new TextMemo<unknown>()));
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

/** What was read from one sentence's text, by stage; shared by every version of the policy that has the sentence. */
type Record = { text: string; read: Map<string, unknown> };

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
const links = new WeakMap<Versioned, { before: Stages; edit: Edit }>();

function stages(doc: Versioned): Stages {
  let s = stagesOf.get(doc);
  if (!s) stagesOf.set(doc, (s = new Map()));
  return s;
}

/**
 * Called by the incremental parser: `next` is `prev` after `edit`. What was computed for `prev`
 * (only that: the link holds no document) can be taken over by the stages of `next`.
 */
export function linkVersions(prev: Versioned, next: Versioned, edit: Edit): void {
  if (prev.pack === next.pack) links.set(next, { before: stages(prev), edit });
}

/**
 * The value of `stage` for a version, computed once: `compute` is given the value of the
 * version before and the edit between them when the version came from an in-sentence edit of
 * one whose value is known (and reuse is on).
 */
export function versionValue<V>(doc: Versioned, stage: string, compute: (before?: { value: V; edit: Edit }) => V): V {
  const own = stages(doc);
  if (own.has(stage)) return own.get(stage) as V;
  const link = enabled ? links.get(doc) : undefined;
  const value = compute(link?.before.has(stage) ? { value: link.before.get(stage) as V, edit: link.edit } : undefined);
  own.set(stage, value);
  return value;
}

/**
 * What `read` gives for the masked text of each sentence (in sentence order), read once per
 * sentence text (and language pack) under the name `stage`: taken over by position from the
 * version before an in-sentence edit, else looked up by the sentence's text. `read` must depend
 * on nothing but the text.
 */
export function perSentence<V>(doc: Versioned, stage: string, read: (text: string) => V): readonly V[] {
  return versionValue<V[]>(doc, `sentences: ${stage}`, (before) => {
    const n = doc.sentences.length;
    if (!before) {
      const out = new Array<V>(n);
      for (let si = 0; si < n; si++) out[si] = valueOf(doc, si, stage, read);
      return out;
    }
    const { from, to, shift } = before.edit.sentences;
    const out = before.value.slice(0, from);
    for (let si = from; si < to; si++) out.push(valueOf(doc, si, stage, read));
    for (let si = to; si < n; si++) out.push(before.value[si + shift]);
    return out;
  });
}

/**
 * A per-block value, computed on first use (`read`) or taken over from the version before when
 * the block reads the same there. `read` must depend only on what the block reads (its text,
 * kind, cells and the few characters after it), never on its offsets.
 */
export function perBlock<V>(doc: Versioned & { blocks: readonly unknown[] }, bi: number, stage: string, read: () => V): V {
  const values = versionValue<{ own: (V | undefined)[]; before?: (V | undefined)[]; edit?: Edit }>(doc, `blocks: ${stage}`, (before) => ({
    own: new Array<V | undefined>(doc.blocks.length),
    before: before?.value.own,
    edit: before?.edit,
  }));
  let v = values.own[bi];
  if (v !== undefined) return v;
  if (values.before && values.edit && (bi < values.edit.blocks.from || bi >= values.edit.blocks.to)) v = values.before[bi];
  if (v === undefined) v = read();
  values.own[bi] = v;
  return v;
}

/**
 * The records of the version read last, by sentence: the stages of one analysis look each
 * sentence's text up once, not once per stage. (In a policy of more distinct sentences than the
 * memo holds, the texts read by one stage would push the next stage's out of it before their
 * turn, and every stage would copy every sentence again.) Only the last version is kept, weakly.
 */
let lastRead: { doc: WeakRef<Versioned>; records: Record[] } | undefined;

/** The value of one sentence, from the record of its text. */
function valueOf<V>(doc: Versioned, si: number, stage: string, read: (text: string) => V): V {
  const s = doc.sentences[si];
  if (!enabled) return read(doc.masked.slice(s.start, s.end));
  if (lastRead?.doc.deref() !== doc) lastRead = { doc: new WeakRef(doc), records: new Array<Record>(doc.sentences.length) };
  let r = lastRead.records[si];
  if (!r) {
    const text = doc.masked.slice(s.start, s.end);
    const memo = memoFor<Record>(doc.pack, "sentences");
    const known = memo.get(text);
    if (known) r = known;
    else memo.set(text, (r = { text: ownCopy(text), read: new Map() }));
    lastRead.records[si] = r;
  }
  let v = r.read.get(stage) as V | undefined;
  if (v === undefined && !r.read.has(stage)) r.read.set(stage, (v = read(r.text)));
  return v as V;
}
