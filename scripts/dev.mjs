/**
 * `npm run dev`: install if needed → generate the Prisma client if needed → apply migrations to
 * the embedded SQLite database → ensure an AUTH_SECRET → `next dev` on PORT (3000).
 */
import { baseEnv, bin, ensureAuthSecret, ensureGenerated, ensureInstalled, migrate, spawnInherit } from "./lib.mjs";

ensureInstalled();
const env = baseEnv({ NODE_ENV: "development" });
ensureGenerated(env);
migrate(env);
env.AUTH_SECRET = ensureAuthSecret();
spawnInherit(bin("next"), ["dev", "--port", process.env.PORT || "3000"], env);
