import { UserError } from "../host/files";

/** Drafts processors.yaml from a policy (filled in by the disclosures issue). */
export function runInit(_paths: string[], _out?: string): number {
  throw new UserError("init is not available yet");
}
