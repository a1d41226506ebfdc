import type * as Git from "./index";

let loaded: typeof Git | undefined;

/** The git-history module, loaded on first use from dist/history.js beside the running bundle (a path esbuild leaves external). */
export function gitHistory(): typeof Git {
  loaded ??= require("./history.js") as typeof Git;
  return loaded;
}
