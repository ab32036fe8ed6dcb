import { and, eq, inArray, ne, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/open";
import { DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/log";
import { invalidateCache } from "@/lib/cache/invalidate";
import { cacheTags } from "@/lib/cache/tags";
import { assertActorRole, type Actor } from "@/lib/people/actor";
import { attachAccounts, type User } from "@/lib/people/service";
import { users } from "@/lib/people/schema";
import { contacts } from "@/lib/contacts/schema";
import { meetingPartners, meetings } from "@/lib/meetings/schema";
import { describeOrganisationUses, organisationUses, totalOrganisationUses } from "./queries";
import { structureKey } from "./structure";
import { organisations, type Department, type GipCollege, type OrganisationKind } from "./schema";

export type Organisation = typeof organisations.$inferSelect;

export type OrganisationInput = {
  name: string;
  shortName: string | null;
  kind: OrganisationKind;
  department: Department | null;
  city: string | null;
  code: string | null;
  gipMember: boolean;
  gipCollege: GipCollege | null;
};

const IMMEDIATE = { behavior: "immediate" } as const;

const invalid = (field: keyof OrganisationInput, message: string) => new DomainError("validation_failed", "Le formulaire contient des erreurs.", { [field]: message });

function existing(tx: DbOrTx, id: string): Organisation {
  const organisation = tx.select().from(organisations).where(eq(organisations.id, id)).get();
  if (!organisation) throw new DomainError("not_found", "Cette organisation n'existe plus : la liste a été mise à jour.");
  return organisation;
}

/** Two organisations cannot share a name (whatever the case or spacing) nor an official code; a GIP college goes with membership. */
function checkInput(tx: DbOrTx, input: OrganisationInput, exceptId?: string): void {
  const others = tx.select({ id: organisations.id, name: organisations.name, code: organisations.code }).from(organisations).where(exceptId ? ne(organisations.id, exceptId) : undefined).all();
  const sameName = others.find((other) => structureKey(other.name) === structureKey(input.name));
  if (sameName) throw invalid("name", `L'organisation « ${sameName.name} » existe déjà : choisissez un autre nom, ou fusionnez les deux.`);
  const sameCode = input.code ? others.find((other) => other.code === input.code) : undefined;
  if (sameCode) throw invalid("code", `Le code ${input.code} est déjà celui de « ${sameCode.name} ».`);
  if (input.gipCollege && !input.gipMember) throw invalid("gipCollege", "Un collège ne se choisit que pour un membre du GIP : cochez « Membre du GIP » ou retirez le collège.");
}

/**
 * Creates an organisation; with `attachUserIds`, attaches those "Autre structure" accounts to it in the same
 * transaction (the one rule of attaching: lib/people/service attachAccounts).
 */
export function createOrganisation(db: Db, actor: Actor, input: OrganisationInput, attachUserIds: readonly string[] = []): { organisation: Organisation; attached: User[] } {
  return db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    checkInput(tx, input);
    const organisation = tx.insert(organisations).values(input).returning().get();
    recordAudit(tx, { actorId, action: "organisation.create", entityType: "organisation", entityId: organisation.id, details: { ...input } });
    const attached = attachUserIds.length > 0 ? attachAccounts(tx, actorId, attachUserIds, organisation.id) : [];
    return { organisation, attached };
  }, IMMEDIATE);
}

export function updateOrganisation(db: Db, actor: Actor, id: string, input: OrganisationInput): Organisation {
  const organisation = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const before = existing(tx, id);
    checkInput(tx, input, id);
    const updated = tx.update(organisations).set(input).where(eq(organisations.id, id)).returning().get();
    const from = Object.fromEntries(Object.keys(input).map((field) => [field, before[field as keyof OrganisationInput]]));
    recordAudit(tx, { actorId, action: "organisation.update", entityType: "organisation", entityId: id, details: { from, to: { ...input } } });
    return updated;
  }, IMMEDIATE);
  /* Meeting pages showing it as host or partner are tagged with it. */
  invalidateCache([cacheTags.organisation(id)]);
  return organisation;
}

export type OrganisationMergeOutcome = { kept: Organisation; removed: Organisation; people: number; meetings: number; contacts: number; meetingIds: string[] };

/**
 * Merges `removedId` into `keptId`: its people, the meetings it hosts or partners and its contacts move to the kept
 * one (a meeting that already had the kept one as partner, or as host, keeps it once), then it is deleted. One
 * transaction taken for writing at once: all of it or nothing.
 */
export function mergeOrganisations(db: Db, actor: Actor, removedId: string, keptId: string): OrganisationMergeOutcome {
  if (removedId === keptId) throw new DomainError("validation_failed", "Le formulaire contient des erreurs.", { keptId: "Choisissez une autre organisation que celle à fusionner." });
  const outcome = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const removed = existing(tx, removedId);
    const kept = existing(tx, keptId);
    const people = tx.select({ id: users.id }).from(users).where(eq(users.organisationId, removedId)).all().map((row) => row.id);
    const hosted = tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.hostOrganisationId, removedId)).all().map((row) => row.id);
    const partnered = tx.select({ id: meetingPartners.meetingId }).from(meetingPartners).where(eq(meetingPartners.organisationId, removedId)).all().map((row) => row.id);
    const contactIds = tx.select({ id: contacts.id }).from(contacts).where(eq(contacts.organisationId, removedId)).all().map((row) => row.id);

    tx.update(users).set({ organisationId: keptId }).where(eq(users.organisationId, removedId)).run();
    tx.update(meetings).set({ hostOrganisationId: keptId }).where(eq(meetings.hostOrganisationId, removedId)).run();
    /* Partners: where the kept one is already partner or host, the removed one's row just goes; elsewhere it becomes the kept one. */
    const alreadyThere = tx
      .select({ id: meetings.id })
      .from(meetings)
      .leftJoin(meetingPartners, and(eq(meetingPartners.meetingId, meetings.id), eq(meetingPartners.organisationId, keptId)))
      .where(or(eq(meetings.hostOrganisationId, keptId), eq(meetingPartners.organisationId, keptId)));
    tx.delete(meetingPartners).where(and(eq(meetingPartners.organisationId, removedId), inArray(meetingPartners.meetingId, alreadyThere))).run();
    tx.update(meetingPartners).set({ organisationId: keptId }).where(eq(meetingPartners.organisationId, removedId)).run();
    tx.update(contacts).set({ organisationId: keptId }).where(eq(contacts.organisationId, removedId)).run();
    tx.delete(organisations).where(eq(organisations.id, removedId)).run();

    const meetingIds = [...new Set([...hosted, ...partnered])];
    recordAudit(tx, {
      actorId,
      action: "organisation.merge",
      entityType: "organisation",
      entityId: keptId,
      details: { removed: { id: removed.id, name: removed.name }, people, meetings: meetingIds, contacts: contactIds },
    });
    return { kept, removed, people: people.length, meetings: meetingIds.length, contacts: contactIds.length, meetingIds };
  }, IMMEDIATE);
  invalidateCache([cacheTags.organisation(removedId), cacheTags.organisation(keptId), ...outcome.meetingIds.map(cacheTags.meeting)]);
  return outcome;
}

/** Deletes an organisation nothing uses; one still in use is refused, with what uses it: merge it into another instead. */
export function deleteOrganisation(db: Db, actor: Actor, id: string): Organisation {
  const organisation = db.transaction((tx) => {
    const actorId = assertActorRole(tx, actor, "staff");
    const found = existing(tx, id);
    const uses = organisationUses(tx, [id]).get(id)!;
    if (totalOrganisationUses(uses) > 0) {
      throw new DomainError(
        "conflict",
        `« ${found.name} » ne peut pas être supprimée : ${describeOrganisationUses(uses).toLocaleLowerCase("fr-FR")}. Fusionnez-la avec l'organisation qui la remplace.`,
      );
    }
    tx.delete(organisations).where(eq(organisations.id, id)).run();
    recordAudit(tx, { actorId, action: "organisation.delete", entityType: "organisation", entityId: id, details: { name: found.name } });
    return found;
  }, IMMEDIATE);
  invalidateCache([cacheTags.organisation(id)]);
  return organisation;
}
