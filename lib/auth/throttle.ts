/**
 * Counts failed sign-ins per key (an e-mail address) in a sliding window, to slow down password guessing.
 * In memory: the platform runs as one server process; a restart forgets, which only errs on the lenient side.
 */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  isBlocked(key: string, now = Date.now()): boolean {
    return this.recent(key, now).length >= this.maxFailures;
  }

  recordFailure(key: string, now = Date.now()): void {
    this.failures.set(key, [...this.recent(key, now), now]);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }
}

/** Ten wrong passwords for one address within fifteen minutes block that address for the rest of the window. */
export const signInThrottle = new FailureThrottle(10, 15 * 60 * 1000);
