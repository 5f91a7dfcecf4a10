"use server";
/**
 * Pasted bank alerts: requireUser → parse and store (server/alerts/paste-alerts) →
 * revalidatePath → an answer listing every message: saved (new or already there), not
 * understood with its reason, or skipped as a one-time code or marketing.
 */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { userAction } from "@/server/http/user-action";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { makeRecordPresenter } from "@/server/records/present-record";
import { toRecordView } from "@/server/records/record-rows";
import type { AlertsState } from "@/server/records/form-states";

const echoText = (formData: FormData) => {
  const text = formData.get("text");
  return { text: typeof text === "string" ? text : "" };
};

export const pasteAlertsAction = userAction<AlertsState>(
  async ({ user, locale, formData }) => {
    const result = await pasteAlerts(user.id, formData.get("text"));
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
  },
  { echo: echoText },
);
