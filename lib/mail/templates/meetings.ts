import { meetingPlace } from "@/lib/meetings/place";
import { formatDate, formatSpan } from "@/lib/time";
import type { OutgoingEmail } from "../outbox";
import type { EmailKind } from "../schema";
import { paragraphs, personalEmail, siteLink, type Block, type MailIdentity, type MailMeeting, type Recipient } from "./render";

/* E-mails about a meeting and a person's registration to it. */

/** The invitation or cancellation built for the meeting's calendar event (lib/calendar), carried as it is. */
export type CalendarPart = OutgoingEmail["calendar"];

const meetingCard = (meeting: MailMeeting): Block => ({ kind: "meeting", meeting });
const mySpaceButton = (): Block => ({ kind: "button", label: "Voir mes inscriptions", url: siteLink("/mon-espace") });
const freeYourSeat: Block = { kind: "paragraph", text: "Si vous ne pouvez plus venir, annulez votre inscription depuis Mon espace pour libérer la place." };

/** The code checked at the door; registrations from before codes existed have none until the next start fills it in. */
function doorCode(code: string | null): Block[] {
  if (!code) return [];
  return [{ kind: "code", label: "Votre code d'inscription", code, note: "Il sera vérifié à l'entrée : présentez-le depuis ce message ou depuis Mon espace." }];
}

/** One sentence on what the attached calendar part does, when there is one. */
function calendarNote(calendar: CalendarPart, text: string): Block[] {
  return calendar ? [{ kind: "paragraph", text }] : [];
}

const ADDED_TO_CALENDAR = "L'invitation jointe ajoute la rencontre à votre agenda.";

/** Confirmation of a seat: the registration's code, the meeting, and the invitation when one is attached. */
function seatEmail(
  identity: MailIdentity,
  person: Recipient,
  meeting: MailMeeting,
  seat: { kind: EmailKind; subject: string; opening: string; code: string | null; calendar?: CalendarPart },
): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: seat.kind,
    subject: seat.subject,
    calendar: seat.calendar,
    blocks: [
      { kind: "paragraph", text: seat.opening },
      meetingCard(meeting),
      ...doorCode(seat.code),
      ...calendarNote(seat.calendar, ADDED_TO_CALENDAR),
      freeYourSeat,
      mySpaceButton(),
    ],
  });
}

export function registrationConfirmedEmail(
  identity: MailIdentity,
  person: Recipient,
  meeting: MailMeeting,
  code: string | null,
  calendar?: CalendarPart,
): OutgoingEmail {
  return seatEmail(identity, person, meeting, {
    kind: "registration_confirmed",
    subject: `Inscription confirmée : « ${meeting.title} »`,
    opening: "Votre inscription est confirmée pour la rencontre ci-dessous.",
    code,
    calendar,
  });
}

export function waitlistPromotedEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting, code: string | null, calendar?: CalendarPart): OutgoingEmail {
  return seatEmail(identity, person, meeting, {
    kind: "waitlist_promoted",
    subject: `Une place s'est libérée : « ${meeting.title} »`,
    opening: "Une place s'est libérée : vous quittez la liste d'attente et votre inscription est confirmée pour la rencontre ci-dessous.",
    code,
    calendar,
  });
}

export function registrationApprovedEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting, code: string | null, calendar?: CalendarPart): OutgoingEmail {
  return seatEmail(identity, person, meeting, {
    kind: "registration_approved",
    subject: `Inscription acceptée : « ${meeting.title} »`,
    opening: `L'équipe ${identity.shortName} a accepté votre demande : votre inscription est confirmée pour la rencontre ci-dessous.`,
    code,
    calendar,
  });
}

export function registrationWaitlistedEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting, position: number): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "registration_waitlisted",
    subject: `Liste d'attente : « ${meeting.title} »`,
    blocks: [
      {
        kind: "paragraph",
        text: `La rencontre est complète : vous êtes sur la liste d'attente, en position ${position}. Si une place se libère, votre inscription sera confirmée et vous en serez prévenu(e) par e-mail.`,
      },
      meetingCard(meeting),
      { kind: "paragraph", text: "Si vous ne souhaitez plus venir, quittez la liste d'attente depuis Mon espace." },
      mySpaceButton(),
    ],
  });
}

export function registrationPendingEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "registration_pending",
    subject: `Demande d'inscription reçue : « ${meeting.title} »`,
    blocks: [
      { kind: "paragraph", text: `Votre demande d'inscription a bien été reçue. L'équipe ${identity.shortName} l'examinera et vous répondra par e-mail.` },
      meetingCard(meeting),
      mySpaceButton(),
    ],
  });
}

export function registrationRefusedEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting, reason: string | null): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "registration_refused",
    subject: `Inscription non retenue : « ${meeting.title} »`,
    blocks: [
      { kind: "paragraph", text: "Votre demande d'inscription à la rencontre ci-dessous n'a pas pu être retenue." },
      ...(reason ? paragraphs(`Motif : ${reason}`) : []),
      meetingCard(meeting),
      { kind: "paragraph", text: `Pour toute question, écrivez à ${identity.contactEmail}.` },
    ],
  });
}

export function meetingReminderEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting, code: string | null): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "meeting_reminder",
    subject: `Rappel : « ${meeting.title} », ${formatDate(meeting.startsAt)}`,
    blocks: [
      { kind: "paragraph", text: "Nous vous rappelons que vous êtes inscrit(e) à la rencontre ci-dessous, dans deux jours." },
      meetingCard(meeting),
      ...doorCode(code),
      freeYourSeat,
      mySpaceButton(),
    ],
  });
}

/** What changed between the two versions of a meeting: its time, its place, its online link. */
function changes(before: MailMeeting, after: MailMeeting): Block[] {
  const none = "non précisé";
  const pairs = [
    { label: "Date", before: formatSpan(before), after: formatSpan(after) },
    { label: "Lieu", before: meetingPlace(before) || none, after: meetingPlace(after) || none },
    { label: "Lien de connexion", before: before.onlineUrl ?? none, after: after.onlineUrl ?? none },
  ];
  return pairs.filter((pair) => pair.before !== pair.after).map((pair) => ({ kind: "change", ...pair }));
}

export function meetingChangedEmail(
  identity: MailIdentity,
  person: Recipient,
  meeting: { before: MailMeeting; after: MailMeeting },
  calendar?: CalendarPart,
): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "meeting_changed",
    subject: `Changement d'horaire ou de lieu : « ${meeting.after.title} »`,
    calendar,
    blocks: [
      { kind: "paragraph", text: "La rencontre à laquelle vous êtes inscrit(e) change :" },
      ...changes(meeting.before, meeting.after),
      { kind: "paragraph", text: "Votre inscription est maintenue. La rencontre, telle qu'elle aura lieu :" },
      meetingCard(meeting.after),
      ...calendarNote(calendar, "L'invitation jointe met à jour l'événement dans votre agenda."),
      freeYourSeat,
      mySpaceButton(),
    ],
  });
}

const REMOVED_FROM_CALENDAR = "L'annulation jointe retire l'événement de votre agenda.";

/** Sent when a person cancels their own registration or leaves the waitlist. */
export function registrationCancelledEmail(
  identity: MailIdentity,
  person: Recipient,
  meeting: MailMeeting,
  leftWaitlist: boolean,
  calendar?: CalendarPart,
): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "registration_cancelled",
    subject: `${leftWaitlist ? "Liste d'attente quittée" : "Inscription annulée"} : « ${meeting.title} »`,
    calendar,
    blocks: [
      {
        kind: "paragraph",
        text: leftWaitlist ? "Vous avez quitté la liste d'attente de la rencontre ci-dessous." : "Votre inscription à la rencontre ci-dessous est annulée.",
      },
      meetingCard(meeting),
      ...calendarNote(calendar, REMOVED_FROM_CALENDAR),
      { kind: "paragraph", text: "Vous pouvez vous y inscrire de nouveau depuis sa page tant que les inscriptions sont ouvertes." },
    ],
  });
}

export function meetingCancelledEmail(
  identity: MailIdentity,
  person: Recipient,
  meeting: MailMeeting,
  reason: string,
  calendar?: CalendarPart,
): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "meeting_cancelled",
    subject: `Rencontre annulée : « ${meeting.title} »`,
    calendar,
    blocks: [
      { kind: "paragraph", text: `L'équipe ${identity.shortName} a le regret d'annuler la rencontre ci-dessous. Votre inscription est annulée : vous n'avez rien à faire.` },
      ...paragraphs(`Motif : ${reason}`),
      meetingCard(meeting),
      ...calendarNote(calendar, REMOVED_FROM_CALENDAR),
      { kind: "paragraph", text: `Pour toute question, écrivez à ${identity.contactEmail}.` },
    ],
  });
}

/** A message written by staff to the people registered to a meeting (or to one person): their words, kept as paragraphs. */
export function staffMessageEmail(
  identity: MailIdentity,
  person: Recipient,
  message: { subject: string; body: string; meeting: MailMeeting | null },
): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "staff_message",
    subject: message.subject,
    blocks: [
      ...paragraphs(message.body),
      ...(message.meeting ? [meetingCard(message.meeting)] : []),
      { kind: "paragraph", text: `Pour répondre, écrivez à ${identity.contactEmail}.` },
    ],
  });
}

export function attestationAvailableEmail(identity: MailIdentity, person: Recipient, meeting: MailMeeting): OutgoingEmail {
  return personalEmail(identity, person, {
    kind: "attestation_available",
    subject: `Votre attestation de présence : « ${meeting.title} »`,
    blocks: [
      { kind: "paragraph", text: "Votre attestation de présence à la rencontre ci-dessous est disponible dans Mon espace." },
      meetingCard(meeting),
      { kind: "button", label: "Télécharger mon attestation", url: siteLink("/mon-espace") },
    ],
  });
}
