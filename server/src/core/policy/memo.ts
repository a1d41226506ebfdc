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

/** Per stage, one value per sentence of a version. */
type Stages = Map<string, readonly unknown[]>;

/** The sentences of a version that came unchanged from the version before: those before `from` and from `to` on (shifted by `shift`). */
interface Carried {
  stages: Stages;
  from: number;
  to: number;
  shift: number;
}

const stagesOf = new WeakMap<Versioned, Stages>();
const carriedTo = new WeakMap<Versioned, Carried>();

/**
 * Called by the incremental parser: `next` has the sentences of `prev` except those in
 * [from, to), which replace prev's [from, to + shift). What was read from the other sentences
 * of `prev` is taken over by position, without looking their texts up.
 */
export function carrySentences(prev: Versioned, next: Versioned, from: number, to: number, shift: number): void {
  let stages = stagesOf.get(prev);
  if (!stages) stagesOf.set(prev, (stages = new Map()));
  if (prev.pack === next.pack) carriedTo.set(next, { stages, from, to, shift });
}

/**
 * What `read` gives for the masked text of each sentence (in sentence order), read once per
 * sentence text (and language pack) under the name `stage`: taken over by position from the
 * version before an in-sentence edit, else looked up by the sentence's text. `read` must depend
 * on nothing but the text.
 */
export function perSentence<V>(doc: Versioned, stage: string, read: (text: string) => V): readonly V[] {
  let stages = stagesOf.get(doc);
  if (!stages) stagesOf.set(doc, (stages = new Map()));
  const known = stages.get(stage);
  if (known) return known as V[];
  const n = doc.sentences.length;
  const carried = enabled ? carriedTo.get(doc) : undefined;
  const before = carried?.stages.get(stage) as V[] | undefined;
  let out: V[];
  if (carried && before) {
    out = before.slice(0, carried.from);
    for (let si = carried.from; si < carried.to; si++) out.push(valueOf(doc, si, stage, read));
    for (let si = carried.to; si < n; si++) out.push(before[si + carried.shift]);
  } else {
    out = new Array<V>(n);
    for (let si = 0; si < n; si++) out[si] = valueOf(doc, si, stage, read);
  }
  stages.set(stage, out);
  return out;
}

/** The value of one sentence, from the record of its text. */
function valueOf<V>(doc: Versioned, si: number, stage: string, read: (text: string) => V): V {
  const s = doc.sentences[si];
  const text = doc.masked.slice(s.start, s.end);
  if (!enabled) return read(text);
  const memo = memoFor<Record>(doc.pack, "sentences");
  let r = memo.get(text);
  if (!r) memo.set(text, (r = { text: ownCopy(text), read: new Map() }));
  let v = r.read.get(stage) as V | undefined;
  if (v === undefined && !r.read.has(stage)) r.read.set(stage, (v = read(r.text)));
  return v as V;
}
