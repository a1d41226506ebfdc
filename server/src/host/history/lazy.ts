import type * as Git from "./index";

let loaded: typeof Git | undefined;

/** The git-history module, loaded on first use from dist/history.js beside the running bundle (a path esbuild leaves external). */
export function gitHistory(): typeof Git {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded at run time from beside this one
  loaded ??= require("./history.js") as typeof Git;
  return loaded;
}
