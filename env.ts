/**
 * The server's configuration, read once and validated. Every variable is documented in
 * README.md ("Configuration"). Optional integrations (OAuth, SMTP) switch on only when all of
 * their variables are present.
 */
import "server-only";
import path from "node:path";
import { z } from "zod";

const intFromEnv = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === "" ? fallback : Number.parseInt(v, 10)))
    .pipe(z.number().int().positive());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().optional(),
  // The site's public address (https://sliptrack.example.com) for links sent by email: never taken
  // from a request's Host header, which a stranger can set (password-reset poisoning).
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // How many reverse proxies in front of the app add to X-Forwarded-For ("true" = 1); 0 = none.
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) => (v === "true" ? 1 : /^\d{1,2}$/.test(v ?? "") ? Number(v) : 0)),
  DATABASE_POOL_SIZE: intFromEnv(10),
  RATE_LIMIT_SIGNIN_PER_ACCOUNT: intFromEnv(10),
  RATE_LIMIT_SIGNIN_PER_IP: intFromEnv(50),
  RATE_LIMIT_SIGNUP_PER_IP: intFromEnv(20),
  // Statement uploads, mapping previews, alert pastes and issuer-feed events, per 15 minutes.
  RATE_LIMIT_UPLOADS_PER_USER: intFromEnv(30),
  RATE_LIMIT_UPLOADS_PER_IP: intFromEnv(60),
  RATE_LIMIT_PREVIEWS_PER_USER: intFromEnv(300),
  RATE_LIMIT_PREVIEWS_PER_IP: intFromEnv(600),
  RATE_LIMIT_ALERTS_PER_USER: intFromEnv(60),
  RATE_LIMIT_ALERTS_PER_IP: intFromEnv(120),
  RATE_LIMIT_FEED_PER_USER: intFromEnv(900),
  RATE_LIMIT_FEED_PER_IP: intFromEnv(1800),
  RATE_LIMIT_PACKS_PER_USER: intFromEnv(30),
  RATE_LIMIT_PACKS_PER_IP: intFromEnv(60),
  RATE_LIMIT_DISPUTE_STEPS_PER_USER: intFromEnv(120),
  RATE_LIMIT_DISPUTE_STEPS_PER_IP: intFromEnv(240),
  // "off": recompute tracking on the server's own thread instead of its worker thread (server/tracking/recompute-pool.ts).
  TRACKING_WORKER: z.enum(["on", "off"]).optional(),
  // How often each instance's scheduler ticks (0: never on this instance); server/scheduler.
  SCHEDULER_INTERVAL_MS: intFromEnv(30_000),
  // Hours an uncommitted statement preview (its redacted file and parsed rows) is kept.
  IMPORT_PREVIEW_HOURS: intFromEnv(24),
  PHOTO_DIR: z.string().optional(),
  PHOTO_STORE: z.enum(["disk", "database"]).optional(),
  ECB_RATES: z.enum(["on", "off", ""]).optional().transform((v) => v === "on"),
  ECB_RATES_URL: z.string().url().optional(),
});

const parsed = envSchema.parse(process.env);

export const env = {
  ...parsed,
  DATABASE_URL: parsed.DATABASE_URL || `file:${path.join(process.cwd(), "data", "sliptrack.db")}`,
  // Slip photos live outside public/ (served only through their owner's API route).
  PHOTO_DIR: path.resolve(/*turbopackIgnore: true*/ process.cwd(), parsed.PHOTO_DIR || path.join("data", "photos")),
  github: parsed.AUTH_GITHUB_ID && parsed.AUTH_GITHUB_SECRET ? { clientId: parsed.AUTH_GITHUB_ID, clientSecret: parsed.AUTH_GITHUB_SECRET } : null,
  google: parsed.AUTH_GOOGLE_ID && parsed.AUTH_GOOGLE_SECRET ? { clientId: parsed.AUTH_GOOGLE_ID, clientSecret: parsed.AUTH_GOOGLE_SECRET } : null,
  smtp: parsed.SMTP_URL && parsed.EMAIL_FROM ? { url: parsed.SMTP_URL, from: parsed.EMAIL_FROM } : null,
  // Links sent by email (password reset, sign-up confirmation) need a mail server and the address they point to.
  mailLinkOrigin: parsed.SMTP_URL && parsed.EMAIL_FROM && parsed.PUBLIC_URL ? new URL(parsed.PUBLIC_URL).origin : null,
  // The ECB's last 90 days of euro reference rates (docs/matching.md "Reference rates").
  ecbRatesUrl: parsed.ECB_RATES_URL || "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist-90d.xml",
};
