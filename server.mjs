/**
 * The production server: Next.js behind a thin Node http server whose only job is to serve the
 * build's immutable JS/CSS precompressed with Brotli (quality 11, made once by
 * scripts/precompress.mjs) to browsers that accept it. That cuts ~15 % off every cold page load
 * compared with Next's on-the-fly gzip, which matters on roaming data (docs/diagnosis.md, the
 * 150 KB budget). Everything else — pages, API, proxy.ts — is Next's own handler, unchanged.
 *   PORT (3000), HOSTNAME (all interfaces), NEXT_DIST_DIR (.next)
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import next from "next";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || undefined;
const root = import.meta.dirname;
const staticDir = path.join(root, process.env.NEXT_DIST_DIR || ".next", "static");
const TYPES = { ".js": "application/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" };

/** The .br twin of a /_next/static/ asset, or null (then Next serves it as usual). */
function brotliTwin(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  if (!/\bbr\b/.test(req.headers["accept-encoding"] ?? "")) return null;
  const { pathname } = new URL(req.url ?? "/", "http://x");
  if (!pathname.startsWith("/_next/static/")) return null;
  const ext = path.extname(pathname);
  if (!(ext in TYPES)) return null;
  const file = path.join(staticDir, decodeURIComponent(pathname.slice("/_next/static/".length)));
  if (!file.startsWith(staticDir + path.sep)) return null; // no way out of the static folder
  try {
    const stat = statSync(`${file}.br`);
    return stat.isFile() ? { file: `${file}.br`, size: stat.size, type: TYPES[ext] } : null;
  } catch {
    return null;
  }
}

const app = next({ dev: false, hostname: hostname ?? "localhost", port, dir: root });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  // The socket's own peer address, for per-address rate limits (server/http/client-address.ts).
  // Set here, never taken from the client: whatever a request sent under this name is replaced.
  req.headers["x-sliptrack-peer"] = req.socket.remoteAddress ?? "";
  const twin = brotliTwin(req);
  if (!twin) return handle(req, res);
  res.writeHead(200, {
    "Content-Type": twin.type,
    "Content-Encoding": "br",
    "Content-Length": twin.size,
    "Cache-Control": "public, max-age=31536000, immutable",
    Vary: "Accept-Encoding",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(twin.file).pipe(res);
}).listen(port, hostname, () => {
  console.log(`▲ SlipTrack ready on http://${hostname ?? "localhost"}:${port}`);
});

// A stop signal ends the process through process.exit, so exit hooks run (a --cpu-prof profile is
// written, bench/harness.ts BENCH_NODE_ARGS); in-flight requests are not waited for, as before.
for (const signal of ["SIGTERM", "SIGINT"]) process.once(signal, () => process.exit(0));
