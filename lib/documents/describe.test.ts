import { describe, expect, it } from "vitest";
import { describeFile } from "./describe";

describe("describeFile", () => {
  it("gives the weight and pages the French way", () => {
    expect(describeFile({ sizeBytes: 1_940_000, pageCount: 12 })).toBe("PDF – Poids\u00a0: 1,94 Mo – 12 pages");
    expect(describeFile({ sizeBytes: 850_000, pageCount: 1 })).toBe("PDF – Poids\u00a0: 850 Ko – 1 page");
    expect(describeFile({ sizeBytes: 2_000_000, pageCount: 1234 })).toBe("PDF – Poids\u00a0: 2 Mo – 1\u202f234 pages");
    expect(describeFile({ sizeBytes: 500, pageCount: null })).toBe("PDF – Poids\u00a0: 500 octets");
  });
});
