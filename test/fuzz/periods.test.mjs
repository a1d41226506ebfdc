// Fuzz properties: periods (see properties.mjs for what each one asserts).
import { PERIODS } from "./properties.mjs";
import { runGroup } from "./run.mjs";

runGroup(PERIODS);
