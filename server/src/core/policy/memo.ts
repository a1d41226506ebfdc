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

const sentenceTextCache = new WeakMap<object, string[]>();

/** The masked text of every sentence of a parsed policy (sliced once per policy version, shared by all readers). */
export function sentenceTexts(doc: { masked: string; sentences: readonly Placed[] }): string[] {
  let t = sentenceTextCache.get(doc);
  if (!t) sentenceTextCache.set(doc, (t = doc.sentences.map((s) => doc.masked.slice(s.start, s.end))));
  return t;
}
