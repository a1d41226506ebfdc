import { readHistory, type ManifestHistory } from "../../core/changes";
import { HistoryError, readManifestVersions } from "./history";

export interface LoadedHistory {
  history?: ManifestHistory;
  /** Why the history-based checks did not run, when that is worth telling (a shallow clone). */
  note?: string;
}

/**
 * The manifest's history for rules (notice-period) and editor features. Outside git there is
 * none and nothing to say; a manifest not committed yet has an empty history (every processor
 * is still to be announced); a shallow clone or unreadable repository is a note, not a failure.
 */
export async function loadManifestHistory(manifestPath: string): Promise<LoadedHistory> {
  try {
    const read = await readManifestVersions(manifestPath);
    return { history: readHistory(read.versions) };
  } catch (e) {
    if (e instanceof HistoryError) {
      if (e.problem === "outside") return {};
      if (e.problem === "uncommitted") return { history: { entries: [], origins: [] } };
      return { note: `notice-period did not run: ${e.message}` };
    }
    return { note: `notice-period did not run: the git history could not be read (${(e as Error).message})` };
  }
}

/** Histories by manifest path, each read once per run. */
export class HistoryCache {
  private readonly cache = new Map<string, Promise<LoadedHistory>>();
  get(path: string): Promise<LoadedHistory> {
    let hit = this.cache.get(path);
    if (!hit) {
      hit = loadManifestHistory(path);
      this.cache.set(path, hit);
    }
    return hit;
  }
}
