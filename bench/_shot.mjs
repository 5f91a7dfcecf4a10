import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const p = await (await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })).newPage();
for (const [i, u] of process.argv.slice(2).entries()) { await p.goto("http://127.0.0.1:3000" + u); await p.screenshot({ path: `/tmp/shot${i}.png`, fullPage: true }); }
await b.close();
