import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { createApiToken, userIdForToken } from "@/lib/api-tokens/service";
import { registrations } from "@/lib/registrations/schema";
import { users } from "./schema";
import { register } from "@/lib/registrations/service";
import { deleteAccount, exportPersonalData } from "./privacy";
import { createUser, findUserByEmail } from "./service";

describe("personal data", () => {
  it("exports the profile and every registration with its answers", () => {
    const db = freshDatabase();
    const user = insertUser(db, "member", { givenName: "Élodie", familyName: "Le Gall", phone: "03 00 00 00 09" });
    const meeting = insertMeeting(db, { questions: [{ id: "regime", label: "Régime", kind: "text", required: false }] });
    register(db, { meetingId: meeting.id, userId: user.id, answers: { regime: "sans gluten" }, consent: true });
    const data = exportPersonalData(db, user.id);
    expect(data.profile).toMatchObject({
      email: user.email,
      name: "Élodie Le Gall",
      given_name: "Élodie",
      family_name: "Le Gall",
      phone: "03 00 00 00 09",
      role: "member",
    });
    expect(data.registrations).toHaveLength(1);
    expect(data.registrations[0]).toMatchObject({ status: "confirmed", answers: { regime: "sans gluten" } });
    expect(data.registrations[0]!.code).toMatch(/^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
  });

  it("deletes an account: frees its seat for the waitlist, revokes its tokens, erases its details, frees its address", async () => {
    const db = freshDatabase();
    const meeting = insertMeeting(db, { capacity: 1 });
    const leaving = insertUser(db, "member", { givenName: "Jeanne", familyName: "Départ" });
    const waiting = insertUser(db);
    register(db, { meetingId: meeting.id, userId: leaving.id, answers: {} });
    register(db, { meetingId: meeting.id, userId: waiting.id });
    const { token } = createApiToken(db, leaving.id, "outil");

    deleteAccount(db, leaving.id);

    const rows = db.select().from(registrations).where(eq(registrations.meetingId, meeting.id)).all();
    expect(rows.find((r) => r.userId === leaving.id)?.status).toBe("cancelled");
    expect(rows.find((r) => r.userId === waiting.id)?.status).toBe("confirmed");
    expect(userIdForToken(db, token)).toBeNull();
    expect(findUserByEmail(db, leaving.email)).toBeUndefined();
    expect(db.select().from(users).where(eq(users.id, leaving.id)).get()).toMatchObject({
      name: "Compte supprimé",
      givenName: "",
      familyName: "",
      sortName: "",
    });
    const again = await createUser(db, { email: leaving.email, givenName: "De", familyName: "retour" });
    expect(again.id).not.toBe(leaving.id);
    expect(() => deleteAccount(db, leaving.id)).toThrow();
  });
});
