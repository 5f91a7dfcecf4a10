/**
 * GET/POST /api/slips/{id}/dispute as route handlers on a throwaway database: a slip charged
 * twice → the letters and the facts they were filled from (last 4 only), the traveller's own
 * wording kept (and a card number in it refused), "sent" → disputed with its follow-up date,
 * refusals in the traveller's language, the answer closing it, undo, and a stranger's 404.
 */
import "../helpers/test-environment";
import { describe, expect, it, vi } from "vitest";

vi.mock("@/server/session", async () => (await import("../helpers/next-stand-ins")).sessionStandIn);
vi.mock("next-intl/server", async () => (await import("../helpers/next-stand-ins")).intlServerStandIn);
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

import { GET, POST } from "@/app/api/slips/[id]/dispute/route";
import { db } from "@/server/db";
import { createSlip } from "@/server/slips/slip-writes";
import { recomputeTracking, todayIso } from "@/server/tracking/recompute";
import { getDisputePackInputForUser } from "@/server/disputes/dispute-queries";
import { buildDisputePack } from "@/server/disputes/build-dispute-pack";
import { extractText, hasPoppler } from "@/server/disputes/pdf-render";
import { signedIn } from "../helpers/next-stand-ins";
import { createTestUser, slipFields } from "../helpers/slip-fixtures";
import { addDoubleCharge } from "../helpers/double-charge";

const daysAgo = (days: number) => todayIso(new Date(Date.now() - days * 86_400_000));
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Dispute = {
  ground: { id: string; reasonCode: string | null } | null;
  fields: { cardLast4: string; merchantName: string };
  letters: { issuer: { text: string; edited: boolean; lang: string } } | null;
  progress: { state: string; sentOn: string | null; followUpOn: string | null; closedOn: string | null; undoStepId: string | null; credited: { amountMinor: number } | null; steps: { kind: string }[] };
};
type Failure = { error: { code: string; fieldErrors?: Record<string, string[]> } };

async function chargedTwice(name: string) {
  const owner = await createTestUser(name);
  const { id } = await createSlip(owner.id, { raw: slipFields({ localDateTime: `${daysAgo(10)}T18:05` }), uploads: [], locale: "en" });
  await addDoubleCharge(db, owner.id);
  await recomputeTracking(owner.id, todayIso());
  return { owner, id };
}

describe("/api/slips/{id}/dispute", () => {
  it("answers the letters and facts, keeps an edit, and tracks sent → answered with undo", async () => {
    const { owner, id } = await chargedTwice("dispute-owner");
    const stranger = await createTestUser("dispute-stranger");
    const params = { params: Promise.resolve({ id }) };
    const get = (query = "") => GET(new Request(`http://localhost/api/slips/${id}/dispute${query}`), params);
    const post = (body: unknown, query = "") =>
      POST(new Request(`http://localhost/api/slips/${id}/dispute${query}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), params);

    signedIn.user = stranger;
    expect((await get()).status).toBe(404);
    expect((await post({ action: "sent", on: todayIso() })).status).toBe(404);

    signedIn.user = owner;
    const first = (await (await get("?lang=zh-CN")).json()) as Dispute;
    expect(first.ground?.id).toBe("duplicateProcessing");
    expect(first.fields.cardLast4).toBe("4242");
    expect(first.letters?.issuer.lang).toBe("zh-CN");
    expect(first.letters?.issuer.text).toContain("4242");
    expect(first.letters?.issuer.edited).toBe(false);
    expect(first.progress).toMatchObject({ state: "none", steps: [] });

    // The traveller's wording: kept for the letter in its language, used by the pack; a card number refused.
    const wording = "Dear bank,\n\nI was charged twice at LAWSON SHIBUYA. Please refund the second charge.\n\nThank you.";
    const badEdit = await post({ action: "editLetter", audience: "issuer", lang: "en", text: `${wording} Card 4111 1111 1111 1111` });
    expect(badEdit.status).toBe(400);
    expect(((await badEdit.json()) as Failure).error.fieldErrors?.text?.[0]).toMatch(/full card number/);
    const edited = (await (await post({ action: "editLetter", audience: "issuer", lang: "en", text: wording }, "?lang=en")).json()) as Dispute;
    expect(edited.letters?.issuer).toMatchObject({ text: wording, edited: true });
    expect(((await (await get("?lang=zh-CN")).json()) as Dispute).letters?.issuer.edited).toBe(false);
    const packInput = await getDisputePackInputForUser(owner.id, id, "en");
    expect(packInput?.letters[0]).toMatchObject({
      subject: "Dear bank,", paragraphs: [{ text: "I was charged twice at LAWSON SHIBUYA. Please refund the second charge." }, { text: "Thank you." }],
    });
    if (hasPoppler()) expect(extractText(await buildDisputePack(packInput!)).replace(/\s+/g, " ")).toContain("I was charged twice at LAWSON SHIBUYA. Please refund the second charge.");

    // An answer before any letter, a date in the future: refused, in the asked language, nothing saved.
    const early = await post({ action: "credited", on: todayIso() }, "?locale=zh-CN");
    expect(early.status).toBe(400);
    expect(((await early.json()) as Failure).error.fieldErrors?.on).toEqual(["请先把争议标记为已寄出。"]);
    expect((await post({ action: "sent", on: addDays(todayIso(), 1) })).status).toBe(400);
    expect(await db.disputeStep.count({ where: { slipId: id } })).toBe(0);

    const sentOn = daysAgo(2);
    const sent = (await (await post({ action: "sent", on: sentOn })).json()) as Dispute;
    expect(sent.progress).toMatchObject({ state: "open", sentOn, followUpOn: addDays(sentOn, 30) });
    expect((await post({ action: "sent", on: sentOn })).status).toBe(400);
    expect((await post({ action: "refused", on: daysAgo(3) })).status).toBe(400);

    // A partial credit: the amount is the charge's currency (JPY here), below the disputed charge.
    const tooMuch = await post({ action: "partlyCredited", on: todayIso(), amount: "1280" });
    expect(((await tooMuch.json()) as Failure).error.fieldErrors?.amount?.[0]).toMatch(/whole charge/);
    const partly = (await (await post({ action: "partlyCredited", on: todayIso(), amount: "500" })).json()) as Dispute;
    expect(partly.progress).toMatchObject({ state: "partlyCredited", closedOn: todayIso(), credited: { amountMinor: 500 } });
    expect(partly.progress.steps.map((s) => s.kind)).toEqual(["sent", "partlyCredited"]);
    expect((await post({ action: "credited", on: todayIso() })).status).toBe(400);

    // Undo takes back only the last step.
    expect((await post({ action: "undo", stepId: "not-the-last" })).status).toBe(404);
    const undone = (await (await post({ action: "undo", stepId: partly.progress.undoStepId })).json()) as Dispute;
    expect(undone.progress).toMatchObject({ state: "open", sentOn });
    const credited = (await (await post({ action: "credited", on: todayIso() })).json()) as Dispute;
    expect(credited.progress.state).toBe("credited");

    signedIn.user = stranger;
    expect((await post({ action: "undo", stepId: credited.progress.undoStepId })).status).toBe(404);
    expect(await db.disputeStep.count({ where: { slipId: id } })).toBe(2);
  });

  it("refuses an unknown action with a field error", async () => {
    const { owner, id } = await chargedTwice("dispute-bad-input");
    signedIn.user = owner;
    const response = await POST(new Request(`http://localhost/api/slips/${id}/dispute`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action: "won" }) }), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Failure).error.code).toBe("invalidInput");
  });
});
