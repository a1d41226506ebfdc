import { basename, findPolicyFiles, isPolicy, loadConfig, locateManifest, relativePath, type ManifestLocation, type ProjectConfig, type ProjectFs } from "../core/project";
import type { Workspace } from "./folders";
import { LspProjectFs } from "./lspFs";
import { SiteLoader } from "../core/project/site";
import type { Site } from "../core/site/types";

/**
 * The project model (core/project) for the language server: the same discovery, manifest
 * location and `.policywright.json` as the CLI, over open buffers and the disk, with the
 * configs cached per folder until a watched-file event says one changed.
 */
export class Project {
  readonly fs: LspProjectFs;
  /** Changes whenever a `.policywright.json` may have changed. */
  configGeneration = 0;
  private readonly configs = new Map<string, Promise<ProjectConfig>>();
  /** Changes whenever a site config, data file or include may have changed. */
  siteGeneration = 0;
  private readonly sites: SiteLoader;

  constructor(private readonly ws: Workspace, disk: ProjectFs) {
    this.fs = new LspProjectFs(ws, disk);
    this.sites = new SiteLoader(this.fs);
  }

  /** The site a policy page belongs to (its variables and the includes its text names), if any. */
  site(policyPath: string, text: string, config: ProjectConfig): Promise<Site | undefined> {
    return this.sites.load(policyPath, text, this.ws.rootFor(policyPath), config.variables);
  }

  /** Called when a site config, data file or include changed (on disk, or in an open buffer: then its path). */
  invalidateSites(path?: string): void {
    this.sites.changed(path);
    this.siteGeneration++;
  }

  /** Whether a Markdown document is a policy, by the folder's globs or its front matter. */
  isPolicy(path: string | undefined, text: string, globs: readonly string[]): boolean {
    const folder = this.ws.folderFor(path);
    const rel = path ? (folder ? relativePath(folder.path, path) : undefined) ?? basename(path) : undefined;
    return isPolicy(rel, text, globs);
  }

  /**
   * Set when the editor reports created and deleted files (the server's file watchers are
   * registered): manifest locations are then kept per folder until `locationsChanged`, so a
   * keystroke walks no folder. Without watchers every analysis looks again.
   */
  watched = false;
  private readonly located = new Map<string, Promise<ManifestLocation>>();

  locate(policyPath: string, frontMatter: unknown, setting: string): Promise<ManifestLocation> {
    const root = this.ws.rootFor(policyPath);
    if (!this.watched) return locateManifest(this.fs, policyPath, root, { frontMatter, setting });
    // the walk starts in the policy's folder and a front-matter path is relative to it
    const key = JSON.stringify([policyPath.replace(/[\\/][^\\/]*$/, ""), root, setting, frontMatter ?? null]);
    let hit = this.located.get(key);
    if (!hit) {
      hit = locateManifest(this.fs, policyPath, root, { frontMatter, setting });
      this.located.set(key, hit);
      hit.catch(() => this.located.delete(key));
    }
    return hit;
  }

  /**
   * A manifest (or a folder holding one) was created, deleted or renamed, a manifest was opened
   * or closed in the editor (an open buffer counts as a file), or the settings or workspace
   * folders changed: manifest locations are looked up again.
   */
  locationsChanged(): void {
    this.located.clear();
  }

  config(policyPath: string): Promise<ProjectConfig> {
    if (!this.ws.trusted) return Promise.resolve({ rules: {}, warnings: [] });
    const dir = policyPath.replace(/[\\/][^\\/]*$/, "");
    let hit = this.configs.get(dir);
    if (!hit) {
      hit = loadConfig(this.fs, policyPath, this.ws.rootFor(policyPath));
      this.configs.set(dir, hit);
    }
    return hit;
  }

  /** Called when a .policywright.json was created, changed or deleted. */
  invalidateConfigs(): void {
    this.configs.clear();
    this.configGeneration++;
  }

  /** Every policy file of a workspace folder (none in an untrusted workspace). */
  policyFiles(root: string, globs: readonly string[]): Promise<string[]> {
    return findPolicyFiles(this.fs, root, globs);
  }

  private readonly listed = new Map<string, Promise<string[]>>();

  /**
   * The policy files of a folder as last listed: the preview asks on every update which pages
   * are this policy in other languages, and walks the folder again only after a Markdown file
   * was created or deleted (`policyFilesChanged`) or the globs changed.
   */
  knownPolicyFiles(root: string, globs: readonly string[]): Promise<string[]> {
    const key = `${root}\n${globs.join("\n")}`;
    let hit = this.listed.get(key);
    if (!hit) {
      hit = this.policyFiles(root, globs).catch(() => []);
      this.listed.set(key, hit);
    }
    return hit;
  }

  /** Called when a Markdown file was created or deleted. */
  policyFilesChanged(): void {
    this.listed.clear();
  }
}
