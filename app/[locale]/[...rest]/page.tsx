import { notFound } from "next/navigation";

// Any path under /en or /zh-CN that no page serves: the translated 404 in [locale]/not-found.tsx,
// inside the locale layout (header and language switcher), instead of the bare root one.
export default function UnknownPage() {
  notFound();
}
