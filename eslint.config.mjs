import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import { builtinModules } from "node:module";

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)].filter((name) => !name.startsWith("_"));

/** Server code and the database are reachable only through types from the UI and the widget; the language registry is pure data they share. */
const uiBoundary = {
  patterns: [
    { group: ["@/server/*", "@/server/**", "!@/server/languages", "@/db", "@/db/*", "../server/*", "../../server/*", "../db/*", "../../db/*"], allowTypeImports: true, message: "UI code may import only types from server/ and db/ (and the language registry, server/languages.ts, which is pure data)." },
  ],
};

const serverWithoutUi = { group: ["@/app/*", "@/components/*"], message: "server/ must not depend on UI code." };
const routesWithoutJobRunner = { group: ["@/inngest", "@/inngest/*"], message: "Routes send events through `appEvents` from @/server/events, not inngest/." };

/**
 * Another domain is reached through its surface: `@/server/<domain>` (index.ts), or
 * `@/server/<domain>/edge` for the part that runs on the edge runtime. `depth` is how many folders
 * a file sits below server/: its relative imports may not climb out of its domain into another one's files.
 */
function domainSurfaces(depth = 0) {
  const message = "Import another domain through its index.ts (@/server/<domain>, or @/server/<domain>/edge on the edge runtime); inside a domain, import relatively.";
  const climbs = depth > 0 ? [`${"../".repeat(depth)}*/**`] : [];
  return [{ group: ["@/server/*/**", "!@/server/*/edge", ...climbs], message }];
}

/** The answer engine runs in Node, on the edge runtime and in tests: Web APIs only, dependencies injected. */
const runtimeAgnostic = {
  paths: nodeBuiltins.map((name) => ({ name, message: "server/chat must stay runtime-agnostic: use Web APIs." })),
  patterns: [
    { group: ["node:*"], message: "server/chat must stay runtime-agnostic: use Web APIs." },
    { group: ["next", "next/*"], message: "server/chat must not depend on Next.js." },
    { group: ["@/db/client", "**/db/client"], message: "server/chat receives its persistence as an argument." },
  ],
};

/**
 * Flat config replaces a rule's options per matching block, so each block carries every pattern that
 * applies to its files: one block per folder depth under server/, and server/chat's own on top.
 */
function domainBoundaryBlocks() {
  return [1, 2, 3, 4].flatMap((depth) => {
    const files = [`server/${"*/".repeat(depth)}*.ts`];
    const patterns = [...domainSurfaces(depth), serverWithoutUi];
    return [
      { files, rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] } },
      {
        files: files.map((glob) => glob.replace(/^server\/\*\//, "server/chat/")),
        rules: { "@typescript-eslint/no-restricted-imports": ["error", { paths: runtimeAgnostic.paths, patterns: [...runtimeAgnostic.patterns, ...patterns] }] },
      },
    ];
  });
}

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
  ...domainBoundaryBlocks(),
  {
    // The serve endpoint is the one route that hands requests to inngest/.
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/api/inngest/**"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...domainSurfaces(), routesWithoutJobRunner] }] },
  },
  {
    files: ["inngest/**/*.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: domainSurfaces() }] },
  },
  {
    files: ["db/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { patterns: [{ group: ["@/server/*", "@/app/*", "@/components/*", "@/inngest/*"], message: "db/ sits below everything else." }] }],
    },
  },
);
