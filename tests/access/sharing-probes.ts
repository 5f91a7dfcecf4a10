/**
 * Access probes for share links (docs/sharing.md), spread into ACCESS_PROBES. Making and
 * revoking a link act on the signed-in user's own slip or link only; the shared page and its
 * photos take no sign-in, so their probes show that a token opens exactly its own slip —
 * never another slip's photo, and nothing once revoked or expired.
 */
import { db } from "@/server/db";
import type { AccessWorld } from "./access-world";
import { assertNoOwnerData } from "./access-world";

type Probe = (world: AccessWorld) => Promise<void>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Page = (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => Promise<unknown>;

const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function ownerLink(w: AccessWorld, slipId = w.ownerSlip.slipId, userId = w.owner.id) {
  const { createShareLink } = await import("@/server/sharing/share-links");
  return createShareLink(userId, slipId, 7);
}

export const SHARING_ACCESS_PROBES: Record<string, Probe> = {
  "action server/sharing/share-actions.ts#createShareLinkAction": async (w) => {
    const { createShareLinkAction } = await import("@/server/sharing/share-actions");
    const make = (slipId: string) => createShareLinkAction(null, form({ locale: "en", slipId, days: "7" }));
    w.actAs(w.stranger);
    w.denied.notFoundState(await make(w.ownerSlip.slipId));
    w.denied.check((await db.shareLink.count({ where: { slipId: w.ownerSlip.slipId } })) === 0, "no link to the owner's slip was made");
    w.actAs(w.owner);
    const state = await make(w.ownerSlip.slipId);
    w.allowed.check(state?.ok === true && /\/shared\/[A-Za-z0-9_-]{43}$/.test(state.url ?? ""), "the owner gets a link to their slip");
  },

  "action server/sharing/share-actions.ts#revokeShareLinkAction": async (w) => {
    const { revokeShareLinkAction } = await import("@/server/sharing/share-actions");
    const link = await ownerLink(w);
    const revoke = () => revokeShareLinkAction(null, form({ locale: "en", linkId: link.id, from: "account" }));
    w.actAs(w.stranger);
    w.denied.notFoundState(await revoke());
    w.denied.check((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt === null, "the owner's link still opens");
    w.actAs(w.owner);
    await w.allowed.redirect(revoke, /^\/en\/account\?revoked=1#shared-links$/);
    w.allowed.check((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt !== null, "the owner's link is revoked");
  },

  "page app/[locale]/shared/[token]/page.tsx": async (w) => {
    const { default: page } = (await import("@/app/[locale]/shared/[token]/page")) as unknown as { default: Page };
    const render = (token: string) => () => page({ params: Promise.resolve({ locale: "en", token }), searchParams: Promise.resolve({}) });
    const link = await ownerLink(w);
    const revoked = await ownerLink(w);
    await db.shareLink.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
    const expired = await ownerLink(w);
    await db.shareLink.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    w.actAs(null);
    await w.denied.page(render(revoked.token));
    await w.denied.page(render(expired.token));
    await w.denied.page(render(`${link.token.slice(0, 42)}${link.token.endsWith("A") ? "B" : "A"}`));
    await w.denied.page(render(w.ownerSlip.slipId));
    await w.allowed.page(render(link.token));
  },

  "GET app/api/shared/[token]/photos/[photoId]/route.ts": async (w) => {
    const { GET } = (await import("@/app/api/shared/[token]/photos/[photoId]/route")) as unknown as Record<string, Handler>;
    const get = (token: string, photoId: string) => GET!(new Request(`http://localhost/api/shared/${token}/photos/${photoId}?size=thumb`), params({ token, photoId }));
    // The stranger shares their own slip: that token must not open the owner's photo.
    const strangers = await ownerLink(w, w.strangerSlip.slipId, w.stranger.id);
    const owners = await ownerLink(w);
    w.actAs(null);
    await w.denied.response(await get(strangers.token, w.ownerSlip.photoId));
    await db.shareLink.update({ where: { id: owners.id }, data: { revokedAt: new Date() } });
    await w.denied.response(await get(owners.token, w.ownerSlip.photoId));
    const open = await ownerLink(w);
    const response = await get(open.token, w.ownerSlip.photoId);
    await w.allowed.response(response, 200);
    w.allowed.check(response.headers.get("content-type") === "image/jpeg" && response.headers.get("cache-control") === "private, no-store", "an open link serves its slip's photo, uncached");
    assertNoOwnerData(await (await get(strangers.token, w.ownerSlip.photoId)).text(), w);
  },
};
