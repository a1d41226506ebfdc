import { TextDocument } from "vscode-languageserver-textdocument";
import type { ManifestHistory } from "../core/changes/types";
import { utf8Length } from "../core/text/utf8";
import { parseManifest, type Manifest } from "../core/manifest/parse";
import { UserError, type ProjectFs } from "../core/project";
import { pathToUri, type Workspace } from "./folders";
import { msg } from "../core/messages";

/** When a file last changed in version control (git in the Node server; none on the web). */
export type CommitDates = (path: string) => Date | undefined;

/** A manifest's history from version control (isomorphic-git in the Node server; none on the web). */
export type HistoryReader = (path: string) => Promise<{ history?: ManifestHistory; note?: string }>;

const HISTORY_TTL_MS = 60_000;

/** One manifest as last read: from the editor buffer when it is open, else from disk. */
export interface ManifestState {
  path: string;
  /** The URI diagnostics go to: the open document's own URI, else one made from the path. */
  uri: string;
  /** Changes whenever the content may have changed; analyses built on it compare stamps. */
  stamp: string;
  text?: string;
  manifest?: Manifest;
  /** Why the manifest could not be used (unreadable, binary, too large, untrusted workspace). */
  error?: string;
  /** The text as a document, to turn offsets into positions. */
  lines: TextDocument;
  open: boolean;
}

/**
 * Parsed manifests by path. A manifest shared by fifty open policies is parsed once per
 * change; a buffer edit changes the stamp at once, a disk edit when its mtime or size does.
 */
export class ManifestStore {
  private readonly cache = new Map<string, ManifestState>();
  private readonly commits = new Map<string, Date | undefined>();
  private readonly histories = new Map<string, { at: number; history?: ManifestHistory; loading?: Promise<void>; generation: number }>();
  /** Called when a manifest's git history has been read (or read again and found different). */
  onHistory?: (path: string) => void;
  /**
   * Set when the editor reports changes of manifests on disk (the server's file watchers are
   * registered): a manifest read from disk is then used until `invalidate`, not stat'ed again.
   */
  watched = false;

  constructor(private readonly ws: Workspace, private readonly fs: ProjectFs, private readonly maxBytes: (path: string) => number, private readonly commitDate: CommitDates = () => undefined, private readonly readHistory?: HistoryReader) {}

  /** The manifest at a path, or undefined when there is no such file (never created, or deleted). */
  async get(path: string): Promise<ManifestState | undefined> {
    const doc = this.ws.openAt(path);
    if (doc) {
      const stamp = `open:${doc.uri}:${doc.version}`;
      const hit = this.cache.get(path);
      if (hit?.stamp === stamp) return hit;
      const text = doc.getText();
      const limit = this.maxBytes(path);
      const state: ManifestState = text.length > limit / 3 && utf8Length(text) > limit
        ? { path, uri: doc.uri, stamp, error: `${utf8Length(text)} bytes is above policywright.maxFileSize`, lines: doc, open: true }
        : { path, uri: doc.uri, stamp, text, manifest: safeParse(text), lines: doc, open: true };
      this.cache.set(path, state);
      return state;
    }
    if (!this.ws.trusted) {
      // never read a file in an untrusted workspace: the user has to open it
      const stamp = "untrusted";
      return { path, uri: pathToUri(path), stamp, error: "this workspace is not trusted, so only open files are read; open the manifest to check the policy against it", lines: TextDocument.create(pathToUri(path), "yaml", 0, ""), open: false };
    }
    const cached = this.cache.get(path);
    // with file watchers, a change on disk arrives as an event (`invalidate`): no stat per keystroke
    if (this.watched && cached && !cached.open) return cached;
    const st = await this.fs.stat(path);
    if (!st) {
      this.cache.delete(path);
      return undefined;
    }
    const stamp = `disk:${st.mtime}:${st.size}`;
    const hit = cached;
    if (hit?.stamp === stamp) return hit;
    const uri = pathToUri(path);
    let state: ManifestState;
    try {
      const text = await this.fs.read(path, { maxBytes: this.maxBytes(path) });
      state = { path, uri, stamp, text, manifest: safeParse(text), lines: TextDocument.create(uri, "yaml", 0, text), open: false };
    } catch (e) {
      const why = e instanceof UserError ? e.message.replace(/^.*?: /, "") : (e as Error).message;
      state = { path, uri, stamp, error: why, lines: TextDocument.create(uri, "yaml", 0, ""), open: false };
    }
    this.cache.set(path, state);
    if (hit) this.commits.delete(path);
    return state;
  }

  /** When the manifest was last committed (trusted workspaces only: it runs git). */
  lastChanged(path: string): Date | undefined {
    if (!this.ws.trusted) return undefined;
    if (!this.commits.has(path)) this.commits.set(path, this.commitDate(path));
    return this.commits.get(path);
  }

  /**
   * The manifest's git history as last read, for notice-period, the code lens and the hover
   * (trusted workspaces with a history reader only). Reading is asynchronous: the first call
   * starts it and returns undefined, and `onHistory` fires when it is there. A commit changes no
   * file the server watches, so a history older than a minute is read again on the next call.
   */
  history(path: string): ManifestHistory | undefined {
    if (!this.ws.trusted || !this.readHistory) return undefined;
    let h = this.histories.get(path);
    if (!h) {
      h = { at: 0, generation: 0 };
      this.histories.set(path, h);
    }
    if (!h.loading && Date.now() - h.at > HISTORY_TTL_MS) {
      const entry = h;
      entry.loading = this.readHistory(path).then((got) => {
        const changed = JSON.stringify(got.history) !== JSON.stringify(entry.history);
        Object.assign(entry, { history: got.history, at: Date.now(), loading: undefined });
        if (changed) {
          entry.generation++;
          this.onHistory?.(path);
        }
      }, () => {
        Object.assign(entry, { at: Date.now(), loading: undefined });
      });
    }
    return h.history;
  }

  /** The history read now (for a command the user asked for), or why there is none. */
  async historyNow(path: string): Promise<{ history?: ManifestHistory; note?: string }> {
    if (!this.ws.trusted) return { note: "the workspace is not trusted, so Policywright reads no git history" };
    if (!this.readHistory) return { note: "git history cannot be read here" };
    return this.readHistory(path);
  }

  /** Changes whenever the history read for a path changes; part of the stamps analyses compare. */
  historyStamp(path: string): number {
    return this.histories.get(path)?.generation ?? 0;
  }

  /** Forgets what is known about a path after a file-system event. */
  invalidate(path: string): void {
    this.cache.delete(path);
    this.commits.delete(path);
    const h = this.histories.get(path);
    if (h) h.at = 0;
  }

  clear(): void {
    this.cache.clear();
    this.commits.clear();
    this.histories.clear();
  }
}

/** parseManifest never throws by contract; this guards the server against a bug in it all the same. */
function safeParse(text: string): Manifest {
  try {
    return parseManifest(text);
  } catch (e) {
    return {
      controller: {}, regimes: ["gdpr"], processors: [], retention: [], text,
      findings: [{ rule: "manifest-invalid", subject: "yaml", message: msg("server.manifest-unchecked", { problem: (e as Error).message }), file: "manifest", start: 0, end: Math.min(1, text.length) }],
    };
  }
}
