import { describe, expect, it } from "vitest";
import { freshDatabase, insertUser } from "@/tests/db";
import { listOutbox } from "@/lib/mail/outbox";
import { countUsers } from "./service";
import { signUpVisitor } from "./sign-up";

const newcomer = { givenName: "Nouvelle", familyName: "Venue", password: "un-mot-de-passe-long" };

describe("sign-up by a visitor", () => {
  it("creates a pending account for a new address", async () => {
    const db = freshDatabase();
    expect(await signUpVisitor(db, { ...newcomer, email: "nouvelle@example.org" }, null)).toBe("created");
    expect(countUsers(db)).toEqual([{ role: "pending", status: "active", n: 1 }]);
  });

  it("for an address that has an account, creates nothing and tells its owner by e-mail, within the visitor e-mail ceiling", async () => {
    const db = freshDatabase();
    const owner = insertUser(db, "member", { email: "deja@example.org", givenName: "Déjà", familyName: "Inscrite" });
    for (let i = 0; i < 5; i++) expect(await signUpVisitor(db, { ...newcomer, email: "DEJA@example.org" }, null)).toBe("already_registered");
    expect(countUsers(db)).toEqual([{ role: "member", status: "active", n: 1 }]);
    const notices = listOutbox(db, { to: owner.email });
    expect(notices).toHaveLength(3);
    expect(notices[0]?.text).toContain("Quelqu'un a tenté de créer un compte avec votre adresse");
    expect(notices[0]?.text).toContain("/mot-de-passe-oublie");
  });
});
