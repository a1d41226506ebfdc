/**
 * The file access the project model needs, injected by each host: the CLI reads the disk
 * (host/nodeFs.ts), the language server reads open buffers first and then the disk or the
 * client's `workspace.fs` (workspace/lspFs.ts). Paths are absolute and use '/' (paths.ts).
 */
export interface FileStat {
  type: "file" | "directory" | "other";
  size: number;
  /** Modification time in milliseconds (0 when unknown, e.g. an open buffer). */
  mtime: number;
}

export interface DirEntry {
  name: string;
  type: "file" | "directory" | "other";
}

export interface ReadOptions {
  /** Larger files are refused with a clear message. */
  maxBytes?: number;
  /** Problems that still allow reading (invalid UTF-8) are added here. */
  warnings?: string[];
}

export interface ProjectFs {
  /** False in an untrusted workspace: only what the user opened counts, nothing else is read. */
  readonly trusted: boolean;
  /** Undefined when there is no such file or folder. */
  stat(path: string): Promise<FileStat | undefined>;
  /** The text of a file; throws a UserError with a one-line reason when it cannot be read. */
  read(path: string, options?: ReadOptions): Promise<string>;
  /** The entries of a folder; empty when it cannot be listed. */
  list(dir: string): Promise<DirEntry[]>;
  /** The path with symbolic links resolved; hosts without links leave it out. */
  realpath?(path: string): Promise<string>;
  /** The first bytes of a file as text (enough for its front matter); empty when unreadable. */
  head?(path: string, bytes: number): Promise<string>;
}

/** A problem the user can act on (a missing file, a binary file); shown as one line, never a stack. */
export class UserError extends Error {
  /** Marks the class across bundles: dist/history.js carries a copy of this class of its own. */
  readonly userError = true;
}

/** A one-line problem with the user's input (exit 2, no "internal error"), from any bundle. */
export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && (e as { userError?: unknown }).userError === true;
}
