import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      ".next/**",
      "out/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "tests/fixtures/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  {
    // Pages link with plain anchors: every page is a static file, and next/link's client router
    // and prefetching would add about 3.4 KiB of script to every first load.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Playwright fixtures call a parameter named `use`; it is not React's hook.
    files: ["tests/e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // lib/ is plain TypeScript shared by the build, the scripts and the browser: no React, no Next.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*"],
              message: "lib/ must not depend on React.",
            },
            { group: ["next", "next/*"], message: "lib/ must not depend on Next.js." },
            {
              group: ["@/components/*", "@/app/*", "../components/*", "../app/*"],
              message: "lib/ must not import UI code.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
