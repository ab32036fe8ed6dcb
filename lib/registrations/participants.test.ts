import { describe, expect, it } from "vitest";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import { meetingSlugRedirects } from "@/lib/meetings/schema";
import { organisations } from "@/lib/organisations/schema";
import type { Role } from "@/lib/people/schema";
import { readPdf } from "@/tests/pdf";
import { canSeeParticipants, listParticipants, participantListFor } from "./participants";
import { participantListPdf } from "./participants-pdf";
import { registrations, REGISTRATION_STATUSES, type RegistrationStatus } from "./schema";

describe("canSeeParticipants", () => {
  it("lets staff in, and members only with a live registration on the meeting", () => {
    const roles: (Role | null)[] = [null, "pending", "member", "staff", "admin"];
    const registrationsOf: (RegistrationStatus | null)[] = [null, ...REGISTRATION_STATUSES];
    const allowed = roles.flatMap((role) => registrationsOf.filter((status) => canSeeParticipants(role, status ? { status } : null)).map((status) => `${role}:${status}`));
    expect(allowed).toEqual([
      "member:confirmed",
      "member:waitlisted",
      "member:pending_approval",
      ...["staff", "admin"].flatMap((role) => registrationsOf.map((status) => `${role}:${status}`)),
    ]);
  });
});

function setUp() {
  const db = freshDatabase();
  const meeting = insertMeeting(db, { slug: "rencontre-participants", venueName: "Maison de la Métropole", venueCity: "Lille" });
  const organisation = db.insert(organisations).values({ name: "Communauté urbaine d'Arras", kind: "epci" }).returning().get();
  const consented = new Date("2026-11-01T09:00:00Z");
  const registrant = (status: RegistrationStatus, givenName: string, familyName: string, consent = true, extra: object = {}) => {
    const user = insertUser(db, "member", { givenName, familyName, ...extra });
    db.insert(registrations).values({ meetingId: meeting.id, userId: user.id, status, consentAt: consent ? consented : null }).run();
    return user;
  };
  return { db, meeting, organisation, registrant };
}

describe("the participant list", () => {
  it("lists the live registrants who consented, by family name whatever the accents, with their organisation", () => {
    const { db, meeting, organisation, registrant } = setUp();
    registrant("confirmed", "Ștefan", "Zamfir", true, { organisationId: organisation.id });
    registrant("waitlisted", "Élodie", "Œuvray", true, { organisationOther: "Ville de Noyon" });
    registrant("pending_approval", "Łukasz", "Bąk");
    registrant("confirmed", "Sans", "Consentement", false);
    registrant("cancelled", "Annulée", "Avant");
    registrant("refused", "Refusé", "Aussi");
    expect(listParticipants(db, meeting.id)).toEqual([
      { givenName: "Łukasz", familyName: "Bąk", organisation: null },
      { givenName: "Élodie", familyName: "Œuvray", organisation: "Ville de Noyon" },
      { givenName: "Ștefan", familyName: "Zamfir", organisation: "Communauté urbaine d'Arras" },
    ]);
  });

  it("is given to a registered member and staff, refused to others, and follows a former slug", () => {
    const { db, meeting, registrant } = setUp();
    const member = registrant("confirmed", "Jean", "Inscrit");
    const refused = registrant("refused", "Paul", "Refusé");
    expect(participantListFor(db, member, meeting.slug)).toMatchObject({ meeting: { id: meeting.id }, participants: [{ familyName: "Inscrit" }] });
    expect(participantListFor(db, insertUser(db, "staff"), meeting.slug)).toMatchObject({ meeting: { id: meeting.id } });
    expect(participantListFor(db, refused, meeting.slug)).toEqual({ refused: true });
    expect(participantListFor(db, insertUser(db, "member"), meeting.slug)).toEqual({ refused: true });
    expect(participantListFor(db, insertUser(db, "pending"), meeting.slug)).toEqual({ refused: true });
    expect(participantListFor(db, member, "inconnue")).toBeNull();
    /* Refused once, then registered again: the live registration counts, not the refused one before it. */
    db.insert(registrations).values({ meetingId: meeting.id, userId: refused.id, status: "confirmed" }).run();
    expect(participantListFor(db, refused, meeting.slug)).toMatchObject({ meeting: { id: meeting.id } });
    db.insert(meetingSlugRedirects).values({ slug: "ancienne-adresse", meetingId: meeting.id }).run();
    expect(participantListFor(db, member, "ancienne-adresse")).toEqual({ redirectTo: meeting.slug });
  });

  it("makes a PDF with the meeting and every participant, names the standard fonts cannot write included", async () => {
    const { db, meeting, organisation, registrant } = setUp();
    registrant("confirmed", "Łukasz", "Ștefan", true, { organisationId: organisation.id });
    registrant("confirmed", "Élodie", "Œuvre");
    for (let i = 0; i < 60; i += 1) registrant("confirmed", "Personne", `Participant ${String(i).padStart(2, "0")}`);
    const pdf = await readPdf(await participantListPdf(meeting, listParticipants(db, meeting.id), new Date("2026-11-30T13:05:00Z")));
    expect(pdf.title).toBe(`Liste des participants – ${meeting.title}`);
    expect(pdf.pages.length).toBe(2);
    const [first, second] = pdf.pages.map((page) => page.text);
    expect(first).toContain("Liste des participants");
    expect(first).toContain(meeting.title);
    expect(first).toContain("Maison de la Métropole, Lille");
    expect(first).toContain("62 personnes inscrites ont accepté de figurer sur cette liste");
    expect(first).toContain("ŒUVRE Élodie");
    expect(first).toContain("page 1 / 2");
    expect(second).toMatch(/^Nom Prénom Organisation PARTICIPANT \d\d Personne/);
    expect(second).toContain("PARTICIPANT 59 Personne ȘTEFAN Łukasz Communauté urbaine d'Arras");
    expect(second).toContain("page 2 / 2");
  });
});
