/**
 * THE ACCESS REGISTRY. Every route handler method, every server action and every page with an
 * id in its URL must appear here exactly once (registry-complete.test.ts fails otherwise):
 * either in ACCESS_PROBES with a probe that shows another user gets "not found" / nothing —
 * and the owner gets through — or in NOT_USER_SCOPED with the reason it touches no one
 * else's data. Adding a route, page or action means adding its line here.
 */
import { expect } from "vitest";
import { db } from "@/server/db";
import type { AccessWorld } from "./access-world";
import { OWNER_MERCHANT, STRANGER_MERCHANT, assertNoOwnerData, readExport } from "./access-world";
import { jpegUpload, slipFields } from "../helpers/slip-fixtures";
import { RECORD_ACCESS_PROBES } from "./records-probes";
import { SHARING_ACCESS_PROBES } from "./sharing-probes";

type Probe = (world: AccessWorld) => Promise<void>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function request(method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { method, body, headers });
}
const json = (value: unknown) => [JSON.stringify(value), { "content-type": "application/json" }] as const;
const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

function photoForm(): Promise<FormData> {
  return jpegUpload().then((photo) => {
    const form = new FormData();
    form.append("photos", new File([Buffer.from(photo.bytes)], "extra.jpg", { type: "image/jpeg" }));
    return form;
  });
}

function slipForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** A route module seen as its handlers (each takes the params it was given; typed loosely here). */
const handlers = (load: Promise<unknown>) => load as Promise<Record<string, Handler | undefined>>;
const route = {
  slips: () => handlers(import("@/app/api/slips/route")),
  slip: () => handlers(import("@/app/api/slips/[id]/route")),
  photos: () => handlers(import("@/app/api/slips/[id]/photos/route")),
  photo: () => handlers(import("@/app/api/slips/[id]/photos/[photoId]/route")),
  exportZip: () => handlers(import("@/app/api/account/export/route")),
};

type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;
function pageProbe(load: () => Promise<unknown>): Probe {
  return async (w) => {
    const { default: page } = (await load()) as { default: Page };
    const render = (id: string) => () => page({ params: Promise.resolve({ locale: "en", id }), searchParams: Promise.resolve({}) });
    w.actAs(w.stranger);
    await w.denied.page(render(w.ownerSlip.slipId));
    await w.denied.page(render("no-such-slip"));
    w.actAs(w.owner);
    await w.allowed.page(render(w.ownerSlip.slipId));
  };
}

/**
 * An issuer record that charges the owner's slip, so tracking proposes a match (and writes a
 * "posted" notification): the ids a stranger will try to use.
 */
async function seedOwnerMatch(w: AccessWorld): Promise<{ matchId: string; notificationId: string }> {
  const { recomputeTracking } = await import("@/server/tracking/recompute");
  await db.issuerRecord.create({
    data: {
      userId: w.owner.id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2025-03-15", billedAmountMinor: 1280n,
      billedCurrency: "JPY", merchant: OWNER_MERCHANT, cardLast4: "4242", fingerprint: `owner-${w.owner.id}`,
    },
  });
  await recomputeTracking(w.owner.id, "2025-03-20");
  const match = await db.slipMatch.findFirstOrThrow({ where: { slipId: w.ownerSlip.slipId, userId: w.owner.id }, select: { id: true } });
  const notification = await db.notification.findFirstOrThrow({ where: { userId: w.owner.id }, select: { id: true } });
  return { matchId: match.id, notificationId: notification.id };
}

/** A second posting of the owner's slip, so tracking sees it charged twice and the slip has dispute grounds. */
async function seedOwnerDuplicate(w: AccessWorld): Promise<void> {
  await db.issuerRecord.create({
    data: {
      userId: w.owner.id, source: "statement", kind: "purchase", state: "posted", transactionDate: "2025-03-15", postingDate: "2025-03-18", billedAmountMinor: 1280n,
      billedCurrency: "JPY", merchant: OWNER_MERCHANT, cardLast4: "4242", fingerprint: `owner-second-${w.owner.id}`,
    },
  });
  await seedOwnerMatch(w);
}

function disputeDownloadProbe(path: "dispute-pack" | "reminders.ics", contentType: string): Probe {
  return async (w) => {
    const { GET } = await handlers(import(`@/app/api/slips/[id]/${path}/route`));
    await seedOwnerDuplicate(w);
    const get = (id: string) => GET!(request("GET", `/api/slips/${id}/${path}`), params({ id }));
    w.actAs(w.stranger);
    await w.denied.response(await get(w.ownerSlip.slipId));
    await w.denied.response(await get("no-such-slip"));
    w.actAs(w.owner);
    const response = await get(w.ownerSlip.slipId);
    await w.allowed.response(response, 200);
    w.allowed.check((response.headers.get("content-type") ?? "").startsWith(contentType), `the owner gets ${contentType}`);
  };
}

function matchDecisionProbe(verb: "confirm" | "reject", decision: "confirmed" | "rejected"): Probe {
  return async (w) => {
    const { POST } = await handlers(import(`@/app/api/matches/[id]/${verb}/route`));
    const { matchId } = await seedOwnerMatch(w);
    const decide = () => POST!(request("POST", `/api/matches/${matchId}/${verb}`), params({ id: matchId }));
    w.actAs(w.stranger);
    await w.denied.response(await decide());
    w.denied.check((await db.slipMatch.findUniqueOrThrow({ where: { id: matchId } })).decision === "proposed", "the owner's match is unchanged");
    w.actAs(w.owner);
    await w.allowed.response(await decide(), 200);
    w.allowed.check((await db.slipMatch.findUniqueOrThrow({ where: { id: matchId } })).decision === decision, `the owner's match is ${decision}`);
  };
}

export const ACCESS_PROBES: Record<string, Probe> = {
  ...RECORD_ACCESS_PROBES,
  ...SHARING_ACCESS_PROBES,
  "GET app/api/slips/route.ts": async (w) => {
    const { GET } = await route.slips();
    w.actAs(w.stranger);
    const response = await GET!(request("GET", "/api/slips"), params({}));
    const text = await response.text();
    assertNoOwnerData(text, w);
    w.denied.check(!text.includes(w.ownerSlip.slipId), "the owner's slip is not listed");
    w.allowed.check(text.includes(STRANGER_MERCHANT), "the stranger's own slip is listed");
  },

  "POST app/api/slips/route.ts": async (w) => {
    const { POST } = await route.slips();
    w.actAs(w.stranger);
    const [body, headers] = json(slipFields({ savedDiagnosisId: w.ownerDiagnosisId }));
    const refused = await POST!(request("POST", "/api/slips", body, headers), params({}));
    expect(refused.status).toBe(400);
    const error = (await refused.json()) as { error: { fieldErrors: Record<string, string[]> } };
    w.denied.check(Boolean(error.error.fieldErrors.savedDiagnosisId), "another user's diagnosis cannot be attached");
    w.denied.check((await db.slip.count({ where: { userId: w.stranger.id } })) === 1, "nothing was created");
    const [ok, okHeaders] = json(slipFields());
    await w.allowed.response(await POST!(request("POST", "/api/slips", ok, okHeaders), params({})), 201);
    await w.ownerDataIntact();
  },

  "GET app/api/slips/[id]/route.ts": async (w) => {
    const { GET } = await route.slip();
    w.actAs(w.stranger);
    await w.denied.response(await GET!(request("GET", `/api/slips/${w.ownerSlip.slipId}`), params({ id: w.ownerSlip.slipId })));
    w.actAs(w.owner);
    await w.allowed.response(await GET!(request("GET", `/api/slips/${w.ownerSlip.slipId}`), params({ id: w.ownerSlip.slipId })), 200);
  },

  "PATCH app/api/slips/[id]/route.ts": async (w) => {
    const { PATCH } = await route.slip();
    const patch = (city: string) => {
      const [body, headers] = json({ city });
      return PATCH!(request("PATCH", `/api/slips/${w.ownerSlip.slipId}`, body, headers), params({ id: w.ownerSlip.slipId }));
    };
    w.actAs(w.stranger);
    await w.denied.response(await patch("Hacked"));
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.response(await patch("Osaka"), 200);
  },

  "DELETE app/api/slips/[id]/route.ts": async (w) => {
    const { DELETE } = await route.slip();
    const remove = () => DELETE!(request("DELETE", `/api/slips/${w.ownerSlip.slipId}`), params({ id: w.ownerSlip.slipId }));
    w.actAs(w.stranger);
    await w.denied.response(await remove());
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.response(await remove(), 204);
  },

  "POST app/api/slips/[id]/photos/route.ts": async (w) => {
    const { POST } = await route.photos();
    const add = async () => POST!(request("POST", `/api/slips/${w.ownerSlip.slipId}/photos`, await photoForm()), params({ id: w.ownerSlip.slipId }));
    w.actAs(w.stranger);
    await w.denied.response(await add());
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.response(await add(), 201);
  },

  "GET app/api/slips/[id]/photos/[photoId]/route.ts": async (w) => {
    const { GET } = await route.photo();
    const get = (slipId: string, photoId: string) => GET!(request("GET", `/api/slips/${slipId}/photos/${photoId}?size=thumb`), params({ id: slipId, photoId }));
    w.actAs(w.stranger);
    await w.denied.response(await get(w.ownerSlip.slipId, w.ownerSlip.photoId));
    // The stranger's own slip id does not unlock the owner's photo either.
    await w.denied.response(await get(w.strangerSlip.slipId, w.ownerSlip.photoId));
    w.actAs(w.owner);
    const response = await get(w.ownerSlip.slipId, w.ownerSlip.photoId);
    await w.allowed.response(response, 200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
  },

  "DELETE app/api/slips/[id]/photos/[photoId]/route.ts": async (w) => {
    const { DELETE } = await route.photo();
    const remove = (slipId: string) => DELETE!(request("DELETE", `/api/slips/${slipId}/photos/${w.ownerSlip.photoId}`), params({ id: slipId, photoId: w.ownerSlip.photoId }));
    w.actAs(w.stranger);
    await w.denied.response(await remove(w.ownerSlip.slipId));
    await w.denied.response(await remove(w.strangerSlip.slipId));
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.response(await remove(w.ownerSlip.slipId), 204);
  },

  "GET app/api/photo-drafts/[id]/route.ts": async (w) => {
    const { GET } = await handlers(import("@/app/api/photo-drafts/[id]/route"));
    const { keepAsDrafts } = await import("@/server/photos/photo-drafts");
    const [draft] = await keepAsDrafts(w.owner.id, [await jpegUpload()], 0);
    const get = () => GET!(request("GET", `/api/photo-drafts/${draft!.id}?size=thumb`), params({ id: draft!.id }));
    w.actAs(w.stranger);
    await w.denied.response(await get());
    w.actAs(w.owner);
    const response = await get();
    await w.allowed.response(response, 200);
    expect(response.headers.get("content-type")).toBe("image/jpeg");
  },

  "GET app/api/account/export/route.ts": async (w) => {
    const { GET } = await route.exportZip();
    const download = async () => readExport(new Uint8Array(await (await GET!(request("GET", "/api/account/export"), params({}))).arrayBuffer()));
    w.actAs(w.stranger);
    const mine = await download();
    assertNoOwnerData(mine.text, w);
    w.denied.check(!mine.names.some((name) => name.includes(w.ownerSlip.slipId)), "no photo of the owner's slip");
    w.allowed.check(mine.text.includes(STRANGER_MERCHANT), "the stranger's own slip is exported");
    w.actAs(w.owner);
    w.allowed.check((await download()).text.includes(OWNER_MERCHANT), "the owner's export has the owner's slip");
  },

  "GET app/api/payments/route.ts": async (w) => {
    const { GET } = await handlers(import("@/app/api/payments/route"));
    await seedOwnerMatch(w);
    w.actAs(w.stranger);
    const text = await (await GET!(request("GET", "/api/payments"), params({}))).text();
    assertNoOwnerData(text, w);
    w.denied.check(!text.includes(w.ownerSlip.slipId), "the owner's slip is not listed");
    w.allowed.check(text.includes(STRANGER_MERCHANT), "the stranger's own slip is listed");
    w.actAs(w.owner);
    const own = (await (await GET!(request("GET", "/api/payments"), params({}))).json()) as { notifications: unknown[] };
    w.allowed.check(own.notifications.length === 1, "the owner sees their own notification");
  },

  "POST app/api/matches/[id]/confirm/route.ts": matchDecisionProbe("confirm", "confirmed"),
  "POST app/api/matches/[id]/reject/route.ts": matchDecisionProbe("reject", "rejected"),
  "POST app/api/matches/[id]/reopen/route.ts": async (w) => {
    const { POST } = await handlers(import("@/app/api/matches/[id]/reopen/route"));
    const { matchId } = await seedOwnerMatch(w);
    await db.slipMatch.update({ where: { id: matchId }, data: { decision: "rejected" } });
    const reopen = () => POST!(request("POST", `/api/matches/${matchId}/reopen`), params({ id: matchId }));
    w.actAs(w.stranger);
    await w.denied.response(await reopen());
    w.denied.check((await db.slipMatch.findUniqueOrThrow({ where: { id: matchId } })).decision === "rejected", "the owner's decision is unchanged");
    w.actAs(w.owner);
    await w.allowed.response(await reopen(), 200);
    w.allowed.check((await db.slipMatch.findMany({ where: { id: matchId, decision: "rejected" } })).length === 0, "the owner's match is no longer rejected");
  },

  "action server/tracking/tracking-actions.ts#decideMatchAction": async (w) => {
    const { decideMatchAction } = await import("@/server/tracking/tracking-actions");
    const { matchId } = await seedOwnerMatch(w);
    const form = slipForm({ locale: "en", matchId, decision: "rejected" });
    w.actAs(w.stranger);
    w.denied.notFoundState(await decideMatchAction(null, form));
    w.denied.check((await db.slipMatch.findUniqueOrThrow({ where: { id: matchId } })).decision === "proposed", "the owner's match is unchanged");
    w.actAs(w.owner);
    await w.allowed.redirect(() => decideMatchAction(null, form), new RegExp(`^/en/slips/${w.ownerSlip.slipId}\\?decided=rejected#tracking$`));
  },

  "action server/tracking/tracking-actions.ts#markNotificationReadAction": async (w) => {
    const { markNotificationReadAction } = await import("@/server/tracking/tracking-actions");
    const { notificationId } = await seedOwnerMatch(w);
    const form = slipForm({ locale: "en", notificationId });
    const isRead = async () => (await db.notification.findUniqueOrThrow({ where: { id: notificationId } })).readAt !== null;
    w.actAs(w.stranger);
    w.denied.notFoundState(await markNotificationReadAction(null, form));
    // "Mark all read" as the stranger reaches only the stranger's own notifications.
    await markNotificationReadAction(null, slipForm({ locale: "en" })).catch(() => undefined);
    w.denied.check(!(await isRead()), "the owner's notification is still unread");
    w.actAs(w.owner);
    await w.allowed.redirect(() => markNotificationReadAction(null, form), /^\/en\/payments#notifications$/);
    w.allowed.check(await isRead(), "the owner's notification is read");
  },

  "page app/[locale]/slips/[id]/page.tsx": pageProbe(() => import("@/app/[locale]/slips/[id]/page")),
  "page app/[locale]/slips/[id]/edit/page.tsx": pageProbe(() => import("@/app/[locale]/slips/[id]/edit/page")),
  "page app/[locale]/slips/[id]/delete/page.tsx": pageProbe(() => import("@/app/[locale]/slips/[id]/delete/page")),
  "page app/[locale]/slips/[id]/dispute/page.tsx": pageProbe(() => import("@/app/[locale]/slips/[id]/dispute/page")),
  "GET app/api/slips/[id]/dispute-pack/route.ts": disputeDownloadProbe("dispute-pack", "application/pdf"),
  "GET app/api/slips/[id]/reminders.ics/route.ts": disputeDownloadProbe("reminders.ics", "text/calendar"),
  "GET app/api/slips/[id]/dispute/route.ts": async (w) => {
    const { GET } = await handlers(import("@/app/api/slips/[id]/dispute/route"));
    await seedOwnerDuplicate(w);
    const get = (id: string) => GET!(request("GET", `/api/slips/${id}/dispute`), params({ id }));
    w.actAs(w.stranger);
    await w.denied.response(await get(w.ownerSlip.slipId));
    await w.denied.response(await get("no-such-slip"));
    w.actAs(w.owner);
    const response = await get(w.ownerSlip.slipId);
    await w.allowed.response(response.clone(), 200);
    w.allowed.check(((await response.json()) as { ground: { id: string } | null }).ground?.id === "duplicateProcessing", "the owner reads the dispute's ground");
  },
  "POST app/api/slips/[id]/dispute/route.ts": async (w) => {
    const { POST } = await handlers(import("@/app/api/slips/[id]/dispute/route"));
    await seedOwnerDuplicate(w);
    const post = (id: string) => POST!(request("POST", `/api/slips/${id}/dispute`, ...json({ action: "sent", on: "2025-03-20" })), params({ id }));
    w.actAs(w.stranger);
    await w.denied.response(await post(w.ownerSlip.slipId));
    w.denied.check((await db.disputeStep.count({ where: { slipId: w.ownerSlip.slipId } })) === 0, "no step on the owner's slip");
    w.actAs(w.owner);
    await w.allowed.response(await post(w.ownerSlip.slipId), 200);
    w.allowed.check((await db.disputeStep.count({ where: { slipId: w.ownerSlip.slipId } })) === 1, "the owner's step is recorded");
  },
  "action server/disputes/dispute-actions.ts#disputeStepAction": async (w) => {
    const { disputeStepAction } = await import("@/server/disputes/dispute-actions");
    await seedOwnerDuplicate(w);
    const form = slipForm({ locale: "en", slipId: w.ownerSlip.slipId, intent: "sent", on: "2025-03-20" });
    w.actAs(w.stranger);
    w.denied.notFoundState(await disputeStepAction(null, form));
    w.denied.check((await db.disputeStep.count({ where: { slipId: w.ownerSlip.slipId } })) === 0, "no step on the owner's slip");
    w.actAs(w.owner);
    await w.allowed.redirect(() => disputeStepAction(null, form), new RegExp(`^/en/slips/${w.ownerSlip.slipId}\\?dispute=sent#dispute$`));
  },
  "action server/disputes/dispute-actions.ts#letterEditAction": async (w) => {
    const { letterEditAction } = await import("@/server/disputes/dispute-actions");
    await seedOwnerDuplicate(w);
    const form = slipForm({ locale: "en", slipId: w.ownerSlip.slipId, intent: "save", audience: "issuer", lang: "en", text: "My own words." });
    w.actAs(w.stranger);
    w.denied.notFoundState(await letterEditAction(null, form));
    w.denied.check((await db.disputeLetterEdit.count({ where: { slipId: w.ownerSlip.slipId } })) === 0, "no wording saved on the owner's slip");
    w.actAs(w.owner);
    await w.allowed.redirect(() => letterEditAction(null, form), new RegExp(`^/en/slips/${w.ownerSlip.slipId}/dispute\\?letter=saved#letter-issuer-en$`));
  },

  "action server/slips/slip-actions.ts#createSlipAction": async (w) => {
    const { createSlipAction } = await import("@/server/slips/slip-actions");
    w.actAs(w.stranger);
    const state = await createSlipAction(null, slipForm({ ...slipFields(), locale: "en", savedDiagnosisId: w.ownerDiagnosisId }));
    w.denied.check(state?.ok === false && Boolean(state.fieldErrors?.savedDiagnosisId), "another user's diagnosis cannot be attached");
    w.denied.check((await db.slip.count({ where: { userId: w.stranger.id } })) === 1, "nothing was created");
    await w.allowed.redirect(() => createSlipAction(null, slipForm({ ...slipFields(), locale: "en" })), /^\/en\/slips\/[^/]+\?saved=1$/);
  },

  "action server/slips/slip-actions.ts#updateSlipAction": async (w) => {
    const { updateSlipAction } = await import("@/server/slips/slip-actions");
    w.actAs(w.stranger);
    w.denied.notFoundState(await updateSlipAction(null, slipForm({ ...slipFields({ merchantName: "HACKED" }), locale: "en", slipId: w.ownerSlip.slipId })));
    // Naming the owner's photo while editing one's own slip removes nothing of the owner's.
    const own = slipForm({ ...slipFields(), locale: "en", slipId: w.strangerSlip.slipId });
    own.append("removePhoto", w.ownerSlip.photoId);
    await w.allowed.redirect(() => updateSlipAction(null, own), new RegExp(`^/en/slips/${w.strangerSlip.slipId}\\?saved=1$`));
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.redirect(() => updateSlipAction(null, slipForm({ ...slipFields({ merchantName: OWNER_MERCHANT }), locale: "en", slipId: w.ownerSlip.slipId })), /saved=1/);
  },

  "action server/slips/slip-actions.ts#deleteSlipAction": async (w) => {
    const { deleteSlipAction } = await import("@/server/slips/slip-actions");
    const form = slipForm({ locale: "en", slipId: w.ownerSlip.slipId });
    w.actAs(w.stranger);
    w.denied.notFoundState(await deleteSlipAction(null, form));
    await w.ownerDataIntact();
    w.actAs(w.owner);
    await w.allowed.redirect(() => deleteSlipAction(null, form), /^\/en\/slips\?deleted=1$/);
  },

  "action server/account/account-actions.ts#deleteAccountAction": async (w) => {
    const { deleteAccountAction } = await import("@/server/account/account-actions");
    w.actAs(w.stranger);
    const state = await deleteAccountAction(null, slipForm({ locale: "en", confirmEmail: w.owner.email }));
    w.denied.check(state?.ok === false && Boolean(state.fieldErrors?.confirmEmail), "typing another account's email deletes nothing");
    await w.ownerDataIntact();
    await w.allowed.redirect(() => deleteAccountAction(null, slipForm({ locale: "en", confirmEmail: w.stranger.email })), /^\/en\/account\/deleted$/);
    w.denied.check((await db.user.count({ where: { id: w.stranger.id } })) === 0, "only the caller's own account went");
    await w.ownerDataIntact();
  },
};

/** Entry points that read or change no other user's data, each with the reason. */
export const NOT_USER_SCOPED: Record<string, string> = {
  "GET app/api/health/route.ts": "Reports database reachability and migration count only.",
  "page app/[locale]/[...rest]/page.tsx": "Any unknown path: always the translated 404; reads no data.",
  "GET app/api/openapi.json/route.ts": "The static API description; no user data.",
  "GET app/api/auth/[...nextauth]/route.ts": "Auth.js: CSRF token, providers and the caller's own session only.",
  "POST app/api/auth/[...nextauth]/route.ts": "Auth.js: signs the caller in or out with the caller's own credentials.",
  "action server/auth/auth-actions.ts#signUpAction": "Creates a new account from the posted email; reads no existing account's data.",
  "action server/auth/auth-actions.ts#signInAction": "Checks the posted credentials; takes no id.",
  "action server/auth/auth-actions.ts#signOutAction": "Acts on the signed-in user only (requireUser); takes no id.",
  "action server/auth/auth-actions.ts#changePasswordAction": "Changes the signed-in user's own password (requireUser); takes no id.",
  "action server/auth/password-reset-actions.ts#requestPasswordResetAction": "Mails a reset link to the posted address only; answers the same for every address and shows no account data (tests/security/password-reset.test.ts).",
  "action server/auth/password-reset-actions.ts#resetPasswordAction": "Acts only on the account whose emailed 256-bit token is posted (its HMAC looked up, once, within the hour); reads nothing back (tests/security/password-reset.test.ts).",
  "action server/auth/auth-actions.ts#confirmSignUpAction": "Creates the account that the emailed 256-bit token names (its HMAC looked up, once, within a day); takes no user id and reads nothing back (tests/security/sign-up-enumeration.test.ts).",
  "page app/[locale]/sign-up/confirm/[token]/page.tsx": "Shows 'create my account' or 'this link does not work' for the token in the address; shows no account data.",
  "page app/[locale]/reset-password/[token]/page.tsx": "Shows the new-password form or 'this link does not work' for the token in the address; shows no account data.",
  "action server/auth/auth-providers.ts#oauthSignInAction": "Starts an OAuth sign-in for the caller; takes no id.",
  "action server/auth/auth-providers.ts#magicLinkAction": "Mails a sign-in link to the posted address; reads no account data.",
  "GET app/api/locale/route.ts": "Redirects to the same page in another language; reads no user data.",
  "POST app/api/slips/read-photo/route.ts": "Reads the posted photo for the signed-in user (requireUser); takes no id, stores nothing and reads no stored data but the caller's own rate-limit count.",
  "POST app/api/diagnosis/route.ts": "Runs the diagnosis on the posted answers; no account, no stored data.",
  "GET app/[locale]/manifest.webmanifest/route.ts": "The web app manifest, prerendered per language at build time; no user data.",
  "GET app/serwist/[path]/route.ts": "The service worker script, prerendered at build time; no user data.",
  "action server/diagnosis/diagnosis-actions.ts#readScreenTextAction": "Redirects the posted screen text and story (card numbers cut) to the guide's own address; no account, no stored data.",
  "action server/diagnosis/diagnosis-actions.ts#saveDiagnosisAction": "Saves a diagnosis for the signed-in user only (requireUserForPage); takes no id.",
};
