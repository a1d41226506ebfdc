import { locateManifest, normalize } from "../core/project";
import { SiteLoader } from "../core/project/site";
import { gitHistory } from "../host/history/lazy";
import { nodeFs } from "../host/nodeFs";

/**
 * `check --changed [REF]`: of the policies found, those that changed since REF (or are not
 * committed yet), and those whose manifest, site config, data file or include changed. Git is
 * read with isomorphic-git (dist/history.js, loaded only for this), asked only about these files.
 */
export async function changedPolicies(policies: string[], ref: string | undefined, cwd: string, opts: { manifest?: string; rootFor: (p: string) => Promise<string> }): Promise<string[]> {
  const sites = new SiteLoader(nodeFs);
  // each policy with the files it is checked against
  const uses = new Map<string, string[]>();
  for (const p of policies) {
    const path = normalize(p);
    const files = [path];
    const root = normalize(await opts.rootFor(p));
    const m = (await locateManifest(nodeFs, path, root, { explicit: opts.manifest })).path;
    if (m) files.push(normalize(m));
    let text: string | undefined;
    try {
      text = await nodeFs.read(path);
    } catch {
      text = undefined; // checking it says why it cannot be read
    }
    const site = text === undefined ? undefined : await sites.load(path, text, root);
    if (site) files.push(...[...site.files.map((f) => f.path), ...site.problems.map((x) => x.path), ...Object.values(site.includes).flatMap((x) => ("path" in x ? [x.path] : []))].map(normalize));
    uses.set(p, text === undefined ? [] : files);
  }
  const changed = await gitHistory().changedFiles(cwd, ref, [...new Set([...uses.values()].flat())]);
  return policies.filter((p) => !uses.get(p)!.length || uses.get(p)!.some((f) => changed.has(f)));
}
