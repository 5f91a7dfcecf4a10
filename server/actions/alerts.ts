"use server";
/**
 * Pasted bank alerts: requireUser → parse and store (server/issuer-records/paste-alerts) →
 * revalidatePath → an answer listing every message: saved (new or already there), not
 * understood with its reason, or skipped as a one-time code or marketing.
 */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/server/session";
import { failure, readLocale } from "@/server/action-result";
import { pasteAlerts } from "@/server/issuer-records/paste-alerts";
import { makeRecordPresenter } from "@/server/issuer-records/present-record";
import { toRecordView } from "@/server/issuer-records/record-rows";
import type { AlertsState } from "@/server/issuer-records/form-states";

export async function pasteAlertsAction(_prev: AlertsState, formData: FormData): Promise<AlertsState> {
  const locale = readLocale(formData);
  const text = formData.get("text");
  const values = { text: typeof text === "string" ? text : "" };
  try {
    const user = await requireUser();
    const result = await pasteAlerts(user.id, text);
    revalidatePath(`/${locale}/records`);
    const t = await getTranslations({ locale, namespace: "alerts" });
    const tr = await getTranslations({ locale, namespace: "records" });
    const present = await makeRecordPresenter(locale);
    return {
      ok: true,
      message: t("summary", { saved: result.newCount, existing: result.existingCount, notUnderstood: result.notUnderstood.length, skipped: result.skipped.length }),
      result: {
        understood: result.records.map(({ record, isNew }) => ({ ...present(toRecordView(record)), isNew })),
        notUnderstood: result.notUnderstood.map((item) => ({ text: item.text, reason: tr(item.reason) })),
        skipped: result.skipped.map((item) => ({ text: item.text, kind: t(`skippedKinds.${item.kind}`) })),
      },
    };
  } catch (error) {
    return failure(error, locale, values);
  }
}
