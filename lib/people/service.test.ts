import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { DomainError } from "@/lib/errors";
import { auditLog } from "@/lib/audit/schema";
import { outboxEmails } from "@/lib/mail/schema";
import { approveUser, changeRole, createUser, findUserByEmail, refuseUser } from "./service";
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
    const user = await createUser(db, { email: "  Chef.Projet@Example.ORG ", name: "Chef Projet", password: "un mot de passe long" });
    expect(user.email).toBe("chef.projet@example.org");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "un mot de passe long")).toBe(true);
    expect(findUserByEmail(db, "CHEF.PROJET@example.org")?.id).toBe(user.id);
    await expect(createUser(db, { email: "chef.projet@EXAMPLE.org", name: "Doublon" })).rejects.toMatchObject({ code: "conflict" });
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
