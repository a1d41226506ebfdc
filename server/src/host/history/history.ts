import git, { type ReadCommitResult, type TreeEntry } from "isomorphic-git";
import type { ManifestVersion } from "../../core/changes";
import { UserError } from "../../core/project";
import { readOnlyFs } from "./readOnlyFs";
import { findRepo, type RepoInfo } from "./repo";

const fs = readOnlyFs();

/** Why the history could not be read; "uncommitted" and "outside" are not failures for a rule. */
export type HistoryProblem = "outside" | "uncommitted" | "shallow" | "unreadable";

/** A one-line reason the history cannot be read (exit 2 for `changes`). */
export class HistoryError extends UserError {
  constructor(message: string, readonly problem: HistoryProblem) {
    super(message);
  }
}

/** A reader of one repository's objects, with the caches a single pass over history needs. */
class Objects {
  private readonly cache = {};
  private readonly trees = new Map<string, TreeEntry[]>();
  constructor(readonly gitdir: string) {}

  commit(oid: string): Promise<ReadCommitResult> {
    return git.readCommit({ fs, gitdir: this.gitdir, oid, cache: this.cache });
  }

  async tree(oid: string): Promise<TreeEntry[]> {
    let t = this.trees.get(oid);
    if (!t) {
      t = (await git.readTree({ fs, gitdir: this.gitdir, oid, cache: this.cache })).tree;
      this.trees.set(oid, t);
    }
    return t;
  }

  async text(oid: string): Promise<string> {
    const { blob } = await git.readBlob({ fs, gitdir: this.gitdir, oid, cache: this.cache });
    return new TextDecoder().decode(blob).replace(/^\uFEFF/, "");
  }

  /** The blob id at a path in a tree, if a file is there. */
  async blobAt(tree: string, path: string): Promise<string | undefined> {
    let oid = tree;
    const parts = path.split("/");
    for (let i = 0; i < parts.length; i++) {
      const e = (await this.tree(oid)).find((x) => x.path === parts[i]);
      if (!e || (i < parts.length - 1 ? e.type !== "tree" : e.type !== "blob")) return undefined;
      oid = e.oid;
    }
    return oid;
  }

  /** Files present in `before` and gone in `after` (subtrees with the same id are skipped). */
  async deleted(before: string, after: string | undefined, prefix = ""): Promise<{ path: string; oid: string }[]> {
    if (before === after) return [];
    const a = await this.tree(before);
    const b = after ? await this.tree(after) : [];
    const out: { path: string; oid: string }[] = [];
    for (const e of a) {
      const twin = b.find((x) => x.path === e.path);
      if (twin?.oid === e.oid) continue;
      if (e.type === "tree") out.push(...(await this.deleted(e.oid, twin?.type === "tree" ? twin.oid : undefined, `${prefix}${e.path}/`)));
      else if (e.type === "blob" && !twin) out.push({ path: `${prefix}${e.path}`, oid: e.oid });
    }
    return out;
  }
}

/** The share of lines two texts have in common, for telling a moved manifest from a new one. */
function similarity(a: string, b: string): number {
  const la = a.split("\n").map((l) => l.trim()).filter(Boolean);
  const lb = new Set(b.split("\n").map((l) => l.trim()).filter(Boolean));
  if (!la.length || !lb.size) return 0;
  return la.filter((l) => lb.has(l)).length / Math.max(la.length, lb.size);
}

export interface HistoryRead {
  repo: RepoInfo;
  /** Versions oldest first: one per commit that changed the manifest's content or path. */
  versions: ManifestVersion[];
  /** Every commit walked, newest first (for --since REV). */
  walked: string[];
}

/**
 * Reads every committed version of the manifest in one pass down the first-parent line from
 * HEAD, with isomorphic-git: no process is spawned and git config is never obeyed, so a
 * repository cannot make Policywright run a program. Trees are cached by id, so a commit that
 * did not touch the manifest's folders costs one commit read. Renames are followed: where the
 * manifest appears, a file deleted in the same commit with the same or mostly the same
 * content (half its lines or more, as git's own rename detection) is its earlier name.
 */
export async function readManifestVersions(manifestPath: string): Promise<HistoryRead> {
  let repo: RepoInfo | undefined;
  try {
    repo = findRepo(manifestPath);
  } catch (e) {
    throw new HistoryError(`${manifestPath}: ${(e as Error).message}`, "unreadable");
  }
  if (!repo) throw new HistoryError(`${manifestPath} is not in a git repository; the change history is read from git`, "outside");
  const objects = new Objects(repo.gitdir);
  let head: string;
  try {
    head = /^[0-9a-f]{40}$/.test(repo.head) ? repo.head : await git.resolveRef({ fs, gitdir: repo.gitdir, ref: repo.head });
  } catch {
    throw new HistoryError(`${repo.path} is in a git repository with no commits yet; commit the manifest first`, "uncommitted");
  }
  const versions: ManifestVersion[] = [];
  const walked: string[] = [];
  let path = repo.path;
  let c = await objects.commit(head);
  let blob = await objects.blobAt(c.commit.tree, path);
  if (!blob) throw new HistoryError(`${repo.path} is not committed in this git repository yet; commit it to start its history`, "uncommitted");
  for (;;) {
    walked.push(c.oid);
    const version = async (): Promise<ManifestVersion> => ({
      commit: c.oid, date: new Date(c.commit.committer.timestamp * 1000).toISOString(), author: c.commit.author.name,
      subject: c.commit.message.split("\n")[0].trim(), path, text: await objects.text(blob!),
    });
    const parentId = c.commit.parent[0];
    if (!parentId || repo.shallow.has(c.oid)) {
      if (parentId) throw new HistoryError(`the repository is a shallow clone whose history stops at ${c.oid.slice(0, 7)}, before ${repo.path} was added; fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`, "shallow");
      versions.push(await version());
      break;
    }
    let parent: ReadCommitResult;
    try {
      parent = await objects.commit(parentId);
    } catch {
      throw new HistoryError(`commit ${parentId.slice(0, 7)} is missing from the repository (a shallow or partial clone?); fetch the full history to read the changes of ${repo.path}`, "shallow");
    }
    let before = await objects.blobAt(parent.commit.tree, path);
    let movedFrom: string | undefined;
    if (!before) {
      const gone = await objects.deleted(parent.commit.tree, c.commit.tree);
      const same = gone.find((g) => g.oid === blob);
      if (same) movedFrom = same.path;
      else {
        const text = await objects.text(blob);
        let best = 0.5;
        for (const g of gone.filter((x) => /\.ya?ml$/i.test(x.path))) {
          const s = similarity(text, await objects.text(g.oid));
          if (s >= best) [best, movedFrom] = [s, g.path];
        }
      }
      if (!movedFrom) {
        versions.push(await version());
        break;
      }
      before = (gone.find((g) => g.path === movedFrom))!.oid;
    }
    if (before !== blob || movedFrom) versions.push(await version());
    if (movedFrom) path = movedFrom;
    c = parent;
    blob = before;
  }
  return { repo, versions: versions.reverse(), walked };
}

/**
 * Resolves `--since`: a date (YYYY-MM-DD) or a revision (commit id, branch or tag). Returns
 * the earliest instant, or the commit after which changes count. Throws a one-line error when
 * it names nothing.
 */
export async function resolveSince(since: string, read: HistoryRead): Promise<{ date: Date } | { commit: string }> {
  if (/^\d{4}-\d{2}-\d{2}$/.test(since)) {
    const d = new Date(`${since}T00:00:00Z`);
    if (!Number.isNaN(d.getTime())) return { date: d };
  }
  const { gitdir } = read.repo;
  let oid: string | undefined;
  for (const ref of [since, `refs/tags/${since}`, `refs/heads/${since}`]) {
    try {
      oid = await git.resolveRef({ fs, gitdir, ref });
      break;
    } catch {
      /* try the next spelling */
    }
  }
  if (!oid && /^[0-9a-f]{4,40}$/i.test(since)) {
    try {
      oid = await git.expandOid({ fs, gitdir, oid: since.toLowerCase() });
    } catch {
      /* not an object id */
    }
  }
  if (oid) {
    // an annotated tag points at a tag object; the commit is what it tags
    try {
      const tag = await git.readTag({ fs, gitdir, oid });
      oid = tag.tag.object;
    } catch {
      /* not a tag object */
    }
  }
  if (!oid) throw new UserError(`--since '${since}' names no commit, branch or tag, and is not a date (YYYY-MM-DD)`);
  if (!read.walked.includes(oid)) {
    const ancestor = await git.isDescendent({ fs, gitdir, oid: read.walked[0], ancestor: oid, depth: -1 }).catch(() => false);
    if (!ancestor) throw new UserError(`--since '${since}' names commit ${oid.slice(0, 7)}, which is not in the history of HEAD`);
  }
  return { commit: oid };
}
