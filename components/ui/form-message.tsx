/** The form-level message of a FormState, announced politely (not role=alert: see e2e notes). */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <p
      aria-live="polite"
      data-testid="form-message"
      className={message ? `rounded-md px-3 py-2 text-sm ${ok ? "bg-brand-50 text-brand-700" : "bg-red-50 text-red-800"}` : "sr-only"}
    >
      {message}
    </p>
  );
}
