import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** A workspace folder by URI and file-system path. */
export interface Folder {
  uri: string;
  path: string;
}

/** The file-system path of a file: URI; undefined for untitled and remote documents. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Whether `child` lies inside `root`, by path alone (no file-system access). */
export function within(root: string, child: string): boolean {
  const rel = relative(resolve(root), resolve(child));
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel) && !rel.startsWith(sep));
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
    return this.byPath.get(path) ?? this.byPath.get(resolve(path));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }
}
