import type { CalendarMeeting } from "@/lib/calendar/ics";
import { invitationIcs } from "@/lib/calendar/invitation";
import type { Settings } from "@/lib/settings/registry";
import { parisInstant } from "@/lib/time";
import type { OutgoingEmail } from "./outbox";
import { EMAIL_KINDS, type CalendarMethod, type EmailKind } from "./schema";
import {
  accountApprovedEmail,
  accountExistsEmail,
  accountInvitationEmail,
  accountRefusedEmail,
  accountVerificationEmail,
  passwordResetEmail,
  signInLinkEmail,
} from "./templates/account";
import {
  attestationAvailableEmail,
  meetingCancelledEmail,
  meetingChangedEmail,
  meetingReminderEmail,
  registrationApprovedEmail,
  registrationCancelledEmail,
  registrationConfirmedEmail,
  registrationPendingEmail,
  registrationRefusedEmail,
  registrationWaitlistedEmail,
  staffMessageEmail,
  waitlistPromotedEmail,
  type CalendarPart,
} from "./templates/meetings";
import { siteLink, type MailMeeting, type Recipient } from "./templates/render";

/** Who and what the example e-mails are about. */
export type ExampleSubject = { person: Recipient; meeting: MailMeeting };

/* A fictitious person and a demonstration meeting in the style of the seeds. */
const demoPerson: Recipient = { email: "camille.martin@example.org", name: "Camille Martin", givenName: "Camille" };

const demoMeeting: MailMeeting = {
  title: "Jeudi de la ville : contrat de ville, quels moyens pour les quartiers ?",
  slug: "jeudi-de-la-ville-contrat-de-ville-moyens-quartiers",
  startsAt: parisInstant(2027, 3, 11, 9, 30),
  endsAt: parisInstant(2027, 3, 11, 16, 30),
  allDay: false,
  timeKnown: true,
  venueName: "Maison régionale de l'environnement et des solidarités",
  venueRoom: "Salle 1",
  venueAddress: "23 rue Gosselet",
  venuePostcode: "59000",
  venueCity: "Lille",
  onlineUrl: null,
};

const code = "K7Q-4MP";
const WEEK = 7 * 24 * 3_600_000;
const oneTimeLink = (path: string) => siteLink(`${path}?token=exemple-de-jeton-a-usage-unique`);

/** The calendar part the real flows attach (lib/calendar/invitation), for the example meeting at a given SEQUENCE. */
function exampleCalendar(settings: Settings, person: Recipient, meeting: MailMeeting, method: CalendarMethod, sequence: number): CalendarPart {
  const event: CalendarMeeting = { ...meeting, id: "exemple", summary: "", status: "published", sequence, updatedAt: meeting.startsAt };
  const organizer = { name: settings.mail.senderName, email: settings.mail.senderAddress };
  return { method, content: invitationIcs(event, { method, sequence, organizer, attendee: person, stamp: new Date(meeting.startsAt.getTime() - WEEK) }) };
}

/**
 * One realistic e-mail of each kind, in the order of EMAIL_KINDS: for /admin/courriels/modeles and the SMTP tests.
 * Another person or meeting can be given (the tests give hostile ones).
 */
export function exampleEmails(settings: Settings, { person, meeting }: ExampleSubject = { person: demoPerson, meeting: demoMeeting }): OutgoingEmail[] {
  const identity = settings.identity;
  const moved: MailMeeting = {
    ...meeting,
    startsAt: new Date(meeting.startsAt.getTime() + WEEK),
    endsAt: new Date(meeting.endsAt.getTime() + WEEK),
    venueName: "Hôtel de région",
    venueRoom: "Salle Matisse",
    venueAddress: "151 avenue du Président-Hoover",
  };
  const request = exampleCalendar(settings, person, meeting, "REQUEST", 0);
  const examples: Record<EmailKind, OutgoingEmail> = {
    account_verification: accountVerificationEmail(identity, person, oneTimeLink("/api/auth/callback/lien")),
    sign_in_link: signInLinkEmail(identity, person, oneTimeLink("/api/auth/callback/lien")),
    password_reset: passwordResetEmail(identity, person, oneTimeLink("/nouveau-mot-de-passe")),
    account_exists: accountExistsEmail(identity, person),
    account_approved: accountApprovedEmail(identity, person),
    account_refused: accountRefusedEmail(identity, person),
    account_invitation: accountInvitationEmail(identity, person, oneTimeLink("/nouveau-mot-de-passe"), meeting.title),
    registration_confirmed: registrationConfirmedEmail(identity, person, meeting, code, request),
    registration_waitlisted: registrationWaitlistedEmail(identity, person, meeting, 3),
    registration_pending: registrationPendingEmail(identity, person, meeting),
    waitlist_promoted: waitlistPromotedEmail(identity, person, meeting, code, request),
    registration_approved: registrationApprovedEmail(identity, person, meeting, code, request),
    registration_refused: registrationRefusedEmail(identity, person, meeting, "La rencontre est réservée aux équipes des contrats de ville du Nord."),
    meeting_reminder: meetingReminderEmail(identity, person, meeting, code),
    meeting_changed: meetingChangedEmail(identity, person, { before: meeting, after: moved }, exampleCalendar(settings, person, moved, "REQUEST", 1)),
    registration_cancelled: registrationCancelledEmail(identity, person, meeting, false, exampleCalendar(settings, person, meeting, "CANCEL", 1)),
    meeting_cancelled: meetingCancelledEmail(identity, person, meeting, "Plusieurs intervenants ne peuvent plus être présents ; la rencontre sera reprogrammée à l'automne.", exampleCalendar(settings, person, meeting, "CANCEL", 1)),
    staff_message: staffMessageEmail(identity, person, {
      subject: "Documents à lire avant le Jeudi de la ville",
      body: "Pour préparer les échanges, vous trouverez les documents de la journée sur la page de la rencontre.\nMerci de les parcourir avant jeudi.\n\nÀ bientôt !",
      meeting,
    }),
    attestation_available: attestationAvailableEmail(identity, person, meeting),
  };
  return EMAIL_KINDS.map((kind) => examples[kind]);
}
