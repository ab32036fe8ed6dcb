import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { registrations } from "@/lib/registrations/schema";
import { register } from "@/lib/registrations/service";
import { freshDatabase } from "@/tests/db";
import { checkRegistrations, prepareRegistrations, type RegistrationRun } from "./registrations";

const answered = (statuses: Record<string, number>): RegistrationRun => ({ registrations: 5, inFlight: 2, seconds: 1, perSecond: 5, p50Ms: 1, p99Ms: 1, statuses });

async function registeredMeeting() {
  const db = freshDatabase();
  const fixture = await prepareRegistrations(db, { slug: "mesure", capacity: 2, members: 5 });
  for (const member of fixture.members) register(db, { meetingId: fixture.meetingId, userId: member.id });
  return { db, fixture };
}

describe("vérification des inscriptions de la mesure", () => {
  it("accepte des places pleines et une liste d'attente numérotée de 1 à n", async () => {
    const { db, fixture } = await registeredMeeting();
    expect(fixture.members.every((member) => member.token !== "")).toBe(true);
    expect(checkRegistrations(db, fixture, answered({ 201: 5 }))).toEqual({
      live: 5,
      distinctMembers: 5,
      confirmed: 2,
      waitlisted: 3,
      waitlistPositions: "1 à 3",
      problems: [],
    });
  });

  it("signale une réponse hors 201, un rang en double et une place de trop", async () => {
    const { db, fixture } = await registeredMeeting();
    db.update(registrations).set({ waitlistPosition: 1 }).where(eq(registrations.waitlistPosition, 2)).run();
    db.update(registrations).set({ status: "confirmed", waitlistPosition: null }).where(eq(registrations.waitlistPosition, 3)).run();
    expect(checkRegistrations(db, fixture, answered({ 201: 4, 500: 1 })).problems).toEqual([
      `réponses autres que 201 : 1 ({"201":4,"500":1})`,
      "confirmées : 3 au lieu de 2 (la capacité)",
      "liste d'attente : 2 rangs qui ne vont pas exactement de 1 à 3",
    ]);
  });
});
