/**
 * Locale routing only: picks /en or /zh-CN from the path, then the cookie, then the browser's
 * Accept-Language. It is not a security boundary — every read and write checks the signed-in
 * user beside the data (server/session.ts).
 */
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
