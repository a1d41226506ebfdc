import { UserError } from "../host/files";

/** Writes the review or publishable HTML page (filled in by the preview issue). */
export function runRender(_cmd: string, _paths: string[], _out?: string, _manifest?: string): number {
  throw new UserError("preview and export are not available yet");
}
