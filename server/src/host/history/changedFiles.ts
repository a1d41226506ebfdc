import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import git from "isomorphic-git";
import { UserError } from "../../core/project";
import { readOnlyFs } from "./readOnlyFs";
import { findRepoOfFolder, type RepoInfo } from "./repo";

type Fs = ReturnType<typeof readOnlyFs>;

/** A ref as `check --changed` takes it: a branch, tag, remote branch or commit id, with `~N`/`^N` steps back. */
async function resolveCommit(fs: Fs, gitdir: string, ref: string): Promise<string | undefined> {
  // the name ends where the first ~ or ^ starts; the steps are read one by one (no backtracking)
  const cut = [...ref].findIndex((ch) => ch === "~" || ch === "^");
  const name = cut < 0 ? ref : ref.slice(0, cut);
  const steps = cut < 0 ? "" : ref.slice(cut);
  let oid: string | undefined;
  try {
    oid = await git.resolveRef({ fs, gitdir, ref: name || "HEAD" });
  } catch {
    if (/^[0-9a-f]{4,40}$/i.test(name)) oid = await git.expandOid({ fs, gitdir, oid: name.toLowerCase() }).catch(() => undefined);
  }
  if (!oid) return undefined;
  // an annotated tag points at a tag object; the commit is what it tags
  for (let i = 0; i < 8; i++) {
    const tagged: string | undefined = await git.readTag({ fs, gitdir, oid }).then((t) => t.tag.object, () => undefined);
    if (!tagged) break;
    oid = tagged;
  }
  const step = /([~^])(\d*)/y;
  for (let at = 0; at < steps.length;) {
    step.lastIndex = at;
    const m = step.exec(steps);
    if (!m) return undefined;
    at = step.lastIndex;
    const n = m[2] === "" ? 1 : Number(m[2]);
    const parents = async (of: string) => (await git.readCommit({ fs, gitdir, oid: of })).commit.parent;
    // REF^N is the Nth parent (REF^0 the commit itself), REF~N the first parent N times
    if (m[1] === "^") oid = n === 0 ? oid : (await parents(oid!))[n - 1];
    else for (let k = 0; k < n && oid; k++) oid = (await parents(oid))[0];
    if (!oid) return undefined;
  }
  // a tree or a blob is not something to compare with
  return (await git.readCommit({ fs, gitdir, oid: oid! }).then(() => oid, () => undefined));
}

/** A path as the repository names it ('/'-separated, relative to the top), or undefined outside it. */
function inRepo(repo: RepoInfo, path: string): string | undefined {
  let real: string;
  try {
    real = join(realpathSync(dirname(path)), basename(path));
  } catch {
    real = path;
  }
  const rel = relative(repo.top, real);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel.split(sep).join("/") : undefined;
}

/**
 * Which of `paths` changed since `ref` (every path of `paths` that did, as given): committed
 * since the merge base of `ref` and HEAD, staged, unstaged, new and not ignored, or deleted.
 * Without `ref`, the changes not yet committed. Read with isomorphic-git on a read-only file
 * system: nothing is spawned, the repository's config is never obeyed and its index is never
 * rewritten. Only the folders on the way to `paths` are walked, so a large repository costs
 * what its policies, manifests and site files cost. A folder outside a repository, or a ref
 * that names no commit, is a usage error.
 */
export async function changedFiles(cwd: string, ref: string | undefined, paths: readonly string[]): Promise<Set<string>> {
  let repo: RepoInfo | undefined;
  try {
    repo = findRepoOfFolder(cwd);
  } catch {
    repo = undefined;
  }
  if (!repo) throw new UserError(`--changed needs a git repository, and ${cwd} is not in one`);
  const fs = readOnlyFs();
  const { gitdir, top } = repo;
  const head = await resolveCommit(fs, gitdir, "HEAD").catch(() => undefined);
  let base = head;
  if (ref !== undefined) {
    const named = ref.startsWith("-") ? undefined : await resolveCommit(fs, gitdir, ref).catch(() => undefined);
    if (!named) throw new UserError(`--changed ${ref}: not a commit git knows (a branch, tag, remote branch or commit id, optionally with ~N or ^N)`);
    if (!head) throw new UserError(`--changed ${ref}: the repository has no commits yet to compare with`);
    const bases = await git.findMergeBase({ fs, gitdir, oids: [named, head] }).catch(() => [] as string[]);
    if (!bases.length) throw new UserError(`--changed ${ref}: it shares no history with HEAD (a shallow clone? fetch more history, e.g. fetch-depth: 0 in actions/checkout)`);
    base = bases[0];
  }
  const wanted = new Map<string, string[]>();
  for (const p of paths) {
    const rel = inRepo(repo, p);
    if (rel === undefined) continue;
    wanted.set(rel, [...(wanted.get(rel) ?? []), p]);
  }
  const out = new Set<string>();
  if (!wanted.size) return out;
  if (!base) {
    // a repository without commits: every file that is there and not ignored is new
    for (const [rel, given] of wanted) {
      const ignored = await git.isIgnored({ fs, dir: top, gitdir, filepath: rel }).catch(() => false);
      if (!ignored && existsSync(join(top, rel))) for (const g of given) out.add(g);
    }
    return out;
  }
  let rows: [string, number, number, number][];
  try {
    rows = await git.statusMatrix({ fs, dir: top, gitdir, ref: base, filepaths: [...wanted.keys()], refresh: false, cache: {} });
  } catch (e) {
    throw new UserError(`--changed: the repository cannot be read: ${(e as Error).message.split("\n")[0]}`);
  }
  for (const [rel, inBase, inTree, inIndex] of rows) {
    if (inBase === 1 && inTree === 1 && inIndex === 1) continue;
    for (const g of wanted.get(rel) ?? []) out.add(g);
  }
  return out;
}
