import { describe, expect, it } from "vitest";
import { FailureThrottle } from "./throttle";

describe("FailureThrottle", () => {
  it("blocks a key after too many failures in the window, and forgets them afterwards", () => {
    const throttle = new FailureThrottle(3, 1000);
    for (const t of [0, 100, 200]) throttle.recordFailure("a@example.org", t);
    expect(throttle.isBlocked("a@example.org", 300)).toBe(true);
    expect(throttle.isBlocked("b@example.org", 300)).toBe(false);
    expect(throttle.isBlocked("a@example.org", 1101)).toBe(false);
  });

  it("starts again from zero after a successful sign-in", () => {
    const throttle = new FailureThrottle(2, 1000);
    throttle.recordFailure("a@example.org", 0);
    throttle.reset("a@example.org");
    throttle.recordFailure("a@example.org", 10);
    expect(throttle.isBlocked("a@example.org", 20)).toBe(false);
  });
});
