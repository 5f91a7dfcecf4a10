/**
 * The tracking evaluation (docs/evaluation.md): runs every trip of one part of eval/tracking
 * through the app's real importers and tracking engine and scores it against the hand-written
 * labels.
 *
 *   npx tsx eval/tracking/run-eval.ts [dev|holdout] [--write] [--misses] [--files]
 *
 * dev is the default. --write saves eval/tracking/results-<part>.json; --misses lists every miss;
 * --files says what the importer made of each file. The hold-out part is scored once, at the end.
 *
 * Under plain Node (tsx) two imports need what Next and Vitest provide: `server-only` resolves to
 * its no-op entry (the app's server modules are imported as they are), and i18n-iso-countries, a
 * CommonJS package whose named exports Node cannot detect, is re-exported through a small shim.
 * The harness modules are therefore loaded only after those hooks are registered; tests import
 * eval/tracking/harness/evaluate.ts directly (Vitest aliases server-only itself).
 */
import { createRequire, register } from "node:module";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PartResult } from "./harness/evaluate";
import { PARTS, type Part } from "./harness/trip-types";

const here = path.dirname(fileURLToPath(import.meta.url));

function registerNodeHooks(): void {
  const require = createRequire(import.meta.url);
  const emptyEntry = pathToFileURL(path.resolve(here, "../../node_modules/server-only/empty.js")).href;
  const countries = require.resolve("i18n-iso-countries");
  const names = Object.keys(require(countries) as Record<string, unknown>).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  const shim = `import m from ${JSON.stringify(pathToFileURL(countries).href)}; export default m; export const { ${names.join(", ")} } = m;`;
  const hooks = `
    const EMPTY = ${JSON.stringify(emptyEntry)};
    const SHIM = ${JSON.stringify(`data:text/javascript,${encodeURIComponent(shim)}`)};
    export async function resolve(specifier, context, next) {
      if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
      if (specifier === "i18n-iso-countries") return { url: SHIM, shortCircuit: true };
      return next(specifier, context);
    }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
}

let hooked = false;
async function loadHarness() {
  if (!hooked) {
    registerNodeHooks();
    hooked = true;
  }
  const [evaluate, report] = await Promise.all([import("./harness/evaluate"), import("./harness/report")]);
  return { ...evaluate, ...report };
}

/** Evaluates one part from plain Node (the CLI); Vitest uses harness/evaluate.ts directly. */
export async function runEvaluation(part: Part): Promise<PartResult> {
  const harness = await loadHarness();
  return harness.evaluatePart(part);
}

async function main(argv: readonly string[]): Promise<void> {
  const part = (argv.find((a) => (PARTS as readonly string[]).includes(a)) ?? "dev") as Part;
  const unknown = argv.filter((a) => !(PARTS as readonly string[]).includes(a) && !["--write", "--misses", "--files"].includes(a));
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(" ")}; use [dev|holdout] [--write] [--misses] [--files]`);
  const harness = await loadHarness();
  const result = harness.evaluatePart(part);
  console.log(harness.formatTable(result));
  if (argv.includes("--misses")) console.log(`\n${harness.formatMisses(result)}`);
  if (argv.includes("--files")) console.log(`\n${harness.formatImportNotes(result)}`);
  if (argv.includes("--write")) {
    const out = path.join(here, `results-${part}.json`);
    writeFileSync(out, `${JSON.stringify(harness.toResultsJson(result), null, 2)}\n`);
    console.log(`\nwrote ${path.relative(process.cwd(), out)}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
