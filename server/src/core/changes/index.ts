/** The sub-processor change history read from the manifest's versions, and its formats. */
export type { Change, ChangeEntry, ChangeField, ManifestHistory, ManifestVersion, ProcessorFacts, ProcessorOrigin } from "./types";
export { readHistory, originOf } from "./history";
export { compareManifests, matchProcessors } from "./compare";
export { factsOf, placeName, safeguardText } from "./facts";
export { changesMarkdown, escapeMarkdown } from "./markdown";
// the Atom writer (./atom.ts) is not re-exported: it brings the feed library, which only the git bundle carries
export { changeTitle, dayOf, shortCommit } from "./words";
