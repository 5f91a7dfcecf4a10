/**
 * Crash safety (issue 7): cycles of SIGKILL in the middle of concurrent slip creations. Each
 * creation carries an Idempotency-Key and one photo; a request that got no answer is resent with
 * the same key after the restart, as a client would. At the end: every acknowledged slip is
 * present exactly once, no slip exists twice for one key, no photo is orphaned (every stored
 * photo belongs to a row and every row has its photos) and, on SQLite, PRAGMA integrity_check
 * says ok. Photos are kept in the database (PHOTO_STORE=database), written in the rows'
 * transaction.
 *   npx tsx bench/crash.ts [sqlite|postgres|both] [cycles=20] [writers=8]
 */
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { connect } from "../prisma/factories/client";
import { freshDatabase, migrate, signedInUser, startServer, type DbKind, type Server } from "./harness";

const which = (process.argv[2] ?? "both") as DbKind | "both";
const cycles = Number(process.argv[3] ?? 20);
const writers = Number(process.argv[4] ?? 8);

async function crashRun(kind: DbKind) {
  const database = await freshDatabase(kind);
  migrate(database.url);
  const env = { PHOTO_STORE: "database" };
  let server: Server = await startServer(database.url, 3500, env);
  const { cookie, id: userId } = await signedInUser(database.url, server.base);
  const photo = await sharp({ create: { width: 400, height: 600, channels: 3, background: "#faf7ee" } }).jpeg().toBuffer();

  const acknowledged = new Map<string, string>(); // key → slip id
  const unanswered: string[] = [];
  let sent = 0;
  let resent = 0;
  let replayed = 0; // resends whose first attempt had in fact been stored before the kill
  let killed = false;

  async function send(key: string): Promise<boolean> {
    const body = new FormData();
    for (const [k, v] of Object.entries({ merchantName: `Crash Cafe ${key.slice(0, 6)}`, country: "TH", localDateTime: "2026-11-20T12:30", amount: "150", currency: "THB", cardLast4: "4242", entryMode: "chip" })) body.append(k, v);
    body.append("photos", new File([new Uint8Array(photo)], "slip.jpg", { type: "image/jpeg" }));
    sent++;
    try {
      const res = await fetch(`${server.base}/api/slips`, { method: "POST", headers: { origin: server.base, cookie, "idempotency-key": key }, body });
      if (res.status !== 200 && res.status !== 201) throw new Error(`status ${res.status}: ${await res.text()}`);
      if (res.headers.get("idempotent-replayed") === "true") replayed++;
      const { slip } = (await res.json()) as { slip: { id: string } };
      const earlier = acknowledged.get(key);
      if (earlier && earlier !== slip.id) throw new Error(`key ${key} acknowledged as two slips`);
      acknowledged.set(key, slip.id);
      return true;
    } catch (error) {
      if (!killed) throw error; // a failure while the server is up is a real error
      return false;
    }
  }

  async function writer(): Promise<void> {
    while (!killed) {
      const retry = unanswered.shift();
      const key = retry ?? randomBytes(12).toString("hex");
      if (retry) resent++;
      if (!(await send(key))) unanswered.push(key);
    }
  }

  for (let cycle = 0; cycle < cycles; cycle++) {
    killed = false;
    const running = Array.from({ length: writers }, () => writer());
    await new Promise((r) => setTimeout(r, 400 + Math.random() * 1200));
    killed = true;
    await server.stop("SIGKILL");
    await Promise.all(running);
    server = await startServer(database.url, 3500, env);
  }
  // Resend whatever never got an answer, until everything is acknowledged.
  while (unanswered.length) {
    const key = unanswered.shift()!;
    resent++;
    if (!(await send(key))) unanswered.push(key);
  }
  await server.stop();

  const db = connect(database.url);
  const slips = await db.slip.findMany({ where: { userId }, select: { id: true } });
  const keys = await db.idempotencyKey.findMany({ where: { userId }, select: { key: true, slipId: true } });
  const slipIds = new Set(slips.map((s) => s.id));
  const missing = [...acknowledged].filter(([, id]) => !slipIds.has(id)).length;
  const keyOf = new Map(keys.map((k) => [k.key, k.slipId]));
  const mismatched = [...acknowledged].filter(([key, id]) => keyOf.get(key) !== id).length;
  const unkeyedSlips = slips.filter((s) => !keys.some((k) => k.slipId === s.id)).length;
  const photos = await db.slipPhoto.findMany({ select: { storageKey: true, thumbKey: true } });
  const photoKeys = new Set(photos.flatMap((p) => [p.storageKey, p.thumbKey]));
  const blobs = await db.photoBlob.findMany({ select: { key: true } });
  const orphanBlobs = blobs.filter((b) => !photoKeys.has(b.key)).length;
  const blobKeys = new Set(blobs.map((b) => b.key));
  const photosWithoutBlob = [...photoKeys].filter((k) => !blobKeys.has(k)).length;
  let integrity = "n/a (PostgreSQL)";
  if (kind === "sqlite") {
    const rows = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    integrity = rows.map((r) => r.integrity_check).join(",");
  }
  await db.$disconnect();
  await database.drop();
  const ok = missing === 0 && mismatched === 0 && unkeyedSlips === 0 && orphanBlobs === 0 && photosWithoutBlob === 0 && slips.length === acknowledged.size && (kind !== "sqlite" || integrity === "ok");
  return { kind, cycles, writers, requests: sent, resent, replayed, acknowledged: acknowledged.size, slips: slips.length, missing, duplicates: slips.length - acknowledged.size, orphanBlobs, photosWithoutBlob, integrity, ok };
}

const kinds: DbKind[] = which === "both" ? ["sqlite", "postgres"] : [which];
const results = [];
for (const kind of kinds) results.push(await crashRun(kind));
console.log("\n| database | kill cycles | writers | requests sent | resent after no answer | of which already stored (replayed) | acknowledged | slips stored | missing | duplicates | orphaned photos | photos without bytes | integrity_check | verdict |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
for (const r of results) {
  console.log(`| ${r.kind} | ${r.cycles} | ${r.writers} | ${r.requests} | ${r.resent} | ${r.replayed} | ${r.acknowledged} | ${r.slips} | ${r.missing} | ${r.duplicates} | ${r.orphanBlobs} | ${r.photosWithoutBlob} | ${r.integrity} | ${r.ok ? "ok" : "FAILED"} |`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
