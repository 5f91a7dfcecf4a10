/**
 * Finds every entry point through which a request can reach user data: each HTTP method
 * exported by an app/**\/route.ts, each export of a "use server" file under server/, and each page whose path
 * has a dynamic segment besides [locale] (it reads an id from the URL). Read from the source
 * text, so nothing has to be imported to be counted. Ids look like
 *   "GET app/api/slips/[id]/route.ts", "action server/slips/slip-actions.ts#createSlipAction",
 *   "page app/[locale]/slips/[id]/page.tsx".
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(relative, out);
    else out.push(relative);
  }
  return out;
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?function\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] ?? "");
  for (const match of source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] ?? "");
  for (const match of source.matchAll(/export\s+(?:const|let|var)\s+\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? "").split(",")) names.add(part.split(":").pop()?.trim() ?? "");
  }
  for (const match of source.matchAll(/export\s+\{([^}]*)\}/g)) {
    for (const part of (match[1] ?? "").split(",")) names.add(part.split(/\s+as\s+/).pop()?.trim() ?? "");
  }
  names.delete("");
  return [...names];
}

export function discoverEndpoints(): string[] {
  const files = walk("app");
  const routes = files
    .filter((file) => /\/route\.(ts|tsx|js)$/.test(file))
    .flatMap((file) => exportedNames(readFileSync(path.join(repoRoot, file), "utf8")).filter((n) => HTTP_METHODS.includes(n)).map((n) => `${n} ${file}`));
  const pages = files
    .filter((file) => /\/page\.(tsx|ts|jsx|js)$/.test(file))
    .filter((file) => file.split("/").some((segment) => /^\[.+\]$/.test(segment) && segment !== "[locale]"))
    .map((file) => `page ${file}`);
  const actions = walk("server")
    .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
    .flatMap((file) => {
      const source = readFileSync(path.join(repoRoot, file), "utf8");
      return /^\s*["']use server["']/m.test(source) ? exportedNames(source).map((name) => `action ${file}#${name}`) : [];
    });
  return [...routes, ...pages, ...actions].sort();
}
