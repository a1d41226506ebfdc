// ESLint for the TypeScript sources: typescript-eslint's recommended rules, nothing disabled
// wholesale. `npm test` runs it (scripts/lint.mjs) beside `tsc --noEmit`.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "out/**", "**/*.d.ts"] },
  {
    files: ["server/src/**/*.ts", "client/src/**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
  },
);
