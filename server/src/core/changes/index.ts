/** The sub-processor change history read from the manifest's versions, and its formats. */
export type { Change, ChangeEntry, ChangeField, ManifestHistory, ManifestVersion, ProcessorFacts, ProcessorOrigin } from "./types";
export { readHistory, originOf } from "./history";
export { compareManifests, matchProcessors } from "./compare";
export { factsOf, placeName, safeguardText } from "./facts";
export { changesMarkdown, escapeMarkdown } from "./markdown";
export { changesAtom, changeId, type AtomOptions } from "./atom";
export { changeTitle, dayOf, shortCommit } from "./words";
