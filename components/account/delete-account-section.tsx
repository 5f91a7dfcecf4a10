import { getTranslations } from "next-intl/server";
import { deleteAccountAction } from "@/server/account/account-actions";
import { DeleteAccountForm } from "./delete-account-form";

/** "Delete my account" on the account page: what goes, then the typed-email confirmation. */
export async function DeleteAccountSection({ locale, email }: { locale: string; email: string }) {
  const t = await getTranslations({ locale, namespace: "account" });
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-red-200 bg-white p-4" aria-labelledby="delete-account-title">
      <h2 id="delete-account-title" className="text-lg font-semibold text-red-800">
        {t("deleteTitle")}
      </h2>
      <p className="text-sm text-stone-700" data-testid="delete-account-body">{t("deleteBody")}</p>
      <DeleteAccountForm
        action={deleteAccountAction}
        locale={locale}
        labels={{ confirmEmail: t("deleteConfirmLabel", { email }), submit: t("deleteSubmit"), pending: t("deletePending") }}
      />
    </section>
  );
}
