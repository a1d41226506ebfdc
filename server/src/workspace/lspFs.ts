import { UserError, type DirEntry, type FileStat, type ProjectFs, type ReadOptions } from "../core/project";
import type { Workspace } from "./folders";

/**
 * The project model's files as the language server sees them: an open buffer wins over the
 * disk; in an untrusted workspace only open buffers exist. `disk` reads the rest: the local
 * file system in the Node server, the client's `workspace.fs` in the web worker.
 */
export class LspProjectFs implements ProjectFs {
  constructor(private readonly ws: Workspace, private readonly disk: ProjectFs) {}

  get trusted(): boolean {
    return this.ws.trusted;
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const open = this.ws.openAt(path);
    if (open) return { type: "file", size: open.getText().length, mtime: 0 };
    return this.trusted ? this.disk.stat(path) : undefined;
  }

  async read(path: string, options?: ReadOptions): Promise<string> {
    const open = this.ws.openAt(path);
    if (open) return open.getText();
    if (!this.trusted) throw new UserError(`${path}: this workspace is not trusted, so only open files are read`);
    return this.disk.read(path, options);
  }

  async list(dir: string): Promise<DirEntry[]> {
    return this.trusted ? this.disk.list(dir) : [];
  }

  async realpath(path: string): Promise<string> {
    return this.trusted && this.disk.realpath && !this.ws.openAt(path) ? this.disk.realpath(path) : path;
  }

  async head(path: string, bytes: number): Promise<string> {
    const open = this.ws.openAt(path);
    if (open) return open.getText().slice(0, bytes);
    if (!this.trusted) return "";
    return this.disk.head ? this.disk.head(path, bytes) : (await this.disk.read(path)).slice(0, bytes);
  }
}
