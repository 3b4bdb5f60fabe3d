import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Import direction (ARCHITECTURE.md): shared ← runner ← server / cli; shared ← web; nothing imports web. */
const forbid = (groups, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "data/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["src/shared/**"],
    // Tests may use Node (an oracle process, files); the code they test may not.
    ignores: ["src/shared/**/*.test.ts"],
    rules: forbid(
      ["**/server/**", "**/web/**", "**/runner/**", "**/cli/**", "node:*"],
      "src/shared is pure and isomorphic: it imports neither server, runner, cli, web nor Node built-ins.",
    ),
  },
  {
    files: ["src/runner/**"],
    rules: forbid(["**/server/**", "**/web/**", "**/cli/**"], "src/runner imports only src/shared."),
  },
  {
    files: ["src/server/**", "src/cli/**"],
    rules: forbid(["**/web/**"], "Nothing imports from src/web."),
  },
  {
    files: ["src/web/**"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ["**/server/**", "**/runner/**", "**/cli/**", "node:*"],
        "src/web talks to the server over HTTP only; share code through src/shared.",
      ),
    },
  },
);
