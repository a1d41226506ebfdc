/** The pure analysis core's public surface, bundled as dist/core.js for tests and tools. */
export { analyze, defaultSeverity, type Analysis, type AnalyzeOptions } from "./analyze";
export { parseManifest, type Manifest, type Processor, type RetentionEntry } from "./manifest/parse";
export { readSimpleYaml } from "./manifest/fastYaml";
export { parsePolicy, positionAt, type PolicyDoc } from "./policy/parse";
export { reparsePolicy } from "./policy/reparse";
export { splitSentences } from "./policy/sentences";
export { findAddresses } from "./policy/contacts";
export { parsePeriod, samePeriod, formatPeriod, findDurations, numberWord, type Period } from "./periods";
export { lookupCatalog, CATALOG } from "./catalog";
export { RULES } from "./rules/index";
export { applyEdits, planFixes } from "./fixes/apply";
export { DISCLOSURES } from "./disclosures";
export { findMentions } from "./mentions/find";
export { NameMatcher, tokenize } from "./mentions/matcher";
export { renderGeneratedBlock, findGeneratedBlocks, GENERATED_KINDS, type GeneratedKind, type BlockOptions, type RenderOptions } from "./generated";
export * from "./types";
export { draftManifest } from "./init/draft";
export * from "./preview/index";
