import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { DomainError } from "@/lib/errors";
import { auditLog } from "@/lib/audit/schema";
import { outboxEmails } from "@/lib/mail/schema";
import { approveUser, changeRole, createUser, findUserByEmail, listUsersForStaff, refuseUser, updateProfile } from "./service";
import { deleteAccount } from "./privacy";
import { verifyPassword } from "./password";
import { users, type Role } from "./schema";

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe("accounts", () => {
  it("treats e-mail addresses case-insensitively and hashes passwords with argon2id", async () => {
    const db = freshDatabase();
    const user = await createUser(db, { email: "  Chef.Projet@Example.ORG ", givenName: "Chef", familyName: "Projet", password: "un mot de passe long" });
    expect(user.email).toBe("chef.projet@example.org");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "un mot de passe long")).toBe(true);
    expect(findUserByEmail(db, "CHEF.PROJET@example.org")?.id).toBe(user.id);
    await expect(createUser(db, { email: "chef.projet@EXAMPLE.org", givenName: "Doublon", familyName: "Essai" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("lets only staff approve or refuse, from the role in the database, and records it", () => {
    const db = freshDatabase();
    const roles: [Role, string | null][] = [
      ["pending", "forbidden"],
      ["member", "forbidden"],
      ["staff", null],
      ["admin", null],
    ];
    for (const [role, expected] of roles) {
      const actor = insertUser(db, role);
      const candidate = insertUser(db, "pending");
      expect(codeOf(() => approveUser(db, { userId: actor.id }, candidate.id))).toBe(expected);
    }
    const demoted = insertUser(db, "staff");
    /* Demoted after the page was loaded: the action must see the new role. */
    db.update(users).set({ role: "member" }).where(eq(users.id, demoted.id)).run();
    expect(codeOf(() => refuseUser(db, { userId: demoted.id }, insertUser(db, "pending").id))).toBe("forbidden");

    const staff = insertUser(db, "staff");
    const candidate = insertUser(db, "pending");
    expect(approveUser(db, { userId: staff.id }, candidate.id).role).toBe("member");
    expect(codeOf(() => approveUser(db, { userId: staff.id }, candidate.id))).toBe("conflict");
    const unverified = insertUser(db, "pending", { emailVerified: null });
    expect(codeOf(() => approveUser(db, { userId: staff.id }, unverified.id))).toBe("conflict");
    expect(db.select().from(auditLog).where(eq(auditLog.entityId, candidate.id)).get()).toMatchObject({ action: "user.approve", actorId: staff.id });
    expect(db.select().from(outboxEmails).where(eq(outboxEmails.to, candidate.email)).get()?.kind).toBe("account_approved");
  });

  it("lets only admins change roles, never their own", () => {
    const db = freshDatabase();
    const staff = insertUser(db, "staff");
    const admin = insertUser(db, "admin");
    const target = insertUser(db, "member");
    expect(codeOf(() => changeRole(db, { userId: staff.id }, target.id, "staff"))).toBe("forbidden");
    expect(codeOf(() => changeRole(db, { userId: admin.id }, admin.id, "member"))).toBe("conflict");
    expect(changeRole(db, { userId: admin.id }, target.id, "staff").role).toBe("staff");
    expect(changeRole(db, "operator", target.id, "member").role).toBe("member");
  });
});

describe("names", () => {
  it("stores a new account's name in its four columns", async () => {
    const db = freshDatabase();
    const user = await createUser(db, { email: "nom@example.org", givenName: " Éloïse ", familyName: " Van der Berg " });
    expect(user).toMatchObject({ name: "Éloïse Van der Berg", givenName: "Éloïse", familyName: "Van der Berg", sortName: "van der berg eloise" });
  });

  it("keeps the four columns together when a person corrects their name", () => {
    const db = freshDatabase();
    const user = insertUser(db, "member", { givenName: "Jean", familyName: "Pierre Martin" });
    const updated = updateProfile(db, user.id, {
      givenName: "Jean Pierre",
      familyName: "Martin",
      jobTitle: null,
      phone: null,
      organisationId: null,
      organisationOther: null,
      directoryConsent: { email: false, phone: false, jobTitle: true, organisation: true },
    });
    expect(updated).toMatchObject({ name: "Jean Pierre Martin", givenName: "Jean Pierre", familyName: "Martin", sortName: "martin jean pierre" });
  });

  it("lists accounts for staff pending first, then by family name the French way, deleted ones last", () => {
    const db = freshDatabase();
    insertUser(db, "member", { givenName: "Zoé", familyName: "Écuyer" });
    insertUser(db, "member", { givenName: "Jean", familyName: "Dupont" });
    insertUser(db, "member", { givenName: "Aude", familyName: "Zola" });
    insertUser(db, "member", { givenName: "Bruno", familyName: "abel" });
    insertUser(db, "pending", { givenName: "Paul", familyName: "Attente" });
    const gone = insertUser(db, "member", { givenName: "Ancien", familyName: "Aaa" });
    deleteAccount(db, gone.id);
    expect(listUsersForStaff(db).map((a) => a.name)).toEqual(["Paul Attente", "Bruno abel", "Jean Dupont", "Zoé Écuyer", "Aude Zola", "Compte supprimé"]);
  });
});
