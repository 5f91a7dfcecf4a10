"use server";
/**
 * Pasted bank alerts: requireUser → parse and store (server/alerts/paste-alerts) →
 * revalidatePath → an answer listing every message: saved (new or already there), not
 * understood with its reason, or skipped as a one-time code or marketing — and the slips whose
 * payment status the new records changed.
 */
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { userAction } from "@/server/http/user-action";
import { pasteAlerts } from "@/server/alerts/paste-alerts";
import { getClientAddress } from "@/server/http/client-address";
import { limitUsage } from "@/server/http/usage-limits";
import { makeRecordPresenter } from "@/server/records/present-record";
import { toRecordView } from "@/server/records/record-rows";
import type { AlertsState } from "@/server/records/form-states";
import { listStatusChangesAfter } from "@/server/tracking/status-changes";

const echoText = (formData: FormData) => {
  const text = formData.get("text");
  const country = formData.get("issuerCountry");
  return { text: typeof text === "string" ? text : "", issuerCountry: typeof country === "string" ? country : "" };
};

export const pasteAlertsAction = userAction<AlertsState>(
  async ({ user, locale, formData }) => {
    await limitUsage("alerts", { userId: user.id, address: await getClientAddress() });
    const pastedAt = new Date();
    const result = await pasteAlerts(user.id, formData.get("text"), pastedAt, { issuerCountry: formData.get("issuerCountry") });
    const changed = await listStatusChangesAfter(user.id, pastedAt, locale);
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
        changes: changed.changes,
        changesUpdating: changed.isUpdating,
      },
    };
  },
  { echo: echoText },
);
