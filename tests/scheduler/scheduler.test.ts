/**
 * The scheduler with a fake clock and two instances on one database (docs/decisions/
 * 0003-scheduler.md). Each "instance" is its own module graph — its own Prisma client and
 * connection pool, its own scheduler with its own holder id — sharing only the database, as two
 * server processes would. A slip charged twice has its dispute reminders a week before the
 * deadline and on it; once the traveller says they sent the dispute, its follow-up date. With
 * both instances ticking at once, each reminder becomes exactly one notification, on its day and
 * not before; one leader runs the jobs; when it stops, the other takes over after the lease.
 * On SQLite always; on PostgreSQL as well when TEST_POSTGRES_URL names a server (the PostgreSQL
 * run of scripts/test.mjs sets it).
 */
import { testDatabaseUrl } from "../helpers/test-environment";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { freshPostgresDatabase, postgresServerUrl, switchDatabase } from "../helpers/postgres-database";
import { addDoubleCharge } from "../helpers/double-charge";
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (day: string, time: string) => new Date(`${day}T${time}Z`);
const addDays = (day: string, n: number) => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY);

type Clock = { now: Date };
type Instance = Awaited<ReturnType<typeof startInstance>>;

/** A fresh module graph on `url`: what one server process would hold. */
async function startInstance(url: string, holder: string, clock: Clock) {
  switchDatabase(url);
  const { createScheduler } = await import("@/server/scheduler/scheduler");
  const { listJobs } = await import("@/server/scheduler/jobs");
  const { db } = await import("@/server/db");
  const { createSlip } = await import("@/server/slips/slip-writes");
  const { applyDisputeRequest } = await import("@/server/disputes/dispute-steps");
  const { getDisputeContextForUser } = await import("@/server/disputes/dispute-queries");
  const scheduler = createScheduler({ jobs: listJobs(), clock: () => clock.now, holder, leaseMs: 90_000 });
  return { scheduler, db, createSlip, applyDisputeRequest, getDisputeContextForUser };
}

/** A slip of 10 days ago charged twice (postings 8 and 7 days ago), through the real write path. */
async function seedDoubleCharge(a: Instance) {
  const user = await a.db.user.create({ data: { email: `sched-${randomBytes(4).toString("hex")}@example.test` }, select: { id: true } });
  const realToday = isoDay(Date.now());
  const { id: slipId } = await a.createSlip(user.id, {
    raw: {
      merchantName: "LAWSON SHIBUYA", city: "Tokyo", country: "JP", localDateTime: `${addDays(realToday, -10)}T18:05`, timeZone: "Asia/Tokyo", amount: "1280", currency: "JPY",
      cardLast4: "4242", entryMode: "chip", aid: "A0000000031010", approvalCode: "Y3",
    },
    uploads: [], locale: "en",
  });
  await addDoubleCharge(a.db, user.id);
  const { recomputeTracking, todayIso } = await import("@/server/tracking/recompute");
  await recomputeTracking(user.id, todayIso());
  return { userId: user.id, slipId, realToday };
}

const reminderNotes = (db: Instance["db"], slipId: string) =>
  db.notification.findMany({ where: { slipId, kind: { startsWith: "reminder." } }, select: { kind: true, dueOn: true }, orderBy: { createdAt: "asc" } });

/**
 * `race`: tick both instances at the same moment (PostgreSQL). better-sqlite3 is synchronous — a
 * writer waiting for SQLite's lock blocks its whole process — so on SQLite, where SlipTrack runs
 * as one instance, the two take turns instead.
 */
async function scenario(url: string, race: boolean) {
  const clock: Clock = { now: new Date() };
  const a = await startInstance(url, "instance-a", clock);
  const b = await startInstance(url, "instance-b", clock);
  const { userId, slipId, realToday } = await seedDoubleCharge(a);
  const both = async () => (race ? Promise.all([a.scheduler.tick(), b.scheduler.tick()]) : [await a.scheduler.tick(), await b.scheduler.tick()]);
  const twice = async <T,>(run: () => Promise<T>) => (race ? Promise.all([run(), run()]) : [await run(), await run()]);

  const context = await a.getDisputeContextForUser(userId, slipId, realToday);
  const deadline = context?.findings[0]?.deadline.deadline;
  expect(context?.findings[0]?.ground).toBe("duplicateProcessing");
  expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const soon = addDays(deadline!, -7);

  // Today: one leader runs every job once; nothing is due yet.
  clock.now = at(realToday, "09:00:00");
  const first = await both();
  expect(first.filter((r) => r.leader)).toHaveLength(1);
  expect(first.find((r) => r.leader)?.ran).toEqual(["trackingSweep", "storedSweep", "reminders"]);
  expect(await reminderNotes(a.db, slipId)).toEqual([]);

  // The day before "a week left": still nothing — not early.
  clock.now = at(addDays(soon, -1), "00:00:30");
  await both();
  expect(await reminderNotes(a.db, slipId)).toEqual([]);

  // On the day: exactly one notification, whichever instance leads, however often they tick.
  clock.now = at(soon, "00:00:30");
  await both();
  clock.now = at(soon, "00:01:00");
  await both();
  expect(await reminderNotes(b.db, slipId)).toEqual([{ kind: "reminder.disputeSoon", dueOn: soon }]);
  // Even if the job ran again on both at once (its day forgotten), the claim keeps it to one.
  await a.db.schedulerJob.deleteMany({ where: { name: "reminders" } });
  const { deliverDueReminders } = await import("@/server/disputes/deliver-reminders");
  await twice(() => deliverDueReminders(at(soon, "08:00:00")));
  expect(await reminderNotes(a.db, slipId)).toHaveLength(1);

  // The leader stops ticking: the other takes over only once its lease has expired.
  const leader = first.findIndex((r) => r.leader) === 0 ? a : b;
  const other = leader === a ? b : a;
  clock.now = at(addDays(deadline!, -1), "00:00:30");
  expect((await leader.scheduler.tick()).leader).toBe(true);
  clock.now = at(addDays(deadline!, -1), "00:01:00");
  expect((await other.scheduler.tick()).leader).toBe(false);
  clock.now = at(deadline!, "00:00:10");
  const takeover = await other.scheduler.tick();
  expect(takeover.leader).toBe(true);
  expect(takeover.ran).toContain("reminders");
  expect((await leader.scheduler.tick()).leader).toBe(false);
  expect(await reminderNotes(a.db, slipId)).toEqual([{ kind: "reminder.disputeSoon", dueOn: soon }, { kind: "reminder.disputeDeadline", dueOn: deadline }]);

  // Sent the dispute: its follow-up comes 30 days later, once; no deadline reminders after it.
  await other.applyDisputeRequest(userId, slipId, { action: "sent", on: deadline! }, deadline!);
  const followUp = addDays(deadline!, 30);
  clock.now = at(addDays(followUp, -1), "00:00:10");
  await twice(() => other.scheduler.tick());
  clock.now = at(followUp, "00:00:10");
  await (race ? Promise.all([other.scheduler.tick(), leader.scheduler.tick()]) : other.scheduler.tick().then(() => leader.scheduler.tick()));
  const notes = await reminderNotes(a.db, slipId);
  expect(notes.map((n) => n.kind)).toEqual(["reminder.disputeSoon", "reminder.disputeDeadline", "reminder.disputeFollowUp"]);
  expect(notes.at(-1)?.dueOn).toBe(followUp);
  expect(await a.db.reminderSent.count({ where: { slipId } })).toBe(3);

  await a.db.$disconnect();
  await b.db.$disconnect();
}

describe("the scheduler on two instances with a fake clock", () => {
  it("on SQLite: one leader, each reminder once and on its day, failover after the lease", async () => {
    await scenario(testDatabaseUrl, false);
  });

  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });
  it.runIf(Boolean(postgresServerUrl))("on PostgreSQL: the same with two connection pools racing", async () => {
    const database = await freshPostgresDatabase(postgresServerUrl!);
    cleanups.push(() => database.drop());
    await scenario(database.url, true);
  }, 60_000);
});
