/**
 * Small usage limits for the suites that test them. Import right after test-environment and
 * before anything that loads env.ts (env is read once, when it is first imported).
 */
process.env.RATE_LIMIT_UPLOADS_PER_USER = "3";
process.env.RATE_LIMIT_UPLOADS_PER_IP = "5";
process.env.RATE_LIMIT_PREVIEWS_PER_USER = "4";
process.env.RATE_LIMIT_ALERTS_PER_USER = "2";
process.env.RATE_LIMIT_FEED_PER_IP = "3";
process.env.RATE_LIMIT_PACKS_PER_USER = "2";

export {};
