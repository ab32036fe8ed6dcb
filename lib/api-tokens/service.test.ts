import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertUser } from "@/tests/db";
import { users } from "@/lib/people/schema";
import { createApiToken, userIdForToken } from "./service";

describe("API tokens", () => {
  it("are created by members and above only", () => {
    const db = freshDatabase();
    expect(() => createApiToken(db, insertUser(db, "pending").id, "Outil")).toThrow(expect.objectContaining({ code: "forbidden" }));
    for (const role of ["member", "staff", "admin"] as const) expect(createApiToken(db, insertUser(db, role).id, "Outil").token).toMatch(/^irev_/);
  });

  it("stop working with a 403 refusal when their owner is no longer a member", () => {
    const db = freshDatabase();
    const member = insertUser(db, "member");
    const { token } = createApiToken(db, member.id, "Outil");
    expect(userIdForToken(db, token)).toBe(member.id);
    db.update(users).set({ role: "pending" }).where(eq(users.id, member.id)).run();
    expect(() => userIdForToken(db, token)).toThrow(expect.objectContaining({ code: "forbidden", status: 403 }));
  });
});
