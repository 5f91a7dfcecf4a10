import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// domain/ is the product's pure core: it must stay runnable in a unit test in milliseconds, so
// it may not reach frameworks, the database, the server layer, the environment or Node IO.
const domainBoundary = {
  files: ["domain/**/*.ts", "domain/**/*.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["next", "next/*"], message: "domain/ is pure: no Next.js." },
          { group: ["react", "react/*", "react-dom", "react-dom/*"], message: "domain/ is pure: no React." },
          { group: ["@prisma/*", "prisma", "prisma/*", "**/generated/**"], message: "domain/ is pure: no Prisma." },
          { group: ["@/server", "@/server/*", "**/server/*", "server-only"], message: "domain/ may not import server/." },
          { group: ["@/env", "**/env", "**/env.ts"], message: "domain/ may not read the environment: pass values in." },
          {
            group: ["fs", "fs/*", "node:*", "path", "child_process", "net", "http", "https", "os", "worker_threads"],
            message: "domain/ does no IO: pass file text and dates in.",
          },
        ],
      },
    ],
    "no-restricted-globals": ["error", { name: "process", message: "domain/ may not read process/env." }],
  },
};

// The layers, lowest first: domain/ ← server/ ← components/ ← app/. A layer imports only the ones
// below it, so a feature's server code never reaches up into widgets or routes.
const serverBoundary = {
  files: ["server/**/*.ts", "server/**/*.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["@/components", "@/components/*", "**/components/*"], message: "server/ sits below components/: move the shared type down (into server/ or domain/)." },
          { group: ["@/app", "@/app/*", "**/app/*"], message: "server/ sits below app/: routes import server/, never the reverse." },
        ],
      },
    ],
  },
};

const componentsBoundary = {
  files: ["components/**/*.ts", "components/**/*.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: [{ group: ["@/app", "@/app/*", "**/app/*"], message: "components/ sits below app/: pass what a widget needs as props." }] },
    ],
  },
};

// One date and time style per language (i18n/date-format.ts, through next-intl): pages, widgets
// and server code never format a date by hand. Time-zone names (server/slips/form-options.ts)
// are not dates and say so where they are made.
const oneDateStyle = {
  files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx", "server/**/*.ts", "server/**/*.tsx"],
  rules: {
    "no-restricted-syntax": [
      "error",
      { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']", message: "Format dates with i18n/date-format.ts (formatCalendarDate, formatWallClock, formatInstant)." },
      { selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]", message: "Format dates with i18n/date-format.ts." },
    ],
  },
};

// Playwright fixtures call their callback `use`, which the React hooks rule mistakes for a hook.
const playwright = { files: ["e2e/**/*.ts"], rules: { "react-hooks/rules-of-hooks": "off" } };

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  domainBoundary,
  serverBoundary,
  componentsBoundary,
  oneDateStyle,
  playwright,
  globalIgnores([".next*/**", "generated/**", "node_modules/**", "data/**", "test-results*/**", "playwright-report/**", "next-env.d.ts"]),
]);
