/**
 * Share links on a throwaway database (server/sharing): a link opens its slip until it expires
 * or is revoked, the token is never stored (only its keyed hash), one slip holds at most five
 * open links, and deleting the slip or the account takes its links with it.
 */
import "../helpers/test-environment";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { deleteSlip } from "@/server/slips/slip-writes";
import { deleteAccount } from "@/server/account/delete-account";
import { createShareLink, listShareLinksForUser, resolveShareToken, revokeShareLink } from "@/server/sharing/share-links";
import { hashShareToken } from "@/server/sharing/share-token";
import { createTestUser, seedSlipWithPhoto } from "../helpers/slip-fixtures";

const DAY = 24 * 60 * 60 * 1000;

async function ownerWithSlip() {
  const user = await createTestUser("share");
  const slip = await seedSlipWithPhoto(user.id);
  return { user, slip };
}

describe("share links", () => {
  it("opens its own slip until it expires, then nothing", async () => {
    const { user, slip } = await ownerWithSlip();
    const now = new Date("2026-12-01T10:00:00Z");
    const link = await createShareLink(user.id, slip.slipId, 7, now);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.toISOString()).toBe("2026-12-08T10:00:00.000Z");
    expect(await resolveShareToken(link.token, new Date(now.getTime() + 7 * DAY - 1))).toMatchObject({ userId: user.id, slipId: slip.slipId });
    expect(await resolveShareToken(link.token, new Date(now.getTime() + 7 * DAY))).toBeNull();
  });

  it("stores only a keyed hash of the token, never the token itself", async () => {
    const { user, slip } = await ownerWithSlip();
    const link = await createShareLink(user.id, slip.slipId, 1);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).toBe(hashShareToken(link.token));
    expect(JSON.stringify(row)).not.toContain(link.token);
    // Two links to the same slip have different tokens.
    const other = await createShareLink(user.id, slip.slipId, 1);
    expect(other.token).not.toBe(link.token);
  });

  it("answers null for a mistyped or malformed token", async () => {
    const { user, slip } = await ownerWithSlip();
    const link = await createShareLink(user.id, slip.slipId, 7);
    const last = link.token.at(-1) === "A" ? "B" : "A";
    expect(await resolveShareToken(`${link.token.slice(0, -1)}${last}`)).toBeNull();
    expect(await resolveShareToken(`${link.token}x`)).toBeNull();
    expect(await resolveShareToken("")).toBeNull();
    expect(await resolveShareToken("../../etc/passwd")).toBeNull();
  });

  it("stops at once when revoked; revoking again is fine; another user cannot revoke it", async () => {
    const { user, slip } = await ownerWithSlip();
    const stranger = await createTestUser("stranger");
    const link = await createShareLink(user.id, slip.slipId, 30);
    await expect(revokeShareLink(stranger.id, link.id)).rejects.toMatchObject({ code: "notFound" });
    expect(await resolveShareToken(link.token)).not.toBeNull();
    expect(await revokeShareLink(user.id, link.id)).toEqual({ slipId: slip.slipId });
    expect(await resolveShareToken(link.token)).toBeNull();
    await expect(revokeShareLink(user.id, link.id)).resolves.toEqual({ slipId: slip.slipId });
  });

  it("refuses another user's slip and a sixth open link; a revoked one frees a place", async () => {
    const { user, slip } = await ownerWithSlip();
    const stranger = await createTestUser("stranger");
    await expect(createShareLink(stranger.id, slip.slipId, 7)).rejects.toMatchObject({ code: "notFound" });
    const links = [];
    for (let i = 0; i < 5; i += 1) links.push(await createShareLink(user.id, slip.slipId, 7));
    const sixth = await createShareLink(user.id, slip.slipId, 7).catch((e: unknown) => e);
    expect(sixth).toBeInstanceOf(AppError);
    expect((sixth as AppError).code).toBe("shareLimit");
    await revokeShareLink(user.id, links[0]!.id);
    await expect(createShareLink(user.id, slip.slipId, 7)).resolves.toMatchObject({ token: expect.any(String) });
  });

  it("lists open links and those closed in the last 30 days, with their state and slip", async () => {
    const { user, slip } = await ownerWithSlip();
    const now = new Date();
    const open = await createShareLink(user.id, slip.slipId, 7, now);
    const revoked = await createShareLink(user.id, slip.slipId, 7, new Date(now.getTime() - 1000));
    await revokeShareLink(user.id, revoked.id, now);
    const old = await createShareLink(user.id, slip.slipId, 1, new Date(now.getTime() - 40 * DAY));
    const expired = await createShareLink(user.id, slip.slipId, 1, new Date(now.getTime() - 3 * DAY));
    const items = await listShareLinksForUser(user.id, { now });
    expect(items.map((i) => [i.id, i.state])).toEqual([
      [open.id, "open"],
      [revoked.id, "revoked"],
      [expired.id, "expired"],
    ]);
    expect(items.some((i) => i.id === old.id)).toBe(false);
    expect(items[0]!.merchantName).toBeTruthy();
    const stranger = await createTestUser("stranger");
    expect(await listShareLinksForUser(stranger.id, { now })).toEqual([]);
  });

  it("goes with its slip and with the account", async () => {
    const { user, slip } = await ownerWithSlip();
    const a = await createShareLink(user.id, slip.slipId, 7);
    await deleteSlip(user.id, slip.slipId);
    expect(await resolveShareToken(a.token)).toBeNull();
    expect(await db.shareLink.count({ where: { id: a.id } })).toBe(0);
    const second = await seedSlipWithPhoto(user.id);
    const b = await createShareLink(user.id, second.slipId, 7);
    await deleteAccount(user.id);
    expect(await db.shareLink.count({ where: { id: b.id } })).toBe(0);
  });
});
