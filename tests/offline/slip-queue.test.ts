import { describe, expect, it } from "vitest";
import { slipFromForm } from "@/components/offline/slip-queue";

describe("slipFromForm", () => {
  it("keeps the last 4 digits of the card and cuts card numbers out of every text field", () => {
    const form = new FormData();
    form.append("locale", "en");
    form.append("merchantName", "LAWSON SHIBUYA");
    form.append("cardLast4", "4111 1111 1111 4242");
    form.append("notes", "Card 4111111111111111 was declined twice");
    form.append("$ACTION_ID_abc", "");
    const { fields } = slipFromForm(form);
    expect(fields.cardLast4).toBe("4242");
    expect(fields.merchantName).toBe("LAWSON SHIBUYA");
    expect(fields.notes).not.toMatch(/4111\D?1111\D?1111/);
    expect(fields.notes).toContain("1111");
    expect(Object.keys(fields)).not.toContain("$ACTION_ID_abc");
  });

  it("keeps chosen photos and skips the empty file a form sends for an unused input", () => {
    const form = new FormData();
    form.append("photos", new File([new Uint8Array([1, 2, 3])], "slip.jpg", { type: "image/jpeg" }));
    form.append("photos", new File([], ""));
    const { photos } = slipFromForm(form);
    expect(photos.map((p) => [p.name, p.type, p.blob.size])).toEqual([["slip.jpg", "image/jpeg", 3]]);
  });
});
