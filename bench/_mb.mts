import { connect } from "../prisma/factories/client";
const db = connect(process.env.DATABASE_URL);
const u = await db.user.create({ data: { email: "mb" + Date.now() + "@x.test" } });
const userId = u.id;
for (let i = 0; i < 20; i++) await db.slip.create({ data: { userId, merchantName: "M" + i, city: "London", country: "GB", localDateTime: `2026-03-${String(i + 1).padStart(2, "0")}T10:00`, timeZone: "Europe/London", amountMinor: 1000n + BigInt(i), currency: "GBP", cardLast4: "1234", entryMode: "chip" } as never });
const ids = (await db.slip.findMany({ where: { userId }, take: 20, select: { id: true } })).map((s) => s.id);
async function time(name: string, fn: () => Promise<unknown>, n = 500) {
  for (let i = 0; i < 50; i++) await fn();
  const t = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(name, ((performance.now() - t) / n).toFixed(3), "ms");
}
await time("findMany list", () => db.slip.findMany({ where: { userId }, orderBy: [{ localDateTime: "desc" }, { id: "desc" }], take: 21, select: { id: true, merchantName: true, city: true, country: true, localDateTime: true, timeZone: true, amountMinor: true, currency: true } }));
await time("findMany in ids + tracking", () => db.slip.findMany({ where: { userId, id: { in: ids } }, select: { id: true, currency: true, amountMinor: true, tracking: { select: { charges: true } } } }));
await time("groupBy photos", () => db.slipPhoto.groupBy({ by: ["slipId"], where: { userId, slipId: { in: ids } }, _count: { _all: true } }));
await time("findUnique user", () => db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } }));
await time("raw list", () => db.$queryRawUnsafe(`SELECT "id","merchantName","city","country","localDateTime","timeZone","amountMinor","currency" FROM "Slip" WHERE "userId" = ? ORDER BY "localDateTime" DESC, "id" DESC LIMIT 21`, userId));
await time("raw user", () => db.$queryRawUnsafe(`SELECT "sessionVersion" FROM "User" WHERE "id" = ?`, userId));
