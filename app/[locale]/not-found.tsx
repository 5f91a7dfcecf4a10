import { getLocale } from "next-intl/server";
import { NotFoundBody } from "@/components/layout/not-found-body";

export default async function NotFound() {
  return <NotFoundBody locale={await getLocale()} />;
}
