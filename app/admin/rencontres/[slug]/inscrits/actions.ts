"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db/client";
import { validatedActionWithUser } from "@/lib/actions";
import { registrantName } from "@/lib/registrations/queries";
import { DomainError } from "@/lib/errors";
import { plural } from "@/lib/format";
import {
  addRegistrant,
  approveRegistrations,
  cancelOnBehalf,
  editAnswers,
  moveOnWaitlist,
  promoteRegistration,
  refuseRegistrations,
  setStaffNote,
  STAFF_NOTE_MAX_LENGTH,
} from "@/lib/registrations/staff";

const id = z.string().min(1).max(64);
const selection = z.array(id).min(1).max(1000);
const ticked = z.literal("on").optional().transform(Boolean);

function refresh(slug: string): void {
  revalidatePath(`/admin/rencontres/${slug}/inscrits`);
}

const ROW_ACTIONS = ["approve", "refuse", "promote", "up", "down", "cancel"] as const;

/*
 * The one form of the list: the bulk buttons ("approve"/"refuse", on the ticked "ids") and each row's buttons
 * ("<action>:<registration id>"), tied to it by their form attribute. The over-capacity box and the refusal
 * message belong to the same form.
 */
export const registrantsAction = validatedActionWithUser(
  z.object({
    meetingId: id,
    slug: z.string().min(1).max(200),
    ligne: z.string().regex(new RegExp(`^(${ROW_ACTIONS.join("|")})(:[^:]{1,64})?$`)),
    auDelaDeLaJauge: ticked,
    message: z.string().trim().max(2000, "Le message de refus doit faire 2 000 caractères au plus.").optional(),
  }),
  "staff",
  async ({ meetingId, slug, ligne, auDelaDeLaJauge, message }, user, formData) => {
    const [action, one] = ligne.split(":") as [(typeof ROW_ACTIONS)[number], string | undefined];
    const actor = { userId: user.id };
    const ids = selection.safeParse(one ? [one] : formData.getAll("ids"));
    if (!ids.success) throw new DomainError("validation_failed", "Cochez au moins une demande d'inscription.");
    const who = one ? registrantName(db, one) : null;
    let result: string;
    switch (action) {
      case "approve": {
        const outcome = approveRegistrations(db, actor, { meetingId, registrationIds: ids.data, overCapacity: auDelaDeLaJauge });
        const parts = [
          outcome.confirmed ? `${plural(outcome.confirmed, "inscription confirmée", "inscriptions confirmées")}` : null,
          outcome.overCapacity ? `${plural(outcome.overCapacity, "confirmée", "confirmées")} au-delà de la jauge` : null,
          outcome.waitlisted ? `${plural(outcome.waitlisted, "personne placée", "personnes placées")} en tête de la liste d'attente (rencontre complète)` : null,
        ].filter(Boolean);
        result = `${who ? `Demande de ${who} validée` : "Demandes validées"}\u00a0: ${parts.join(", ")}. Chaque personne en est informée par e-mail.`;
        break;
      }
      case "refuse": {
        const count = refuseRegistrations(db, actor, { meetingId, registrationIds: ids.data, message });
        result = `${who ? `Demande de ${who} refusée` : `${plural(count, "demande refusée", "demandes refusées")}`}. Un e-mail en informe ${count > 1 ? "chaque personne" : "la personne"}.`;
        break;
      }
      case "promote":
        promoteRegistration(db, actor, { meetingId, registrationId: ids.data[0]!, overCapacity: auDelaDeLaJauge });
        result = `${who ?? "La personne"} passe de la liste d'attente aux inscriptions confirmées ; un e-mail l'en informe.`;
        break;
      case "up":
      case "down": {
        const { position, length } = moveOnWaitlist(db, actor, { meetingId, registrationId: ids.data[0]!, direction: action });
        result = `${who ?? "La personne"} est désormais en position ${position} sur ${length} de la liste d'attente.`;
        break;
      }
      case "cancel": {
        const { promoted } = cancelOnBehalf(db, actor, { meetingId, registrationId: ids.data[0]! });
        result = `Inscription de ${who ?? "la personne"} annulée ; un e-mail l'en informe.${promoted.length ? " La place est attribuée à la première personne de la liste d'attente." : ""}`;
        break;
      }
    }
    refresh(slug);
    return { ok: true, message: result };
  },
);

export const registrantDetailsAction = validatedActionWithUser(
  z.object({ meetingId: id, slug: z.string().min(1).max(200), registrationId: id, note: z.string().max(STAFF_NOTE_MAX_LENGTH, "La note doit faire 2 000 caractères au plus.") }),
  "staff",
  async ({ meetingId, slug, registrationId, note }, user, formData) => {
    const answers = Object.fromEntries([...formData].filter(([key, value]) => key.startsWith("answers.") && typeof value === "string").map(([key, value]) => [key.slice("answers.".length), value]));
    editAnswers(db, { userId: user.id }, { meetingId, registrationId, answers });
    setStaffNote(db, { userId: user.id }, { meetingId, registrationId, note });
    refresh(slug);
    return { ok: true, message: "Réponses et note enregistrées." };
  },
);

export const addRegistrantAction = validatedActionWithUser(
  z.object({
    meetingId: id,
    slug: z.string().min(1).max(200),
    email: z.email("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.").max(200),
    givenName: z.string().trim().max(100).optional(),
    familyName: z.string().trim().max(100).optional(),
    organisation: z.string().trim().max(200).optional(),
    auDelaDeLaJauge: ticked,
  }),
  "staff",
  async ({ meetingId, slug, email, givenName, familyName, organisation, auDelaDeLaJauge }, user) => {
    const newPerson = givenName && familyName ? { givenName, familyName, email, organisation: organisation ?? "" } : undefined;
    const { registration, invited } = addRegistrant(db, { userId: user.id }, { meetingId, email, newPerson, overCapacity: auDelaDeLaJauge });
    refresh(slug);
    const where = registration.status === "confirmed" ? (registration.overCapacity ? "confirmée au-delà de la jauge" : "confirmée") : `placée en position ${registration.waitlistPosition} de la liste d'attente`;
    return { ok: true, message: `Inscription de ${email} ${where}.${invited ? " Un compte a été créé ; une invitation à choisir un mot de passe lui est envoyée." : " Un e-mail l'en informe."}` };
  },
);
