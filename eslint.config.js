// Lint rules that catch mistakes this codebase has actually made, run by
// `npm run lint` (part of `npm test`). Formatting is Prettier's job
// (`npm run format`); eslint-config-prettier turns off every rule that would
// fight it. Rules that need type information are left out on purpose:
// `tsc --noEmit` already type-checks, and type-aware linting would double
// the time of every run on our 2-core machines.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/**", "public/build/**", "node_modules/**", "db/migrations/**", "data/**"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "import-x": importX, "react-hooks": reactHooks },
    rules: {
      // Two imports of one module (the duplicate in registration-schema.ts
      // was one): one import statement per module, types included.
      "import-x/no-duplicates": ["error", { "prefer-inline": true }],
      "import-x/first": "error",
      "import-x/no-self-import": "error",
      "import-x/no-useless-path-segments": "error",
      // French typography puts a no-break space before : ; ! ? and inside « »:
      // intended, in strings, templates and JSX text.
      "no-irregular-whitespace": [
        "error",
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true, skipRegExps: true },
      ],
      // `_`-prefixed arguments are the way to say "unused on purpose".
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Hooks are React's: only components, routes and the i18n hooks use them.
    files: ["app/**/*.tsx", "app/i18n/**"],
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    // Components are bundled for the browser: a `.server` module there
    // becomes an empty module under the classic compiler, and better-sqlite3
    // must never reach jsdom or the browser.
    files: ["app/components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["*.server", "**/*.server", "~db/*", "better-sqlite3"],
              allowTypeImports: true,
              message: "Components run in the browser: pass data from the loader instead.",
            },
          ],
        },
      ],
    },
  },
  {
    // A route module is bundled for the browser too (minus its loader and
    // action): it reaches the database only through app/models.
    files: ["app/routes/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["better-sqlite3", "~db/client.server", "~db/statements.server"],
              allowTypeImports: true,
              message: "Routes reach the database through app/models.",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
