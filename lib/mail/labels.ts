import type { CalendarMethod, EmailKind, OutboxStatus } from "./schema";

/** What each e-mail is, for staff reading the outbox and the templates. */
export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  account_verification: "Vérification de l'adresse",
  sign_in_link: "Lien de connexion",
  password_reset: "Nouveau mot de passe",
  account_exists: "Inscription avec une adresse déjà connue",
  account_approved: "Compte validé",
  account_refused: "Compte refusé",
  account_invitation: "Compte créé par l'équipe",
  registration_confirmed: "Inscription confirmée",
  registration_waitlisted: "Inscription en liste d'attente",
  registration_pending: "Demande d'inscription reçue",
  waitlist_promoted: "Place libérée (liste d'attente)",
  registration_approved: "Inscription acceptée",
  registration_refused: "Inscription refusée",
  meeting_reminder: "Rappel deux jours avant",
  meeting_changed: "Changement d'horaire ou de lieu",
  registration_cancelled: "Annulation de l'inscription",
  meeting_cancelled: "Rencontre annulée par l'IREV",
  staff_message: "Message de l'équipe",
  attestation_available: "Attestation disponible",
};

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  queued: "En attente d'envoi",
  sent: "Envoyé",
  failed: "Échec définitif",
};

/** What the calendar part of an e-mail does in the recipient's calendar. */
export const CALENDAR_LABELS: Record<CalendarMethod, string> = {
  REQUEST: "Avec une invitation d'agenda jointe, qui ajoute ou met à jour l'événement.",
  CANCEL: "Avec une annulation d'agenda jointe, qui retire l'événement.",
};
