import type { TextDocuments } from "vscode-languageserver";
import { URI } from "vscode-uri";
import { dirname, normalize, within as inside } from "../core/project/paths";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** A workspace folder by URI and file-system path. */
export interface Folder {
  uri: string;
  path: string;
}

/**
 * Where the URIs of paths that are not on the local disk come from: a virtual workspace
 * (github.dev's `vscode-vfs://github/owner/repo`) has paths too, under its folder's scheme
 * and authority. Filled from the workspace folders and every document seen.
 */
const remoteRoots = new Map<string, { scheme: string; authority: string }>();

/**
 * The path of a document: a file's path on disk, or the path of a virtual workspace's URI
 * (so the project model works the same on vscode.dev). Undefined for untitled documents.
 */
export function uriToPath(uri: string): string | undefined {
  let u: URI;
  try {
    u = URI.parse(uri);
  } catch {
    return undefined;
  }
  if (u.scheme === "file") return u.fsPath;
  // other schemes (git:, untitled:) have no path unless they are a virtual workspace's
  const root = [...remoteRoots].find(([p, r]) => r.scheme === u.scheme && r.authority === u.authority && inside(p, u.path));
  return root ? normalize(u.path) : undefined;
}

/** The URI of a path: under the virtual workspace that holds it, else a file: URI. */
export function pathToUri(path: string): string {
  let best: { root: string; scheme: string; authority: string } | undefined;
  for (const [root, r] of remoteRoots) if (inside(root, path) && (!best || root.length > best.root.length)) best = { root, ...r };
  return best ? URI.from({ scheme: best.scheme, authority: best.authority, path: normalize(path) }).toString() : URI.file(path).toString();
}

/** Remembers the scheme and authority of a virtual workspace folder. */
function noteRoot(uri: string): void {
  const u = URI.parse(uri);
  if (u.scheme !== "file" && u.scheme !== "untitled") remoteRoots.set(normalize(u.path), { scheme: u.scheme, authority: u.authority });
}

/** Whether `child` lies inside `root`, by path alone (no file-system access). */
export function within(root: string, child: string): boolean {
  return inside(root, child);
}

/**
 * The workspace as the server sees it: its folders (multi-root), whether it is trusted, and
 * the open documents by path. Open documents are keyed by path rather than URI because a
 * client may percent-encode the same path differently from Node.
 */
export class Workspace {
  folders: Folder[] = [];
  /** False in an untrusted workspace: nothing is read from disk, only open documents count. */
  trusted = true;
  private readonly byPath = new Map<string, TextDocument>();

  constructor(readonly documents: TextDocuments<TextDocument>) {
    documents.onDidOpen((e) => this.track(e.document));
    documents.onDidClose((e) => {
      const p = uriToPath(e.document.uri);
      if (p && this.byPath.get(p)?.uri === e.document.uri) this.byPath.delete(p);
    });
  }

  private track(doc: TextDocument): void {
    const p = uriToPath(doc.uri);
    if (p) this.byPath.set(p, doc);
  }

  setFolders(folders: { uri: string }[] | null | undefined, rootUri?: string | null): void {
    const list = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = list.flatMap((uri) => {
      noteRoot(uri);
      const path = uriToPath(uri);
      return path ? [{ uri, path }] : [];
    });
  }

  /** The innermost workspace folder holding a path. */
  folderFor(path: string | undefined): Folder | undefined {
    if (!path) return undefined;
    let best: Folder | undefined;
    for (const f of this.folders) if (within(f.path, path) && (!best || f.path.length > best.path.length)) best = f;
    return best;
  }

  /**
   * The root a policy's manifest must lie in: its workspace folder, else (a file opened on its
   * own) the file's folder, so that nothing above it is ever searched or read.
   */
  rootFor(path: string): string {
    return this.folderFor(path)?.path ?? dirname(path);
  }

  /** The open document at a path, if any (the editor buffer wins over the disk). */
  openAt(path: string): TextDocument | undefined {
    return this.byPath.get(path) ?? this.byPath.get(normalize(path));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}
