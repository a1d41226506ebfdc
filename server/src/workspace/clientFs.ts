import type { Connection } from "vscode-languageserver";
import { decodeText, tooLargeMessage, UserError, type ProjectFs } from "../core/project";
import { FsListRequest, FsReadRequest, FsStatRequest, sendRequest } from "../protocol";
import { pathToUri } from "./folders";

/** Largest file read through the client, as on the desktop. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;

/**
 * The disk of the web build: the client's `workspace.fs` (github.dev's repository, a
 * vscode.dev folder), asked by custom request. There are no symbolic links to resolve.
 */
export function clientFs(connection: Connection): ProjectFs {
  return {
    // the workspace's trust is applied by LspProjectFs, which wraps this
    trusted: true,
    async stat(path) {
      return (await sendRequest(connection, FsStatRequest, { uri: pathToUri(path) }).catch(() => null)) ?? undefined;
    },
    async read(path, options = {}) {
      const max = options.maxBytes ?? MAX_FILE_BYTES;
      const st = await this.stat(path);
      if (!st) throw new UserError(`${path}: no such file`);
      if (st.type === "directory") throw new UserError(`${path}: is a directory, not a file`);
      if (st.size > max) throw new UserError(tooLargeMessage(path, st.size, max));
      const got = await sendRequest(connection, FsReadRequest, { uri: pathToUri(path) }).catch(() => null);
      if (!got) throw new UserError(`${path}: could not be read`);
      const raw = atob(got.base64);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      return decodeText(bytes, path, options.warnings);
    },
    async list(dir) {
      return sendRequest(connection, FsListRequest, { uri: pathToUri(dir) }).catch(() => []);
    },
  };
}
