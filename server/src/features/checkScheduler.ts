import { nextTurn } from "../workspace/nextTurn";

/** Edits closer together than this are coalesced into one re-analysis; the first is never delayed. */
export const LIGHT_DEBOUNCE_MS = 40;

/**
 * When documents are checked: a queue worked one document per turn of the event loop, so a
 * manifest change that re-checks fifty policies never blocks a hover for long. Ordering: a
 * document the user is working in (opened, typed in) goes to the front, re-checks caused by
 * something else to the back, and a document is queued once. Debounce: the first edit after a
 * quiet spell runs at once; bursts are coalesced lightly. Cancellation: a closed document
 * leaves the queue and its pending timer. It knows nothing of LSP: `check` does the work.
 */
export class CheckScheduler {
  private readonly queue: string[] = [];
  private readonly queued = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly lastRun = new Map<string, number>();
  private draining = false;
  private idle: (() => void)[] = [];

  constructor(private readonly check: (uri: string) => Promise<void>, private readonly failed: (uri: string, e: unknown) => void) {}

  /** The user is working in this document (opened it): check it next. */
  now(uri: string): void {
    this.enqueue(uri, true);
  }

  /** The document was edited: check it next, or within LIGHT_DEBOUNCE_MS of its last check. */
  edited(uri: string): void {
    if (this.timers.has(uri)) return;
    const since = Date.now() - (this.lastRun.get(uri) ?? 0);
    if (since >= LIGHT_DEBOUNCE_MS) this.enqueue(uri, true);
    else this.timers.set(uri, setTimeout(() => (this.timers.delete(uri), this.enqueue(uri, true)), LIGHT_DEBOUNCE_MS - since));
  }

  /** Something the document depends on changed: check it after what is already queued. */
  later(uri: string): void {
    this.enqueue(uri, false);
  }

  /** The document is gone: drop its pending check. */
  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.lastRun.delete(uri);
    if (this.queued.delete(uri)) this.queue.splice(this.queue.indexOf(uri), 1);
  }

  /** Resolves when the queue is empty (tests and the workspace check wait on it). */
  whenIdle(): Promise<void> {
    return this.queue.length || this.draining ? new Promise((r) => this.idle.push(r)) : Promise.resolve();
  }

  private enqueue(uri: string, first: boolean): void {
    if (!this.queued.has(uri)) {
      this.queued.add(uri);
      if (first) this.queue.unshift(uri);
      else this.queue.push(uri);
    }
    if (!this.draining) {
      this.draining = true;
      void nextTurn().then(() => this.drain());
    }
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length) {
        const uri = this.queue.shift()!;
        this.queued.delete(uri);
        this.lastRun.set(uri, Date.now());
        try {
          await this.check(uri);
        } catch (e) {
          this.failed(uri, e);
        }
        await nextTurn();
      }
    } finally {
      this.draining = false;
      for (const f of this.idle.splice(0)) f();
    }
  }
}
