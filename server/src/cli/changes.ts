import { changesMarkdown, readHistory, type ChangeEntry } from "../core/changes";
import { UserError } from "../core/project";
import type { HistoryRead } from "../host/history/history";
import { gitHistory } from "../host/history/lazy";
import { loadManifestArg } from "./manifestArg";
import { writeOutput } from "./writeOutput";
import { joinList, msg } from "../core/messages";

export interface ChangesArgs {
  manifest?: string;
  since?: string;
  format: string;
  out?: string;
  url?: string;
}

const isWeb = (s: string | undefined) => !!s && /^https?:\/\//i.test(s);

/**
 * `policywright changes`: the manifest's sub-processor history from git, newest first, as a
 * Markdown changelog, an Atom feed or JSON. Exit 0 once written; 2 with a one-line reason for
 * a manifest outside git, a shallow clone without the history, or a --since naming nothing.
 */
export async function runChanges(a: ChangesArgs): Promise<number> {
  if (!["markdown", "atom", "json"].includes(a.format)) throw new UserError(msg("cli.bad-format-for", { list: joinList(["markdown", "atom", "json"], "or"), command: "changes", value: a.format }));
  if (a.url !== undefined && !isWeb(a.url)) throw new UserError(`--url '${a.url}' is not a web address; give the feed's https:// URL`);
  const { path, manifest } = loadManifestArg(a.manifest, { strict: false });
  const git = gitHistory();
  const read = await git.readManifestVersions(path);
  let entries = readHistory(read.versions).entries;
  if (a.since) entries = await since(entries, await git.resolveSince(a.since, read), read);
  let text: string;
  if (a.format === "json") {
    text = JSON.stringify({ manifest: read.repo.path, entries }, null, 2) + "\n";
  } else if (a.format === "atom") {
    const self = a.url ?? manifest.disclosureFeed;
    if (!self) throw new UserError("an Atom feed needs its own address: set disclosure.feed in the manifest or pass --url https://…");
    text = git.changesAtom(entries, { self, list: isWeb(manifest.disclosureList) ? manifest.disclosureList : undefined, publisher: { name: manifest.controller.name, email: manifest.controller.email } }) + "\n";
  } else text = changesMarkdown(entries);
  return writeOutput(text, a.out, `${entries.length} commit${entries.length === 1 ? "" : "s"} with changes`);
}

function since(entries: ChangeEntry[], from: { date: Date } | { commit: string }, read: HistoryRead): ChangeEntry[] {
  if ("date" in from) return entries.filter((e) => new Date(e.date).getTime() >= from.date.getTime());
  const at = read.walked.indexOf(from.commit);
  // a commit older than the manifest's first version keeps everything
  if (at < 0) return entries;
  const newer = new Set(read.walked.slice(0, at));
  return entries.filter((e) => newer.has(e.commit));
}
