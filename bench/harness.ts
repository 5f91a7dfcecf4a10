/**
 * Shared plumbing for the scale-out benchmarks (bench/load.ts, bench/crash.ts): a fresh
 * database of either kind, migrated like production; the production server (server.mjs) started
 * and killed at will; a signed-in test user. Everything stays on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { connect } from "../prisma/factories/client";
import { createUser } from "../prisma/factories/user";

export const root = path.resolve(import.meta.dirname, "..");
export type DbKind = "sqlite" | "postgres";
const POSTGRES_SERVER = process.env.BENCH_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";

export async function freshDatabase(kind: DbKind): Promise<{ url: string; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "sliptrack-bench-"));
    return { url: `file:${path.join(dir, "bench.db")}`, drop: async () => undefined };
  }
  const name = `sliptrack_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: POSTGRES_SERVER });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_SERVER);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_SERVER });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export function migrate(url: string) {
  const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed: ${result.stderr}`);
}

export type Server = { base: string; process: ChildProcess; stop: (signal?: NodeJS.Signals) => Promise<void> };

export async function startServer(url: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  // BENCH_NODE_ARGS: flags for the server's node only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where its time goes.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, "server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      AUTH_SECRET: process.env.AUTH_SECRET || "bench-secret-bench-secret-bench-secret",
      LOG_LEVEL: "error",
      RATE_LIMIT_SIGNIN_PER_IP: "1000000",
      RATE_LIMIT_SIGNIN_PER_ACCOUNT: "1000000",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    stdio: ["ignore", process.env.BENCH_SERVER_LOG === "on" ? "inherit" : "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error("server exited while starting");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    process: child,
    stop: async (signal: NodeJS.Signals = "SIGTERM") => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A new user and the session cookie of a real credentials sign-in against `base`. */
export async function signedInUser(url: string, base: string): Promise<{ id: string; cookie: string }> {
  const db = connect(url);
  const email = `bench-${randomBytes(4).toString("hex")}@example.test`;
  const user = await createUser(db, { email, password: "bench-password" });
  await db.$disconnect();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password: "bench-password", csrfToken, callbackUrl: "/en" }),
  });
  const session = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]).find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error("sign-in failed");
  return { id: user.id, cookie: session };
}

export const slipJson = (i: number) =>
  JSON.stringify({
    merchantName: `Bench Noodle Bar ${i}`,
    country: "TH",
    city: "Bangkok",
    localDateTime: "2026-11-20T12:30",
    timeZone: "Asia/Bangkok",
    amount: String(100 + (i % 900)),
    currency: "THB",
    cardLast4: "4242",
    entryMode: "chip",
  });
