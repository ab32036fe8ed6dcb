import { describe, expect, it } from "vitest";
import { percentile, summarise, type Sample } from "./load";

const sample = (requestsPerSecond: number, errors = 0): Sample => ({ requestsPerSecond, p50Ms: requestsPerSecond / 10, p99Ms: 1, wireBytesPerResponse: 100, errors, non2xx: 0 });

describe("mesures", () => {
  it("prend le centile au rang le plus proche : une valeur mesurée", () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 99)).toBe(99);
    expect(percentile([], 50)).toBeNaN();
  });

  it("résume trois mesures par la médiane de chaque chiffre, et additionne les erreurs", () => {
    expect(summarise([sample(300, 1), sample(100), sample(200, 2)])).toEqual({ requestsPerSecond: 200, p50Ms: 20, p99Ms: 1, wireBytesPerResponse: 100, errors: 3, non2xx: 0 });
  });
});
