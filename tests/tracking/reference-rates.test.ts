/**
 * ECB reference rates (rate chain d) on a throwaway database, served by a local HTTP server from
 * the recorded ECB file (domain/fx/fixtures) — never the network: fetched only when switched on
 * and due, cached, a failed fetch changes nothing, and recompute compares a home-amount-only
 * record through them.
 */
import "../helpers/test-environment";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFixtureText } from "@/domain/statements/fixtures/read-fixture";
import { db } from "@/server/db";
import { recomputeTracking } from "@/server/tracking/recompute";
import { loadReferenceRates, refreshReferenceRates } from "@/server/tracking/reference-rates";
import { createSlip } from "@/server/slips/slip-writes";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";

const ECB_FILE = readFixtureText("fx/fixtures/eurofxref-hist-90d-excerpt.xml");
let server: Server;
let base = "";
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === "/broken") {
      response.writeHead(500).end("down");
      return;
    }
    response.writeHead(200, { "content-type": "text/xml" }).end(ECB_FILE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("ECB reference rates", () => {
  it("does nothing while switched off, and keeps what it had when a fetch fails", async () => {
    expect(await refreshReferenceRates({ enabled: false, url: `${base}/eurofxref-hist-90d.xml` })).toEqual({ fetched: false, stored: 0 });
    const failed = await refreshReferenceRates({ enabled: true, url: `${base}/broken`, force: true });
    expect(failed).toMatchObject({ fetched: false, stored: 0, error: "HTTP 500" });
    expect(await db.referenceRate.count()).toBe(0);
  });

  it("fetches and caches the file once, then waits six hours before asking again", async () => {
    const before = requests.length;
    const first = await refreshReferenceRates({ enabled: true, url: `${base}/eurofxref-hist-90d.xml`, force: true, now: 1_000 });
    expect(first.fetched).toBe(true);
    expect(first.stored).toBeGreaterThan(80);
    expect(await db.referenceRate.count()).toBe(first.stored);
    expect(await refreshReferenceRates({ enabled: true, url: `${base}/eurofxref-hist-90d.xml`, now: 1_000 + 60_000 })).toEqual({ fetched: false, stored: 0 });
    expect(requests.length).toBe(before + 1);
    // Due again: the same days are not stored twice.
    expect(await refreshReferenceRates({ enabled: true, url: `${base}/eurofxref-hist-90d.xml`, now: 1_000 + 7 * 3_600_000 })).toEqual({ fetched: true, stored: 0 });
    const around = await loadReferenceRates(["2017-03-02"]);
    expect(around).toContainEqual({ base: "EUR", quote: "JPY", rate: "120.24", asOf: "2017-03-02", source: "ECB" });
    expect(await loadReferenceRates(["2018-06-01"])).toEqual([]);
  });

  it("lets recompute compare a slip with a record that shows only the home amount, saying which rate of which day", async () => {
    const user = await createTestUser("ecb");
    const { id: slipId } = await createSlip(user.id, { raw: slipFields({ localDateTime: "2017-03-02T18:05" }), uploads: [], locale: "en" });
    // JPY 1,280 ÷ 120.24 × 1.0514 = USD 11.19 on the ECB's 2 March 2017 rates.
    await db.issuerRecord.create({
      data: {
        userId: user.id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2017-03-02", postingDate: "2017-03-03",
        billedAmountMinor: 1119n, billedCurrency: "USD", merchant: "LAWSON SHIBUYA TOKYO JP", cardLast4: "4242", fingerprint: randomBytes(8).toString("hex"),
      },
    });
    await recomputeTracking(user.id, "2017-03-20");
    expect((await db.slipTracking.findUniqueOrThrow({ where: { slipId } })).status).toBe("posted");
    const match = await db.slipMatch.findFirstOrThrow({ where: { slipId }, select: { score: true, reasons: true } });
    expect(JSON.parse(match.score!)).toMatchObject({ currencyPath: "rateTable", rate: { kind: "reference", from: "JPY", to: "USD", asOf: "2017-03-02", via: ["EUR"] } });
    expect(JSON.parse(match.reasons).map((r: { key: string }) => r.key)).toContain("match.rate.reference");
  });
});
