/**
 * `npm start`: install if needed → generate the Prisma client if needed → apply migrations to
 * the embedded SQLite database → ensure an AUTH_SECRET → build if stale → serve on PORT (3000).
 */
import { baseEnv, ensureAuthSecret, ensureBuilt, ensureGenerated, ensureInstalled, log, migrate, spawnInherit } from "./lib.mjs";

const started = Date.now();
ensureInstalled();
const env = baseEnv({ NODE_ENV: "production" });
ensureGenerated(env);
migrate(env);
env.AUTH_SECRET = ensureAuthSecret();
if (!ensureBuilt(env)) {
  log("the build failed; nothing is served");
  process.exit(1);
}
const port = process.env.PORT || "3000";
log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s — serving http://localhost:${port}`);
spawnInherit(process.execPath, ["server.mjs"], { ...env, PORT: port });
