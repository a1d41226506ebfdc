/** The project model: which files are policies, where their manifest is, and their config. */
export * from "./fs";
export * from "./paths";
export * from "./decode";
export * from "./discover";
export * from "./locate";
export * from "./config";
export { readFrontMatter, marksPolicy, type FrontMatter } from "../policy/frontMatter";
export * from "./translations";
export { listPageCandidates, findListPage } from "./listPage";
