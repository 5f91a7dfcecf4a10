/**
 * The world every access probe runs in: an owner with a slip (one photo, files on disk) and a
 * saved diagnosis, and a stranger with a slip of their own. A probe calls a route handler,
 * page or server action as the stranger and must see "not found" (or nothing of the owner's),
 * and as the owner (a positive control, so a probe that 404s for everyone cannot pass). The
 * `denied` and `allowed` helpers count their checks; the runner refuses a probe that made
 * none of either.
 */
import { expect } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import { db } from "@/server/db";
import { getPhotoStorage } from "@/server/photos/storage";
import { signedIn, isNotFound, redirectTarget, type TestUser } from "../helpers/next-stand-ins";
import { createTestUser, seedSavedDiagnosis, seedSlipWithPhoto } from "../helpers/slip-fixtures";

export const OWNER_MERCHANT = "OWNER SECRET MERCHANT";
export const STRANGER_MERCHANT = "STRANGER CAFE";

export type SeededSlip = Awaited<ReturnType<typeof seedSlipWithPhoto>>;

export type AccessWorld = {
  owner: TestUser;
  stranger: TestUser;
  ownerSlip: SeededSlip;
  strangerSlip: SeededSlip;
  ownerDiagnosisId: string;
  actAs(user: TestUser | null): void;
  denied: {
    response(response: Response): Promise<void>;
    page(render: () => Promise<unknown>): Promise<void>;
    notFoundState(state: { ok: boolean; message?: string } | null): void;
    check(passed: boolean, what: string): void;
  };
  allowed: {
    response(response: Response, status: number): Promise<void>;
    page(render: () => Promise<unknown>): Promise<void>;
    redirect(act: () => Promise<unknown>, to: RegExp): Promise<void>;
    check(passed: boolean, what: string): void;
  };
  ownerDataIntact(): Promise<void>;
  counts: { denied: number; allowed: number };
};

/** Any text of a response that must not mention the owner's data. */
function assertNoOwnerData(text: string, world: Pick<AccessWorld, "ownerSlip">) {
  expect(text).not.toContain(OWNER_MERCHANT);
  expect(text).not.toContain(world.ownerSlip.photoId);
}

export async function buildAccessWorld(): Promise<AccessWorld> {
  const owner = await createTestUser("owner");
  const stranger = await createTestUser("stranger");
  const ownerSlip = await seedSlipWithPhoto(owner.id, { merchantName: OWNER_MERCHANT });
  const strangerSlip = await seedSlipWithPhoto(stranger.id, { merchantName: STRANGER_MERCHANT });
  const ownerDiagnosisId = (await seedSavedDiagnosis(owner.id)).id;
  const counts = { denied: 0, allowed: 0 };
  const world: AccessWorld = {
    owner,
    stranger,
    ownerSlip,
    strangerSlip,
    ownerDiagnosisId,
    counts,
    actAs(user) {
      signedIn.user = user;
    },
    denied: {
      async response(response) {
        const text = await response.text();
        expect(response.status, text).toBe(404);
        expect(JSON.parse(text)).toMatchObject({ error: { code: "notFound" } });
        assertNoOwnerData(text, world);
        counts.denied += 1;
      },
      async page(render) {
        const error = await render().then(() => null, (e: unknown) => e);
        expect(isNotFound(error), `expected notFound(), got ${String(error)}`).toBe(true);
        counts.denied += 1;
      },
      notFoundState(state) {
        expect(state).toMatchObject({ ok: false, message: "We could not find that." });
        assertNoOwnerData(JSON.stringify(state), world);
        counts.denied += 1;
      },
      check(passed, what) {
        expect(passed, what).toBe(true);
        counts.denied += 1;
      },
    },
    allowed: {
      async response(response, status) {
        expect(response.status, await response.clone().text().catch(() => "")).toBe(status);
        counts.allowed += 1;
      },
      async page(render) {
        await expect(render()).resolves.toBeTruthy();
        counts.allowed += 1;
      },
      async redirect(act, to) {
        const error = await act().then((value) => value, (e: unknown) => e);
        expect(redirectTarget(error), `expected a redirect, got ${JSON.stringify(error)}`).toMatch(to);
        counts.allowed += 1;
      },
      check(passed, what) {
        expect(passed, what).toBe(true);
        counts.allowed += 1;
      },
    },
    async ownerDataIntact() {
      const slip = await db.slip.findFirst({ where: { id: ownerSlip.slipId, userId: owner.id }, select: { merchantName: true, city: true, _count: { select: { photos: true } } } });
      expect(slip).toEqual({ merchantName: OWNER_MERCHANT, city: "Tokyo", _count: { photos: 1 } });
      expect(await getPhotoStorage().get(ownerSlip.storageKey)).not.toBeNull();
      expect(await getPhotoStorage().get(ownerSlip.thumbKey)).not.toBeNull();
      expect(await db.user.count({ where: { id: owner.id } })).toBe(1);
    },
  };
  return world;
}

/** The text files of an export zip, joined, and the names of its entries. */
export function readExport(zip: Uint8Array): { text: string; names: string[] } {
  const files = unzipSync(zip);
  const names = Object.keys(files);
  const text = names.filter((n) => !n.endsWith(".jpg")).map((n) => strFromU8(files[n] ?? new Uint8Array())).join("\n");
  return { text, names };
}

export { assertNoOwnerData };
