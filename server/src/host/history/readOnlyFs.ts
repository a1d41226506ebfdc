import * as fs from "node:fs";
import type { FsClient } from "isomorphic-git";

const refuse = async (): Promise<never> => {
  throw Object.assign(new Error("Policywright reads repositories and never writes to them"), { code: "EROFS" });
};

/** One shared "no such file" for the loose objects a packed history does not have (no stack to build). */
const NOT_FOUND: NodeJS.ErrnoException = Object.assign(Object.create(Error.prototype) as Error, { code: "ENOENT", message: "ENOENT: no such file", name: "Error" });

/**
 * The file system isomorphic-git is given: read-only (so reading history can never change a
 * repository) and synchronous underneath. A walk down a long history makes thousands of tiny
 * reads one after another; done on Node's thread pool each waits its turn on a busy machine,
 * done in place they cost microseconds. The object store does not change while a command reads
 * it, so folder listings and file metadata are remembered for the run.
 */
export function readOnlyFs(): FsClient {
  const stats = new Map<string, fs.Stats | NodeJS.ErrnoException>();
  const dirs = new Map<string, string[] | NodeJS.ErrnoException>();
  const memo = <T>(cache: Map<string, T | NodeJS.ErrnoException>, key: string, read: () => T): T => {
    let hit = cache.get(key);
    if (hit === undefined) {
      try {
        hit = read();
      } catch (e) {
        hit = e as NodeJS.ErrnoException;
      }
      cache.set(key, hit);
    }
    if (hit instanceof Error) throw hit;
    return hit;
  };
  // most objects of a long history are packed: the loose file looked for first is missing, and a
  // listing of its folder says so without a failed open and a stack trace per object
  const listed = (path: string) => {
    const cut = path.lastIndexOf("/");
    let names: string[];
    try {
      names = memo(dirs, path.slice(0, cut), () => fs.readdirSync(path.slice(0, cut)));
    } catch {
      return false;
    }
    return names.includes(path.slice(cut + 1));
  };
  const isLoose = (path: string) => /\/objects\/[0-9a-f]{2}\/[0-9a-f]{38}$/.test(path);
  const promises = {
    readFile: async (path: string, options?: { encoding?: BufferEncoding } | BufferEncoding) => {
      if (isLoose(path) && !listed(path)) throw NOT_FOUND;
      return fs.readFileSync(path, options as { encoding: BufferEncoding });
    },
    stat: async (path: string) => memo(stats, `s:${path}`, () => fs.statSync(path)),
    lstat: async (path: string) => memo(stats, `l:${path}`, () => fs.lstatSync(path)),
    readdir: async (path: string) => memo(dirs, path, () => fs.readdirSync(path)),
    readlink: async (path: string) => fs.readlinkSync(path),
    writeFile: refuse, mkdir: refuse, rmdir: refuse, unlink: refuse, symlink: refuse, chmod: refuse, rm: refuse,
  };
  return { promises } as unknown as FsClient;
}
