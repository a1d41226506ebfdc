import { locateManifest, normalize } from "../core/project";
import { SiteLoader } from "../core/project/site";
import { changedFiles } from "../host/changed";
import { nodeFs } from "../host/nodeFs";

/**
 * `check --changed [REF]`: of the policies found, those that changed since REF (or are not
 * committed yet), and those whose manifest, site config, data file or include changed.
 */
export async function changedPolicies(policies: string[], ref: string | undefined, cwd: string, opts: { manifest?: string; rootFor: (p: string) => Promise<string> }): Promise<string[]> {
  const changed = new Set([...changedFiles(cwd, ref)].map(normalize));
  const sites = new SiteLoader(nodeFs);
  const out: string[] = [];
  for (const p of policies) {
    const path = normalize(p);
    if (changed.has(path)) {
      out.push(p);
      continue;
    }
    const root = normalize(await opts.rootFor(p));
    const m = (await locateManifest(nodeFs, path, root, { explicit: opts.manifest })).path;
    if (m && changed.has(normalize(m))) {
      out.push(p);
      continue;
    }
    let text: string;
    try {
      text = await nodeFs.read(path);
    } catch {
      out.push(p); // checking it says why it cannot be read
      continue;
    }
    const site = await sites.load(path, text, root);
    const used = site ? [...site.files.map((f) => f.path), ...site.problems.map((x) => x.path), ...Object.values(site.includes).flatMap((x) => ("path" in x ? [x.path] : []))] : [];
    if (used.some((x) => changed.has(normalize(x)))) out.push(p);
  }
  return out;
}
