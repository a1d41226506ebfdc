// Fuzz properties: fixes (see properties.mjs for what each one asserts).
import { FIXES } from "./properties.mjs";
import { runGroup } from "./run.mjs";

runGroup(FIXES);
