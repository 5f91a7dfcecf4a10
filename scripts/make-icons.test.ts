import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { iconDir, iconSizes } from "./make-icons.mjs";

describe("make-icons", () => {
  it("has every committed icon at the size the manifest announces", async () => {
    for (const { file, size } of iconSizes) {
      const full = path.join(iconDir, file);
      expect(existsSync(full), `${file} missing: run node scripts/make-icons.mjs`).toBe(true);
      const meta = await sharp(full).metadata();
      expect([file, meta.width, meta.height, meta.format]).toEqual([file, size, size, "png"]);
    }
  });
});
