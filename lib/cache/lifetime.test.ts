import { describe, expect, it } from "vitest";
import { lifetimeUntil } from "./lifetime";

describe("lifetimeUntil", () => {
  const now = new Date("2027-03-01T17:00:00Z");
  const inSeconds = (seconds: number) => new Date(now.getTime() + seconds * 1000);

  it("ends at the next deadline, expiring rather than serving a stale page past it", () => {
    expect(lifetimeUntil(inSeconds(3_600), now)).toEqual({ stale: 30, revalidate: 3_600, expire: 3_601 });
    expect(lifetimeUntil(inSeconds(1_800.2), now).revalidate).toBe(1_801);
  });

  it("keeps Next's five-minute floor (the deadline watch is exact below it) and a one-week ceiling", () => {
    expect(lifetimeUntil(inSeconds(10), now).revalidate).toBe(300);
    expect(lifetimeUntil(null, now).revalidate).toBe(7 * 86_400);
    expect(lifetimeUntil(inSeconds(90 * 86_400), now).revalidate).toBe(7 * 86_400);
  });
});
