import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * Import direction (docs/adr/0003-core-domain-layer.md): shared ← runner ← core ← server / cli;
 * shared ← web; nothing imports web; the CLI talks to a server over HTTP and never imports it.
 */
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
      ["**/core/**", "**/server/**", "**/web/**", "**/runner/**", "**/cli/**", "node:*"],
      "src/shared is pure and isomorphic: it imports neither core, server, runner, cli, web nor Node built-ins.",
    ),
  },
  {
    files: ["src/runner/**"],
    rules: forbid(["**/core/**", "**/server/**", "**/web/**", "**/cli/**"], "src/runner imports only src/shared."),
  },
  {
    files: ["src/core/**"],
    rules: forbid(
      ["**/server/**", "**/web/**", "**/cli/**"],
      "src/core is the domain that server, CLI and workers share: it imports only src/shared and src/runner.",
    ),
  },
  {
    files: ["src/server/**"],
    rules: forbid(["**/web/**", "**/cli/**"], "src/server is the HTTP layer: it imports core, runner and shared, never cli or web."),
  },
  {
    files: ["src/cli/**"],
    // A CLI test may start a real server to talk to over HTTP; the commands themselves never import it.
    ignores: ["src/cli/**/*.test.ts"],
    rules: forbid(["**/web/**", "**/server/**"], "src/cli talks to a running server over HTTP; put shared domain code in src/core."),
  },
  {
    files: ["src/cli/**/*.test.ts"],
    rules: forbid(["**/web/**"], "Nothing imports from src/web."),
  },
  {
    files: ["src/web/**"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(
        ["**/core/**", "**/server/**", "**/runner/**", "**/cli/**", "node:*"],
        "src/web talks to the server over HTTP only; share code through src/shared.",
      ),
    },
  },
);
