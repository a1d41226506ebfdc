import type { Stores } from "../workspace/services";
import type { Diagnostics } from "./diagnostics";

/** What every feature handler reads: the stores, and the diagnostics queue. */
export interface Services extends Stores {
  diagnostics: Diagnostics;
}
