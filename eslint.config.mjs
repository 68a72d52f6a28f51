import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].filter((name) => !name.startsWith("_"));

/** Server code and the database are reachable only through types from the UI and the widget. */
const uiBoundary = {
  patterns: [
    { group: ["@/server/*", "@/server/**", "@/db", "@/db/*", "../server/*", "../../server/*", "../db/*", "../../db/*"], allowTypeImports: true, message: "UI code may import only types from server/ and db/." },
  ],
};

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "public/**", ".data/**", "tests/.artifacts/**", "next-env.d.ts", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}", "widget/**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", uiBoundary] },
  },
  {
    // Flat config replaces a rule's options per matching block, so server/chat below repeats this pattern.
    files: ["server/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/components/*"], message: "server/ must not depend on UI code." }] }],
    },
  },
  {
    // The answer engine runs in Node, on the edge runtime and in tests: Web APIs only, dependencies injected.
    files: ["server/chat/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "server/chat must stay runtime-agnostic: use Web APIs." })),
          patterns: [
            { group: ["node:*"], message: "server/chat must stay runtime-agnostic: use Web APIs." },
            { group: ["next", "next/*"], message: "server/chat must not depend on Next.js." },
            { group: ["@/db/client", "**/db/client"], message: "server/chat receives its persistence as an argument." },
            { group: ["@/app/*", "@/components/*"], message: "server/ must not depend on UI code." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["@/server/*", "@/app/*", "@/components/*", "@/inngest/*"], message: "db/ sits below everything else." }] }],
    },
  },
);
