/**
 * After the e2e run (scripts/test.mjs, stage "card-scan"): reads every text, JSON and binary
 * column of every app table in the run's database — the SQLite file or the PostgreSQL database
 * DATABASE_URL names — and fails if any value holds a card number a scheme could have issued
 * (the guard's match, Luhn-valid, in a real IIN range and length: findIssuedCardNumbers). The
 * e2e journeys type and upload card numbers on purpose (refusals, statements with full numbers);
 * none may have been stored. A hit prints its table, column and row id with the digits redacted.
 *
 * Not read: columns of random material (ids, hashes, tokens, keys, fingerprints), where hex can
 * hold long digit runs by chance; and inside values, hex tokens of 20+ characters with a letter.
 *   DATABASE_URL=file:…/e2e.db npx tsx scripts/scan-card-numbers.ts
 */
import { findIssuedCardNumbers } from "@/domain/statements/redact-statement-bytes";

/** Every digit shown as "#": a hit is reported without repeating the number in the CI log. */
const redactCardNumbersKeepingNothing = (text: string) => text.replace(/\p{Nd}/gu, "#");

const RANDOM_COLUMN = /^(id|.*Id|.*[hH]ash|.*[tT]oken|.*[sS]ecret|key|.*Key|fingerprint|.*Fingerprint|password.*)$/;
const HEX_TOKEN = /\b(?=[0-9a-f]*[a-f])[0-9a-f]{20,}\b/gi;

type Hit = { table: string; column: string; rowId: string; sample: string };

function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (value instanceof Uint8Array) return Buffer.from(value).toString("latin1") + "\n" + Buffer.from(value).toString("utf8");
  if (typeof value === "object") return JSON.stringify(value);
  return null;
}

function check(table: string, column: string, rowId: string, value: unknown, hits: Hit[]) {
  const text = textOf(value)?.replace(HEX_TOKEN, " ");
  if (!text) return;
  for (const match of findIssuedCardNumbers(text)) {
    hits.push({ table, column, rowId, sample: redactCardNumbersKeepingNothing(text.slice(Math.max(0, match.start - 20), match.end + 20)) });
  }
}

/** The little of better-sqlite3 used here (the package ships no types; the app reaches it through Prisma's adapter). */
type Statement = { all(): unknown[]; iterate(): Iterable<unknown> };
type SqliteDatabase = { prepare(sql: string): Statement; close(): void };

async function scanSqlite(file: string): Promise<{ hits: Hit[]; values: number }> {
  // @ts-expect-error -- no type declarations for better-sqlite3 in this project
  const { default: Database } = (await import("better-sqlite3")) as { default: new (file: string, options: { readonly: boolean }) => SqliteDatabase };
  const sqlite = new Database(file, { readonly: true });
  const hits: Hit[] = [];
  let values = 0;
  const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'").all() as { name: string }[];
  for (const { name } of tables) {
    const columns = (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string }[])
      .filter((c) => !RANDOM_COLUMN.test(c.name) && /TEXT|BLOB|JSON|CHAR/i.test(c.type));
    const hasId = (sqlite.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).some((c) => c.name === "id");
    for (const column of columns) {
      for (const row of sqlite.prepare(`SELECT ${hasId ? `"id"` : "rowid"} AS rid, "${column.name}" AS v FROM "${name}" WHERE "${column.name}" IS NOT NULL`).iterate() as Iterable<{ rid: unknown; v: unknown }>) {
        values += 1;
        check(name, column.name, String(row.rid), row.v, hits);
      }
    }
  }
  sqlite.close();
  return { hits, values };
}

async function scanPostgres(url: string): Promise<{ hits: Hit[]; values: number }> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const hits: Hit[] = [];
  let values = 0;
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%'
        AND data_type IN ('text', 'character varying', 'bytea', 'json', 'jsonb')`,
  );
  const { rows: idTables } = await client.query<{ table_name: string }>(`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id'`);
  const withId = new Set(idTables.map((r) => r.table_name));
  for (const { table_name: table, column_name: column } of columns) {
    if (RANDOM_COLUMN.test(column)) continue;
    const rid = withId.has(table) ? `"id"::text` : "ctid::text";
    const result = await client.query<{ rid: string; v: unknown }>(`SELECT ${rid} AS rid, "${column}" AS v FROM "${table}" WHERE "${column}" IS NOT NULL`);
    for (const row of result.rows) {
      values += 1;
      check(table, column, row.rid, row.v, hits);
    }
  }
  await client.end();
  return { hits, values };
}

const url = process.env.DATABASE_URL ?? "";
const { hits, values } = /^postgres(ql)?:\/\//.test(url) ? await scanPostgres(url) : await scanSqlite(url.replace(/^file:/, ""));
if (hits.length > 0) {
  for (const hit of hits.slice(0, 50)) console.error(`card number stored: ${hit.table}.${hit.column} (row ${hit.rowId}): …${hit.sample}…`);
  console.error(`card-scan: ${hits.length} stored card number(s) in ${values} values`);
  process.exit(1);
}
console.log(`card-scan: no card number in ${values} stored values`);
