/**
 * Path arithmetic for the project model without node:path, so the same code runs in a web
 * worker. Paths are absolute, '/'-separated (a Windows path's backslashes become slashes; Node
 * accepts them) and compared as strings.
 */

/** A path with '/' separators, no '.' or '..' segments and no trailing slash. */
export function normalize(path: string): string {
  const p = path.replace(/\\/g, "/");
  const drive = /^[A-Za-z]:(?=\/|$)/.exec(p)?.[0] ?? "";
  const rest = p.slice(drive.length);
  const abs = rest.startsWith("/");
  const out: string[] = [];
  for (const seg of rest.split("/")) {
    if (!seg || seg === ".") continue;
    if (seg === "..") {
      if (out.length && out[out.length - 1] !== "..") out.pop();
      else if (!abs) out.push(seg);
    } else out.push(seg);
  }
  return `${drive}${abs ? "/" : ""}${out.join("/")}` || (abs ? "/" : ".");
}

export function isAbsolute(path: string): boolean {
  return /^(?:[\\/]|[A-Za-z]:[\\/])/.test(path);
}

/** `rel` resolved against the folder `base` (an absolute `rel` stands on its own). */
export function resolvePath(base: string, rel: string): string {
  return normalize(isAbsolute(rel) ? rel : `${base}/${rel}`);
}

export function joinPath(...parts: string[]): string {
  return normalize(parts.join("/"));
}

export function dirname(path: string): string {
  const p = normalize(path);
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  if (/^[A-Za-z]:$/.test(p.slice(0, i))) return p.slice(0, i + 1);
  return p.slice(0, i);
}

export function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Whether `child` is `root` or lies below it, by the paths alone. */
export function within(root: string, child: string): boolean {
  const r = normalize(root);
  const c = normalize(child);
  return c === r || c.startsWith(r.endsWith("/") ? r : `${r}/`);
}

/** `child` relative to `root` with '/' separators, or undefined when it is not below it. */
export function relativePath(root: string, child: string): string | undefined {
  const r = normalize(root);
  const c = normalize(child);
  if (c === r) return "";
  return within(r, c) ? c.slice(r.endsWith("/") ? r.length : r.length + 1) : undefined;
}
