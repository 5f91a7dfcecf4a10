/**
 * Test support: a realistic pack input — the Bangkok slip charged twice, its two statement lines
 * and a Chinese bank's SMS alert, the timeline domain/status builds, both letters from
 * domain/disputes — and a phone-sized slip photo made on the spot with sharp (3000×4000, noisy
 * like a real photo, so it is not artificially small). Not used by the app.
 */
import "server-only";
import sharp from "sharp";
import { buildDisputeLetters, findDisputeGrounds } from "@/domain/disputes";
import { buildTimeline } from "@/domain/status";
import { bangkokSlip, duplicateCase, record, translators } from "@/domain/disputes/test-support";
import type { DisputePackInput, PackRecord } from "./pack-input";

export async function phonePhoto(width = 3000, height = 4000): Promise<Buffer> {
  const noise = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let i = 0; i < noise.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    noise[i] = 180 + (seed % 60);
  }
  const receipt = Buffer.from(`<svg width="${width}" height="${height}"><rect x="600" y="400" width="1800" height="3200" fill="#fbfaf5"/>${Array.from({ length: 30 }, (_, i) => `<rect x="750" y="${600 + i * 90}" width="${600 + ((i * 397) % 900)}" height="34" fill="#333"/>`).join("")}</svg>`);
  return sharp(noise, { raw: { width, height, channels: 3 } }).composite([{ input: receipt }]).jpeg({ quality: 92 }).toBuffer();
}

export const SMS_TEXT = "【招商银行】您尾号4242的信用卡03月05日14:22在SIAM CRAFT HOUSE消费泰铢1,250.00，人民币245.38元。";

export function packRecords(): PackRecord[] {
  const c = duplicateCase();
  const sms: PackRecord = record("s1", { source: "sms", kind: "authorisation", state: "pending", transactionDate: "2026-03-05", postingDate: undefined, transactionTime: "14:22", merchant: "SIAM CRAFT HOUSE" });
  return [{ ...sms, alertText: SMS_TEXT }, ...c.charges.map((ch) => ch.posting!)];
}

export async function packInput(over: Partial<DisputePackInput> = {}): Promise<DisputePackInput> {
  const input = duplicateCase({ cardholderName: "李伟", report: { merchantContactedOn: "2026-03-12" } });
  const [finding] = findDisputeGrounds(input);
  const { traveller, english } = buildDisputeLetters({ input, finding: finding!, audience: "issuer", travellerLang: "zh-CN", translators });
  const timeline = buildTimeline({ id: "s", ...bangkokSlip }, input.charges, input.today);
  return {
    lang: "zh-CN", today: "2026-03-20", slip: bangkokSlip, letters: [traveller, english], records: packRecords(), timeline,
    photo: { bytes: await phonePhoto() }, ...over,
  };
}
