import { appUrl } from "@/lib/config";
import { formatVenue, type Venue } from "@/lib/meetings/venue";
import { formatSpan, type MeetingSpan } from "@/lib/time";
import type { OutgoingEmail } from "./outbox";

type MeetingRef = MeetingSpan & { title: string; slug: string };

const SIGNATURE = "\n\n—\nIREV, centre de ressources politique de la ville Hauts-de-France";

function meetingLines(meeting: MeetingRef): string {
  return `« ${meeting.title} »\n${formatSpan(meeting)}\n${appUrl()}/rencontres/${meeting.slug}`;
}

export function waitlistPromotionEmail(to: string, name: string, meeting: MeetingRef): OutgoingEmail {
  return {
    to,
    kind: "waitlist_promoted",
    subject: `Une place s'est libérée : vous êtes inscrit(e) à « ${meeting.title} »`,
    text: `Bonjour ${name},\n\nUne place s'est libérée et votre inscription est confirmée pour la rencontre :\n${meetingLines(meeting)}\n\nSi vous ne pouvez plus venir, annulez votre inscription depuis votre espace pour libérer la place.${SIGNATURE}`,
  };
}

/** Sent when a person cancels their own registration or leaves the waitlist. */
export function registrationCancelledEmail(to: string, name: string, meeting: MeetingRef, leftWaitlist: boolean): OutgoingEmail {
  const what = leftWaitlist ? "Vous avez quitté la liste d'attente de la rencontre" : "Votre inscription est annulée pour la rencontre";
  return {
    to,
    kind: "registration_cancelled",
    subject: `${leftWaitlist ? "Liste d'attente quittée" : "Inscription annulée"} : « ${meeting.title} »`,
    text: `Bonjour ${name},

${what} :
${meetingLines(meeting)}

Vous pouvez vous y inscrire de nouveau depuis sa page tant que les inscriptions sont ouvertes.${SIGNATURE}`,
  };
}

export function registrationConfirmationEmail(
  to: string,
  name: string,
  meeting: MeetingRef,
  status: "confirmed" | "waitlisted" | "pending_approval",
  waitlistPosition: number | null,
): OutgoingEmail {
  const statusLine = {
    confirmed: "Votre inscription est confirmée.",
    waitlisted: `La rencontre est complète : vous êtes sur la liste d'attente, en position ${waitlistPosition}. Vous serez prévenu(e) par e-mail si une place se libère.`,
    pending_approval: "Votre demande d'inscription a bien été reçue ; l'équipe de l'IREV vous répondra après examen.",
  }[status];
  return {
    to,
    kind: ({ confirmed: "registration_confirmed", waitlisted: "registration_waitlisted", pending_approval: "registration_pending" } as const)[status],
    subject: `Inscription à « ${meeting.title} »`,
    text: `Bonjour ${name},\n\n${statusLine}\n\n${meetingLines(meeting)}${SIGNATURE}`,
  };
}

export function signInLinkEmail(to: string, url: string): OutgoingEmail {
  return {
    to,
    kind: "sign_in_link",
    secretLink: url,
    subject: "Votre lien de connexion au réseau IREV",
    text: `Bonjour,\n\nPour vous connecter, ouvrez ce lien (valable 24 heures, utilisable une seule fois) :\n${url}\n\nSi vous n'avez pas demandé ce lien, ignorez ce message.${SIGNATURE}`,
  };
}

export function verifyEmailEmail(to: string, name: string, url: string): OutgoingEmail {
  return {
    to,
    kind: "account_verification",
    secretLink: url,
    subject: "Confirmez votre adresse e-mail – réseau IREV",
    text: `Bonjour ${name},\n\nPour confirmer votre adresse et activer votre compte, ouvrez ce lien (valable 24 heures) :\n${url}\n\nVotre compte sera ensuite examiné par l'équipe de l'IREV.${SIGNATURE}`,
  };
}

export function accountApprovedEmail(to: string, name: string): OutgoingEmail {
  return {
    to,
    kind: "account_approved",
    subject: "Votre compte membre du réseau IREV est validé",
    text: `Bonjour ${name},\n\nL'équipe de l'IREV a validé votre compte : vous avez désormais accès aux rencontres et documents réservés aux membres.\n${appUrl()}/mon-espace${SIGNATURE}`,
  };
}

export function accountRefusedEmail(to: string, name: string): OutgoingEmail {
  return {
    to,
    kind: "account_refused",
    subject: "Votre demande de compte au réseau IREV",
    text: `Bonjour ${name},\n\nVotre demande de compte membre n'a pas été retenue. Pour toute question, répondez à ce message.${SIGNATURE}`,
  };
}

export function passwordResetEmail(to: string, name: string, url: string): OutgoingEmail {
  return {
    to,
    kind: "password_reset",
    secretLink: url,
    subject: "Choisir un nouveau mot de passe – réseau IREV",
    text: `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (valable une heure, utilisable une seule fois) :\n${url}\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe actuel reste valable.${SIGNATURE}`,
  };
}

export function accountExistsEmail(to: string, name: string): OutgoingEmail {
  return {
    to,
    kind: "account_exists",
    subject: "Tentative de création de compte avec votre adresse – réseau IREV",
    text: `Bonjour ${name},\n\nQuelqu'un a tenté de créer un compte avec votre adresse ; vous avez déjà un compte. Connectez-vous ou choisissez un nouveau mot de passe :\n${appUrl()}/connexion\n${appUrl()}/mot-de-passe-oublie\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.${SIGNATURE}`,
  };
}

/** Sent to every registrant when IREV moves a meeting or changes its place; seat holders also get the calendar update. */
export function meetingChangedEmail(
  to: string,
  name: string,
  meeting: MeetingRef & Venue,
  before: { span?: MeetingSpan; venue?: Venue },
): OutgoingEmail {
  const changes = [
    before.span ? `Nouvel horaire : ${formatSpan(meeting)}\n(auparavant : ${formatSpan(before.span)})` : null,
    before.venue ? `Nouveau lieu : ${formatVenue(meeting) || "à préciser"}\n(auparavant : ${formatVenue(before.venue) || "non précisé"})` : null,
  ].filter(Boolean);
  return {
    to,
    kind: "meeting_changed",
    subject: `Changement ${before.span && before.venue ? "d'horaire et de lieu" : before.span ? "d'horaire" : "de lieu"} : « ${meeting.title} »`,
    text: `Bonjour ${name},\n\nL'équipe de l'IREV a modifié la rencontre à laquelle vous êtes inscrit(e) :\n${meetingLines(meeting)}\n\n${changes.join("\n\n")}${SIGNATURE}`,
  };
}

/** Sent to every registrant when IREV cancels a meeting; seat holders also get the calendar cancellation. */
export function meetingCancelledEmail(to: string, name: string, meeting: MeetingRef, reason: string): OutgoingEmail {
  return {
    to,
    kind: "meeting_cancelled",
    subject: `Rencontre annulée : « ${meeting.title} »`,
    text: `Bonjour ${name},\n\nL'équipe de l'IREV a le regret de vous informer que la rencontre suivante est annulée :\n${meetingLines(meeting)}\n\nMotif : ${reason}\n\nVotre inscription n'a plus d'objet : vous n'avez rien à faire.${SIGNATURE}`,
  };
}
