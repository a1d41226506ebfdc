import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { decodeText, normalize, tooLargeMessage, UserError, type DirEntry, type FileStat, type ProjectFs, type ReadOptions } from "../core/project";
import { msg } from "../core/messages";

/** Largest file the tools read; anything bigger gets a clear message instead of an analysis. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * Reads a text file the way an editor would (see decodeText). Refuses directories, devices
 * and pipes (which would block or never end), binary files and files above the size limit
 * with a one-line reason.
 */
export function readText(path: string, maxBytes = MAX_FILE_BYTES, warnings?: string[]): string {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(msg("cli.no-such-file", { path }));
  }
  if (st.isDirectory()) throw new UserError(msg("cli.is-directory", { path }));
  if (!st.isFile()) throw new UserError(msg("cli.not-regular", { path }));
  if (st.size > maxBytes) throw new UserError(tooLargeMessage(path, st.size, maxBytes));
  return decodeText(readFileSync(path), path, warnings);
}

const kind = (x: { isFile(): boolean; isDirectory(): boolean }): FileStat["type"] => (x.isFile() ? "file" : x.isDirectory() ? "directory" : "other");

/** The project model over the local disk, for the CLI and the Node language server. */
export const nodeFs: ProjectFs = {
  trusted: true,
  async stat(path) {
    try {
      const st = statSync(path);
      return { type: kind(st), size: st.size, mtime: st.mtimeMs };
    } catch {
      return undefined;
    }
  },
  async read(path, options: ReadOptions = {}) {
    return readText(path, options.maxBytes ?? MAX_FILE_BYTES, options.warnings);
  },
  async list(dir): Promise<DirEntry[]> {
    try {
      return readdirSync(dir, { withFileTypes: true }).map((e) => ({ name: e.name, type: kind(e) }));
    } catch {
      return [];
    }
  },
  async realpath(path) {
    try {
      return normalize(realpathSync(path));
    } catch {
      return normalize(resolve(path));
    }
  },
  async head(path, bytes) {
    try {
      const fd = openSync(path, "r");
      try {
        const buf = Buffer.alloc(bytes);
        return buf.subarray(0, readSync(fd, buf, 0, bytes, 0)).toString("utf8");
      } finally {
        closeSync(fd);
      }
    } catch {
      return "";
    }
  },
};
