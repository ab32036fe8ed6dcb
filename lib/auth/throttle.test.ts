import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/open";
import { createUser } from "@/lib/people/service";
import { freshDatabase } from "@/tests/db";
import { checkPasswordSignIn } from "./password-sign-in";
import { MAX_CHECKS_PER_ADDRESS, MAX_CHECKS_PER_CLIENT, reservePasswordCheck } from "./throttle";

const PASSWORD = "le-bon-mot-de-passe";

describe("password guessing", () => {
  it("checks at most ten passwords per address however many attempts run at once, on several connections", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "irev-throttle-")), "test.db");
    const connections = [openDatabase(file).db, openDatabase(file).db, openDatabase(file).db];
    await createUser(connections[0]!, { email: "cible@example.org", givenName: "Cible", familyName: "Essai", password: PASSWORD, emailVerified: new Date() });

    /* 50 attempts launched together, the right password last: every argon2 hash runs concurrently on the thread pool. */
    const attempts = Array.from({ length: 50 }, (_, i) =>
      checkPasswordSignIn(connections[i % connections.length]!, "cible@example.org", i === 49 ? PASSWORD : `faux-${i}`, null),
    );
    const outcomes = (await Promise.all(attempts)).map((result) => result.outcome);

    expect(outcomes.filter((o) => o === "refused")).toHaveLength(MAX_CHECKS_PER_ADDRESS);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(50 - MAX_CHECKS_PER_ADDRESS);
    expect(outcomes[49]).toBe("throttled");
    expect((await checkPasswordSignIn(connections[0]!, "CIBLE@example.org", PASSWORD, null)).outcome).toBe("throttled");
  });

  it("gives back the reservation of a successful sign-in, so a regular user never locks themselves out", async () => {
    const db = freshDatabase();
    await createUser(db, { email: "habituee@example.org", givenName: "Habituée", familyName: "Essai", password: PASSWORD, emailVerified: new Date() });
    for (let i = 0; i < MAX_CHECKS_PER_ADDRESS + 5; i++) {
      expect((await checkPasswordSignIn(db, "habituee@example.org", PASSWORD, null)).outcome).toBe("signed_in");
    }
    expect((await checkPasswordSignIn(db, "habituee@example.org", "faux", null)).outcome).toBe("refused");
  });

  it("counts the window: attempts older than fifteen minutes no longer count", () => {
    const db = freshDatabase();
    const start = new Date("2027-03-01T10:00:00Z");
    for (let i = 0; i < MAX_CHECKS_PER_ADDRESS; i++) expect(reservePasswordCheck(db, "a@example.org", null, start)).not.toBeNull();
    expect(reservePasswordCheck(db, "a@example.org", null, new Date(start.getTime() + 14 * 60_000))).toBeNull();
    expect(reservePasswordCheck(db, "a@example.org", null, new Date(start.getTime() + 15 * 60_000 + 1))).not.toBeNull();
  });

  it("caps failed attempts per client, across addresses, when the client is known", () => {
    const db = freshDatabase();
    const now = new Date("2027-03-01T10:00:00Z");
    for (let i = 0; i < MAX_CHECKS_PER_CLIENT; i++) expect(reservePasswordCheck(db, `p${i}@example.org`, "203.0.113.7", now)).not.toBeNull();
    expect(reservePasswordCheck(db, "autre@example.org", "203.0.113.7", now)).toBeNull();
    expect(reservePasswordCheck(db, "autre@example.org", "203.0.113.8", now)).not.toBeNull();
    expect(reservePasswordCheck(db, "autre@example.org", null, now)).not.toBeNull();
  });
});
