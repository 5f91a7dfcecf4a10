import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // NEXT_DIST_DIR lets two builds live side by side (e.g. parallel e2e runs); default .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` runs `tsc --noEmit` on everything (tests included) before building; checking the
  // same types again inside `next build` would only double the build time on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Native/IO-heavy packages stay out of the server bundle and load from node_modules.
  // A slip form posts up to 5 photos of ≤10 MB plus its fields to a server action, through
  // proxy.ts: both limits must allow it (the JSON API has no such limit).
  experimental: {
    serverActions: { bodySizeLimit: "52mb" },
    proxyClientMaxBodySize: "52mb",
  },
  // tesseract.js starts its worker from a file path inside its own package (worker_threads) and
  // tesseract.js-core loads its wasm beside itself: bundled, the paths point into .next and the
  // first read hangs. The language data comes from node_modules too (server/slip-reading/tessdata.ts).
  serverExternalPackages: ["@node-rs/argon2", "better-sqlite3", "pino", "pg", "tesseract.js", "tesseract.js-core", "pdf-lib", "fontkit", "sharp"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "geolocation=(), microphone=()" },
          // No other site may frame a page, open one and keep a handle on it, or plant plugins.
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Browsers honour HSTS only over HTTPS and ignore it on plain http (localhost).
          { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
