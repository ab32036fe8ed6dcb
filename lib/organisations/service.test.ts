import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { freshDatabase, insertMeeting, insertUser } from "@/tests/db";
import type { Db } from "@/db/open";
import { refusal } from "@/tests/refusal";
import { auditLog } from "@/lib/audit/schema";
import { contacts } from "@/lib/contacts/schema";
import { meetingPartners, meetings } from "@/lib/meetings/schema";
import { users } from "@/lib/people/schema";
import { describeOrganisationUses, organisationUses, searchOrganisations, structuresToAttach } from "./queries";
import { createOrganisation, deleteOrganisation, mergeOrganisations, updateOrganisation, type OrganisationInput } from "./service";
import { organisations } from "./schema";

const base: OrganisationInput = { name: "", shortName: null, kind: "epci", department: "60", city: null, code: null, gipMember: false, gipCollege: null };

/** Two organisations; the old one has a person, hosts a meeting, partners two (one of which already has the kept one) and has a contact. */
function network(db: Db) {
  const staff = insertUser(db, "staff");
  const actor = { userId: staff.id };
  const kept = createOrganisation(db, actor, { ...base, name: "Communauté de communes du Pays Noyonnais", shortName: "CCPN", city: "Noyon" }).organisation;
  const old = createOrganisation(db, actor, { ...base, name: "CC Pays Noyonnais (doublon)" }).organisation;
  const person = insertUser(db, "member", { organisationId: old.id });
  const hosted = insertMeeting(db, { hostOrganisationId: old.id });
  const partnered = insertMeeting(db);
  const both = insertMeeting(db, { hostOrganisationId: kept.id });
  const withBothPartners = insertMeeting(db);
  db.insert(meetingPartners)
    .values([
      { meetingId: partnered.id, organisationId: old.id },
      { meetingId: both.id, organisationId: old.id },
      { meetingId: withBothPartners.id, organisationId: old.id },
      { meetingId: withBothPartners.id, organisationId: kept.id },
    ])
    .run();
  const contact = db.insert(contacts).values({ name: "Référent", organisationId: old.id }).returning().get();
  return { staff, actor, kept, old, person, hosted, partnered, both, withBothPartners, contact };
}

function partnersOf(db: Db, meetingId: string) {
  return db.select({ id: meetingPartners.organisationId }).from(meetingPartners).where(eq(meetingPartners.meetingId, meetingId)).all().map((row) => row.id);
}

describe("organisations", () => {
  it("counts what uses each one, a meeting once even when it both hosts and partners", () => {
    const db = freshDatabase();
    const { kept, old } = network(db);
    const uses = organisationUses(db, [kept.id, old.id]);
    expect(uses.get(old.id)).toEqual({ people: 1, meetings: 4, contacts: 1 });
    expect(uses.get(kept.id)).toEqual({ people: 0, meetings: 2, contacts: 0 });
    expect(describeOrganisationUses(uses.get(old.id)!)).toBe("Utilisée par 1 personne, 4 rencontres et 1 contact");
  });

  it("searches regardless of accents and case, filters by kind and department, and pages", () => {
    const db = freshDatabase();
    const actor = { userId: insertUser(db, "staff").id };
    createOrganisation(db, actor, { ...base, name: "Préfecture de l'Oise", kind: "etat", department: "60", city: "Beauvais" });
    createOrganisation(db, actor, { ...base, name: "Région Hauts-de-France", kind: "region", department: null });
    createOrganisation(db, actor, { ...base, name: "Éducation et quartiers", kind: "association", department: "59", city: "Lille" });
    expect(searchOrganisations(db, { recherche: "PREFECTURE oise" }).items.map((o) => o.name)).toEqual(["Préfecture de l'Oise"]);
    expect(searchOrganisations(db, { recherche: "region" }).items.map((o) => o.name)).toEqual(["Région Hauts-de-France"]);
    expect(searchOrganisations(db, { recherche: "lille" }).items.map((o) => o.name)).toEqual(["Éducation et quartiers"]);
    expect(searchOrganisations(db, { type: "etat" }).total).toBe(1);
    expect(searchOrganisations(db, { departement: "59" }).items[0]?.name).toBe("Éducation et quartiers");
    /* French order: "Éducation" among the E's, before "Préfecture". */
    expect(searchOrganisations(db, {}).items.map((o) => o.name)).toEqual(["Éducation et quartiers", "Préfecture de l'Oise", "Région Hauts-de-France"]);
    expect(searchOrganisations(db, { page: 2 }, 2)).toMatchObject({ total: 3, page: 2, items: [{ name: "Région Hauts-de-France" }] });
  });

  it("merges: people, hosted and partnered meetings and contacts move, no duplicate partner, the old one is gone, audited", () => {
    const db = freshDatabase();
    const { actor, staff, kept, old, person, hosted, partnered, both, withBothPartners, contact } = network(db);
    const outcome = mergeOrganisations(db, actor, old.id, kept.id);
    expect(outcome).toMatchObject({ people: 1, meetings: 4, contacts: 1 });
    expect(db.select().from(users).where(eq(users.id, person.id)).get()?.organisationId).toBe(kept.id);
    expect(db.select().from(meetings).where(eq(meetings.id, hosted.id)).get()?.hostOrganisationId).toBe(kept.id);
    expect(partnersOf(db, partnered.id)).toEqual([kept.id]);
    /* Already its host: not listed again as partner. */
    expect(partnersOf(db, both.id)).toEqual([]);
    expect(partnersOf(db, withBothPartners.id)).toEqual([kept.id]);
    expect(db.select().from(contacts).where(eq(contacts.id, contact.id)).get()?.organisationId).toBe(kept.id);
    expect(db.select().from(organisations).where(eq(organisations.id, old.id)).get()).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "organisation.merge")).get()).toMatchObject({
      actorId: staff.id,
      entityId: kept.id,
      details: { removed: { id: old.id }, people: [person.id], contacts: [contact.id] },
    });
  });

  it("merges all or nothing: a failure at the last step leaves everyone where they were", () => {
    const db = freshDatabase();
    const { actor, kept, old, person, partnered } = network(db);
    db.run(sql.raw("create trigger refuse_organisation_delete before delete on organisations begin select raise(abort, 'refusé'); end"));
    expect(() => mergeOrganisations(db, actor, old.id, kept.id)).toThrow(/refusé/);
    expect(db.select().from(users).where(eq(users.id, person.id)).get()?.organisationId).toBe(old.id);
    expect(partnersOf(db, partnered.id)).toEqual([old.id]);
    expect(db.select().from(auditLog).where(eq(auditLog.action, "organisation.merge")).all()).toEqual([]);
  });

  it("refuses to delete one in use, saying what uses it; deletes an unused one", () => {
    const db = freshDatabase();
    const { actor, old } = network(db);
    expect(refusal(() => deleteOrganisation(db, actor, old.id)).message).toBe(
      "« CC Pays Noyonnais (doublon) » ne peut pas être supprimée\u00a0: utilisée par 1 personne, 4 rencontres et 1 contact. Fusionnez-la avec l'organisation qui la remplace.",
    );
    const unused = createOrganisation(db, actor, { ...base, name: "Sans usage" }).organisation;
    deleteOrganisation(db, actor, unused.id);
    expect(db.select().from(organisations).where(eq(organisations.id, unused.id)).get()).toBeUndefined();
    expect(db.select().from(auditLog).where(eq(auditLog.action, "organisation.delete")).get()?.entityId).toBe(unused.id);
  });

  it("keeps names and codes unique and a GIP college for GIP members only", () => {
    const db = freshDatabase();
    const { actor, kept, old } = network(db);
    expect(refusal(() => createOrganisation(db, actor, { ...base, name: "communauté de communes du  pays noyonnais" })).fieldErrors.name).toMatch(/existe déjà/);
    updateOrganisation(db, actor, kept.id, { ...base, name: kept.name, code: "246000756" });
    expect(refusal(() => updateOrganisation(db, actor, old.id, { ...base, name: old.name, code: "246000756" })).fieldErrors.code).toMatch(/déjà/);
    expect(refusal(() => updateOrganisation(db, actor, old.id, { ...base, name: old.name, gipCollege: "etat" })).fieldErrors.gipCollege).toMatch(/GIP/);
    expect(updateOrganisation(db, actor, old.id, { ...base, name: old.name, gipMember: true, gipCollege: "epci_communes" })).toMatchObject({ gipMember: true, gipCollege: "epci_communes" });
  });

  it("groups the « Autre structure » accounts by the typed name and attaches a group to a new organisation in one go", () => {
    const db = freshDatabase();
    const actor = { userId: insertUser(db, "staff").id };
    const a = insertUser(db, "pending", { organisationOther: "Régie de quartier" });
    const b = insertUser(db, "member", { organisationOther: "régie de  quartier " });
    insertUser(db, "member", { organisationOther: "Centre social" });
    const groups = structuresToAttach(db);
    expect(groups.map((g) => [g.label, g.accounts.length])).toEqual([["Régie de quartier", 2], ["Centre social", 1]]);
    const { organisation, attached } = createOrganisation(db, actor, { ...base, name: "Régie de quartier de Lillers", kind: "association", department: "62" }, [a.id, b.id]);
    expect(attached).toHaveLength(2);
    expect(db.select().from(users).where(eq(users.organisationId, organisation.id)).all().map((u) => u.organisationOther)).toEqual([null, null]);
    expect(structuresToAttach(db).map((g) => g.label)).toEqual(["Centre social"]);
    /* Attaching fails: the organisation is not created either. */
    expect(refusal(() => createOrganisation(db, actor, { ...base, name: "Centre social de Noyon" }, ["inconnu"])).code).toBe("not_found");
    expect(db.select().from(organisations).where(eq(organisations.name, "Centre social de Noyon")).get()).toBeUndefined();
  });

  it("checks the actor's role in the database at the time of the write", () => {
    const db = freshDatabase();
    const { staff, actor, kept, old } = network(db);
    const member = { userId: insertUser(db, "member").id };
    expect(refusal(() => createOrganisation(db, member, { ...base, name: "Nouvelle" })).code).toBe("forbidden");
    expect(refusal(() => mergeOrganisations(db, member, old.id, kept.id)).code).toBe("forbidden");
    expect(refusal(() => deleteOrganisation(db, member, old.id)).code).toBe("forbidden");
    db.update(users).set({ role: "member" }).where(eq(users.id, staff.id)).run();
    expect(refusal(() => updateOrganisation(db, actor, kept.id, { ...base, name: "Autre nom" })).code).toBe("forbidden");
    expect(db.select().from(organisations).all()).toHaveLength(2);
  });
});
