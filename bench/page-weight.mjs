/**
 * Page weight on a cold cache, as a phone on roaming data would pay for it: loads each page in a
 * fresh Chromium context and sums the bytes actually transferred (compressed bodies + headers)
 * for HTML, CSS and JS. Usage:
 *   node bench/page-weight.mjs [baseUrl] [path …]
 * Defaults to http://127.0.0.1:3000 and the diagnosis journey's pages. Budget: 150 KB per page.
 * Run it against `npm start` (server.mjs sends Brotli twins of the static files; plain
 * `next start` would send gzip and weigh ~20 KB more).
 *
 * The first visit is what the page itself loads (the budget). The service worker then precaches
 * the app in the background (docs/offline.md): those bytes are reported apart, once, from the
 * first page's context — the worker script plus everything it fetched until it activated.
 */
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const paths = process.argv.slice(3);
const pages = paths.length
  ? paths
  : [
      "/en/diagnose", // step 1: what the screen said
      "/en/diagnose?t=UNABLE+TO+GO+ONLINE", // a question
      "/en/diagnose?t=UNABLE+TO+GO+ONLINE&oc=n&ns=o&r=1", // a result
      "/en/diagnose/saved", // (signed out: redirects to sign-in)
      "/zh-CN/diagnose",
      "/zh-CN/diagnose?t=%E4%BA%A4%E6%98%93%E5%A4%B1%E8%B4%A5",
      "/zh-CN/diagnose?t=%E4%BA%A4%E6%98%93%E5%A4%B1%E8%B4%A5&oc=y&ce=n&r=1",
      "/en/diagnose?t=UNABLE+TO+GO+ONLINE+Y3&st=No+SMS+came%2C+my+friend%27s+card+worked&c=JP&sp=oa&r=1", // a result with a story
      "/zh-CN/diagnose?t=%E3%82%AA%E3%83%95%E3%83%A9%E3%82%A4%E3%83%B3%E6%89%BF%E8%AA%8D&st=%E5%9C%A8%E5%9C%B0%E4%B8%8B%E5%95%86%E5%9C%BA%EF%BC%8C%E7%BD%91%E7%BB%9C%E4%B8%8D%E5%A5%BD&c=JP&r=1", // Japanese screen, Chinese story
    ];
const BUDGET = 150 * 1024;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});

let over = 0;
let precacheReported = false;
for (const path of pages) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const background = { bytes: 0, files: 0, pending: [] };
  const measureBackground = !precacheReported;
  context.on("requestfinished", (request) => {
    if (!measureBackground) return;
    if (!request.serviceWorker() && !request.url().endsWith("/serwist/sw.js")) return;
    background.pending.push(
      request.sizes().then((s) => {
        background.bytes += s.responseBodySize + s.responseHeadersSize;
        background.files++;
      }),
    );
  });
  const page = await context.newPage();
  const byType = { document: 0, stylesheet: 0, script: 0, other: 0 };
  const pending = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then((s) => {
        const type = request.resourceType();
        const key = type in byType ? type : "other";
        byType[key] += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  await page.goto(base + path, { waitUntil: "networkidle" });
  await Promise.all(pending);
  const total = byType.document + byType.stylesheet + byType.script;
  if (total > BUDGET) over++;
  console.log(
    `${path.padEnd(52)} total ${(total / 1024).toFixed(1).padStart(6)} KB  (html ${(byType.document / 1024).toFixed(1)} · css ${(byType.stylesheet / 1024).toFixed(1)} · js ${(byType.script / 1024).toFixed(1)})${total > BUDGET ? "  OVER BUDGET" : ""}`,
  );
  if (!precacheReported) {
    precacheReported = true;
    const activated = await page
      .waitForFunction(async () => (await navigator.serviceWorker.getRegistration("/"))?.active?.state === "activated", null, { timeout: 60_000, polling: 250 })
      .then(() => true)
      .catch(() => false);
    // Let the last precache responses finish before their sizes are read.
    await page.waitForTimeout(500);
    await Promise.all(background.pending);
    console.log(
      activated
        ? `${"background precache (service worker, once)".padEnd(52)} total ${(background.bytes / 1024).toFixed(1).padStart(6)} KB  (${background.files} files; not part of the first visit)`
        : "background precache: the service worker did not activate within 60 s",
    );
  }
  await context.close();
}
await browser.close();
process.exit(over > 0 ? 1 : 0);
