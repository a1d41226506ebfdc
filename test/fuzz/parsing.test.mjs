// Fuzz properties: parsing (see properties.mjs for what each one asserts).
import { PARSING } from "./properties.mjs";
import { runGroup } from "./run.mjs";

runGroup(PARSING);
