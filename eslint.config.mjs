import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Layering (DESIGN.md §2): app → components → lib, enforced here rather than by trust.
const prismaClientPatterns = [
  {
    group: ["@prisma/client", "@prisma/client/*"],
    message: "Only lib/db talks to Prisma; import a lib/db function instead.",
  },
  {
    group: ["**/lib/db/generated", "**/lib/db/generated/*", "@/lib/db/generated/*"],
    message: "Only lib/db imports the generated Prisma client.",
  },
  {
    group: ["@/lib/db/client", "**/lib/db/client"],
    message: "Only lib/db imports the Prisma client; call a lib/db function.",
  },
];
const appPatterns = [{ group: ["@/app/*", "**/app/*"], message: "Nothing imports from app/ (routes only)." }];
const componentPatterns = [
  {
    group: ["@/components/*", "**/components/*"],
    message: "lib/ must not import components/ (app → components → lib).",
  },
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      "lib/db/generated/**",
      ".data/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...prismaClientPatterns, ...appPatterns] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...prismaClientPatterns, ...appPatterns, ...componentPatterns] },
      ],
    },
  },
  {
    files: ["lib/db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [...appPatterns, ...componentPatterns] }] },
  },
  {
    // Scripts, seeds and tests are command-line programs: console output is their UI.
    files: ["scripts/**", "prisma/**", "tests/**", "e2e/**", ".ci/**"],
    rules: { "no-console": "off" },
  },
];

export default config;
