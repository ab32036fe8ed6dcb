import type { RegistrationStatus } from "./schema";

/** A registration's status as its registrant and staff read it. */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: "Inscription confirmée",
  waitlisted: "Liste d'attente",
  pending_approval: "En attente de validation",
  refused: "Demande refusée",
  cancelled: "Annulée",
};
