/**
 * Driver adapters for the Prisma CLI only (prisma.config.ts) — never imported by the app.
 * They carry two work-arounds the JS schema engine needs on this stack:
 * - PostgreSQL: adapter-pg 6.19 cannot read the catalog types `name` (OID 19) and `"char"`
 *   (OID 18) that migrate's introspection queries return ("Column type 'name' could not be
 *   deserialized", prisma/orm#27403), so results report them as text (OID 25).
 * - SQLite: the shadow connection runs one statement per call (P3006), so parameterless SQL
 *   goes through executeScript there.
 */
import path from "node:path";
import { mkdirSync } from "node:fs";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function reportCatalogTypesAsText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
  }
  return result;
}

function patchQuery<C extends { query: (...args: never[]) => unknown }>(client: C): C {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const out = original(...args);
    return out instanceof Promise ? out.then(reportCatalogTypesAsText) : out;
  };
  return client;
}

class CatalogSafePool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this as unknown as { query: (...args: never[]) => unknown });
    // pg's own Pool.query calls connect with a callback; adapter-pg awaits it: serve both.
    const connect = this.connect.bind(this) as (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void) => Promise<pg.PoolClient> | void;
    (this as { connect: unknown }).connect = (cb?: (err: Error | undefined, client?: pg.PoolClient, done?: unknown) => void) => {
      if (cb) return connect((err, client, done) => cb(err, client && patchQuery(client), done));
      return (connect() as Promise<pg.PoolClient>).then(patchQuery);
    };
  }
}

async function runAdminQuery(url: string, sql: string) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * `migrate diff --from-migrations` replays the history into a shadow database. adapter-pg's own
 * shadow connection would reuse the main database and skip the catalog fix, so this one
 * creates a throwaway database beside the main one and drops it when the CLI lets go.
 */
export function postgresCliAdapter(url: string) {
  const factory = new PrismaPg(new CatalogSafePool({ connectionString: url, max: 10 }));
  factory.connectToShadowDb = async () => {
    const name = `prisma_shadow_${randomBytes(6).toString("hex")}`;
    await runAdminQuery(url, `CREATE DATABASE ${name}`);
    const shadowUrl = new URL(url);
    shadowUrl.pathname = `/${name}`;
    const adapter = await new PrismaPg(new CatalogSafePool({ connectionString: shadowUrl.toString(), max: 4 }), { disposeExternalPool: true }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await runAdminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
    return adapter;
  };
  return factory;
}

export function sqliteCliAdapter(url: string) {
  const file = url.replace(/^file:/, "");
  const absolute = path.isAbsolute(file) ? file : path.resolve(process.cwd(), file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  const factory = new PrismaBetterSQLite3({ url: absolute, timeout: 10_000 });
  const connectShadow = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectShadow();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => {
      if (query.args.length > 0) return executeRaw(query);
      await adapter.executeScript(query.sql);
      return 0;
    };
    return adapter;
  };
  return factory;
}
