/**
 * Access probes for the issuer-records feature (statement imports, records, alerts, feeds),
 * spread into ACCESS_PROBES. Each runs as the stranger against the owner's import / feed /
 * records — which must be "not found" or invisible — and as the rightful user (positive control).
 */
import { expect } from "vitest";
import { db } from "@/server/db";
import type { AccessWorld } from "./access-world";
import { OWNER_MERCHANT, STRANGER_MERCHANT, assertNoOwnerData } from "./access-world";
import { chaseCsv, feedEventBody, feedRequest, seedFeed, seedImport, seedRecords, seedUnknownImport, signedHeaders } from "../helpers/record-fixtures";

type Probe = (world: AccessWorld) => Promise<void>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const handlers = (load: Promise<unknown>) => load as Promise<Record<string, Handler | undefined>>;
const route = {
  imports: () => handlers(import("@/app/api/imports/route")),
  importById: () => handlers(import("@/app/api/imports/[id]/route")),
  commit: () => handlers(import("@/app/api/imports/[id]/commit/route")),
  records: () => handlers(import("@/app/api/issuer-records/route")),
  alerts: () => handlers(import("@/app/api/alerts/route")),
  events: () => handlers(import("@/app/api/issuer/events/[feedId]/route")),
};
const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const ownerRecordCount = (w: AccessWorld) => db.issuerRecord.count({ where: { userId: w.owner.id } });

async function ownerImportIntact(w: AccessWorld, importId: string, status: "preview" | "committed") {
  const row = await db.statementImport.findFirst({ where: { id: importId, userId: w.owner.id }, select: { status: true } });
  expect(row?.status).toBe(status);
}

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;

/** "Hello from the owner's bank": an alert naming the owner's secret merchant. */
const ownerAlert = `您尾号1234的信用卡11月03日19:02在${OWNER_MERCHANT}消费人民币58.00元。【招商银行】`;

export const RECORD_ACCESS_PROBES: Record<string, Probe> = {
  "POST app/api/imports/route.ts": async (w) => {
    const { POST } = await route.imports();
    const ownerImportId = await seedImport(w.owner.id, OWNER_MERCHANT);
    const upload = (merchant: string) => {
      const data = new FormData();
      data.append("file", new File([Buffer.from(chaseCsv([merchant]))], "chase.csv", { type: "text/csv" }));
      return POST!(new Request("http://localhost/api/imports", { method: "POST", body: data }), params({}));
    };
    w.actAs(w.stranger);
    const response = await upload(STRANGER_MERCHANT);
    await w.allowed.response(response.clone(), 201);
    const text = await response.text();
    assertNoOwnerData(text, w);
    w.denied.check(!text.includes(ownerImportId), "the stranger's preview names nothing of the owner's");
    w.denied.check((await db.statementImport.count({ where: { userId: w.owner.id } })) === 1, "the owner has still exactly one import");
  },

  "GET app/api/imports/[id]/route.ts": async (w) => {
    const { GET } = await route.importById();
    const importId = await seedImport(w.owner.id, OWNER_MERCHANT);
    const get = (id: string) => GET!(new Request(`http://localhost/api/imports/${id}`), params({ id }));
    w.actAs(w.stranger);
    await w.denied.response(await get(importId));
    await w.denied.response(await get("no-such-import"));
    w.actAs(w.owner);
    const own = await get(importId);
    await w.allowed.response(own.clone(), 200);
    w.allowed.check((await own.text()).includes(OWNER_MERCHANT), "the owner sees the preview's records");
  },

  "POST app/api/imports/[id]/commit/route.ts": async (w) => {
    const { POST } = await route.commit();
    const importId = await seedImport(w.owner.id, OWNER_MERCHANT);
    const commit = () => POST!(new Request(`http://localhost/api/imports/${importId}/commit`, { method: "POST" }), params({ id: importId }));
    w.actAs(w.stranger);
    await w.denied.response(await commit());
    await ownerImportIntact(w, importId, "preview");
    w.denied.check((await db.issuerRecord.count({ where: { userId: w.stranger.id } })) === 0, "the stranger gained no records");
    w.actAs(w.owner);
    await w.allowed.response(await commit(), 200);
    w.allowed.check((await ownerRecordCount(w)) === 1, "the owner's record was saved");
  },

  "GET app/api/issuer-records/route.ts": async (w) => {
    const { GET } = await route.records();
    await seedRecords(w.owner.id, OWNER_MERCHANT);
    await seedRecords(w.stranger.id, STRANGER_MERCHANT);
    w.actAs(w.stranger);
    const text = await (await GET!(new Request("http://localhost/api/issuer-records?pageSize=200"), params({}))).text();
    assertNoOwnerData(text, w);
    w.denied.check(!text.includes(OWNER_MERCHANT), "the owner's records are not listed");
    w.allowed.check(text.includes(STRANGER_MERCHANT), "the stranger's own records are listed");
  },

  "POST app/api/alerts/route.ts": async (w) => {
    const { POST } = await route.alerts();
    const paste = () => POST!(new Request("http://localhost/api/alerts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: ownerAlert }) }), params({}));
    w.actAs(w.owner);
    await w.allowed.response(await paste(), 201);
    w.actAs(w.stranger);
    // The same alert text: fingerprints are per traveller, so the owner's copy neither blocks nor reveals the stranger's.
    const response = await paste();
    const body = (await response.json()) as { records: { isNew: boolean }[] };
    w.denied.check(body.records.length === 1 && body.records[0]?.isNew === true, "the owner's record does not count as the stranger's");
    w.denied.check((await ownerRecordCount(w)) === 1, "the owner's records are unchanged");
  },

  "POST app/api/issuer/events/[feedId]/route.ts": async (w) => {
    const { POST } = await route.events();
    const ownerFeed = await seedFeed(w.owner.id);
    const strangerFeed = await seedFeed(w.stranger.id);
    const body = feedEventBody("authorisation", STRANGER_MERCHANT);
    const send = (feedId: string, secret: string, eventId: string) => POST!(feedRequest(feedId, signedHeaders(secret, eventId, body), body), params({ feedId }));
    w.actAs(null);
    // The stranger's own secret does not open the owner's feed.
    const forged = await send(ownerFeed.id, strangerFeed.secret, "evt_1");
    w.denied.check(forged.status === 401, "a request signed with another feed's secret is refused");
    w.denied.check((await ownerRecordCount(w)) === 0 && (await db.feedEvent.count({ where: { feedId: ownerFeed.id } })) === 0, "nothing reached the owner");
    const unknown = await send("no-such-feed", strangerFeed.secret, "evt_2");
    w.denied.check(unknown.status === 404, "an unknown feed is 404");
    await w.allowed.response(await send(strangerFeed.id, strangerFeed.secret, "evt_3"), 200);
    w.allowed.check((await db.issuerRecord.count({ where: { userId: w.stranger.id, source: "feed" } })) === 1, "the stranger's own feed stored its record");
  },

  "page app/[locale]/records/import/[id]/page.tsx": async (w) => {
    const { default: page } = (await import("@/app/[locale]/records/import/[id]/page")) as unknown as { default: Page };
    const importId = await seedImport(w.owner.id, OWNER_MERCHANT);
    const render = (id: string) => () => page({ params: Promise.resolve({ locale: "en", id }), searchParams: Promise.resolve({}) });
    w.actAs(w.stranger);
    await w.denied.page(render(importId));
    await w.denied.page(render("no-such-import"));
    w.actAs(w.owner);
    await w.allowed.page(render(importId));
  },

  "action server/imports/import-actions.ts#commitImportAction": async (w) => {
    const { commitImportAction } = await import("@/server/imports/import-actions");
    const importId = await seedImport(w.owner.id, OWNER_MERCHANT);
    w.actAs(w.stranger);
    w.denied.notFoundState(await commitImportAction(null, form({ locale: "en", importId })));
    await ownerImportIntact(w, importId, "preview");
    w.actAs(w.owner);
    await w.allowed.redirect(() => commitImportAction(null, form({ locale: "en", importId })), new RegExp(`^/en/records/import/${importId}$`));
    await ownerImportIntact(w, importId, "committed");
  },

  "action server/imports/import-actions.ts#saveImportMappingAction": async (w) => {
    const { saveImportMappingAction } = await import("@/server/imports/import-actions");
    const importId = await seedUnknownImport(w.owner.id);
    const mapping = { locale: "en", importId, "role-0": "date", "role-1": "description", "role-2": "debit", "role-3": "credit", "role-4": "currency", decimalSeparator: "," };
    w.actAs(w.stranger);
    w.denied.notFoundState(await saveImportMappingAction(null, form(mapping)));
    w.denied.check((await db.columnMappingPreset.count()) === 0, "no mapping was remembered for anyone");
    w.actAs(w.owner);
    await w.allowed.redirect(() => saveImportMappingAction(null, form(mapping)), new RegExp(`^/en/records/import/${importId}$`));
    w.allowed.check((await db.columnMappingPreset.count({ where: { userId: w.owner.id } })) === 1, "the owner's mapping is remembered");
  },

  "action server/imports/import-actions.ts#setImportCurrencyAction": async (w) => {
    const { setImportCurrencyAction } = await import("@/server/imports/import-actions");
    const { createImportPreview } = await import("@/server/imports/import-preview");
    const { fixtureBytes } = await import("../helpers/record-fixtures");
    const { id: importId } = await createImportPreview(w.owner.id, { fileName: "bank.qif", bytes: fixtureBytes("bank.qif") });
    w.actAs(w.stranger);
    w.denied.notFoundState(await setImportCurrencyAction(null, form({ locale: "en", importId, currency: "USD" })));
    w.actAs(w.owner);
    await w.allowed.redirect(() => setImportCurrencyAction(null, form({ locale: "en", importId, currency: "USD" })), new RegExp(`^/en/records/import/${importId}$`));
    w.allowed.check(((await db.statementImport.findFirst({ where: { id: importId }, select: { recordCount: true } }))?.recordCount ?? 0) > 0, "the file was read in USD");
  },

  "action server/alerts/alert-actions.ts#pasteAlertsAction": async (w) => {
    const { pasteAlertsAction } = await import("@/server/alerts/alert-actions");
    w.actAs(w.owner);
    const mine = await pasteAlertsAction(null, form({ locale: "en", text: ownerAlert }));
    w.allowed.check(mine?.ok === true && mine.result?.understood[0]?.isNew === true, "the owner's alert is saved");
    w.actAs(w.stranger);
    const theirs = await pasteAlertsAction(null, form({ locale: "en", text: ownerAlert }));
    w.denied.check(theirs?.result?.understood[0]?.isNew === true, "the owner's copy is not the stranger's");
    w.denied.check((await ownerRecordCount(w)) === 1, "the owner's records are unchanged");
  },

  "action server/feed/feed-actions.ts#createFeedAction": async (w) => {
    const { createFeedAction } = await import("@/server/feed/feed-actions");
    await seedFeed(w.owner.id, "OWNER FEED");
    w.actAs(w.stranger);
    const state = await createFeedAction(null, form({ locale: "en", name: "Stranger feed" }));
    w.allowed.check(state?.ok === true && typeof state.secret === "string" && state.secret.startsWith("whsec_"), "the feed and its secret are shown");
    w.denied.check((await db.issuerFeed.count({ where: { userId: w.owner.id } })) === 1, "the owner's feeds are unchanged");
    w.denied.check(!JSON.stringify(state).includes("OWNER FEED"), "nothing of the owner's feed is shown");
  },

  "action server/feed/feed-actions.ts#rotateFeedSecretAction": async (w) => {
    const { rotateFeedSecretAction } = await import("@/server/feed/feed-actions");
    const feed = await seedFeed(w.owner.id);
    const before = await db.issuerFeed.findUniqueOrThrow({ where: { id: feed.id }, select: { secretCiphertext: true } });
    w.actAs(w.stranger);
    w.denied.notFoundState(await rotateFeedSecretAction(null, form({ locale: "en", feedId: feed.id })));
    const after = await db.issuerFeed.findUniqueOrThrow({ where: { id: feed.id }, select: { secretCiphertext: true } });
    w.denied.check(after.secretCiphertext === before.secretCiphertext, "the owner's secret is unchanged");
    w.actAs(w.owner);
    const state = await rotateFeedSecretAction(null, form({ locale: "en", feedId: feed.id }));
    w.allowed.check(state?.ok === true && state.secret !== feed.secret, "the owner gets a new secret");
  },

  "action server/feed/feed-actions.ts#deleteFeedAction": async (w) => {
    const { deleteFeedAction } = await import("@/server/feed/feed-actions");
    const feed = await seedFeed(w.owner.id);
    w.actAs(w.stranger);
    w.denied.notFoundState(await deleteFeedAction(null, form({ locale: "en", feedId: feed.id })));
    w.denied.check((await db.issuerFeed.count({ where: { id: feed.id } })) === 1, "the owner's feed is still there");
    w.actAs(w.owner);
    await w.allowed.redirect(() => deleteFeedAction(null, form({ locale: "en", feedId: feed.id })), /^\/en\/records\/feeds\?deleted=1$/);
  },
};
