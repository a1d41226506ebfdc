/**
 * Everything that reads git history, bundled apart as dist/history.js (isomorphic-git, its inflater
 * and the feed library are two thirds of a megabyte): `check` without a notice period or
 * `--changed`, the language server's start and every other command load none of it (see ./lazy.ts).
 */
export { readManifestVersions, resolveSince, HistoryError, type HistoryRead, type HistoryProblem } from "./history";
export { loadManifestHistory, HistoryCache, type LoadedHistory } from "./manifestHistory";
export { changedFiles } from "./changedFiles";
export { changesAtom } from "../../core/changes/atom";
