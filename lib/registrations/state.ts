import type { meetings } from "@/lib/meetings/schema";
import { plural } from "@/lib/format";
import { formatDate, formatDateTime } from "@/lib/time";

/*
 * The registration state of a meeting, decided in one place for everything that shows it:
 * cards on / and /rencontres, the meeting page, the API, and the refusals of the registration itself.
 */

type Meeting = typeof meetings.$inferSelect;

export type WindowMeeting = Pick<Meeting, "status" | "startsAt" | "registrationEnabled" | "registrationOpensAt" | "registrationClosesAt">;
export type StateMeeting = WindowMeeting & Pick<Meeting, "approvalRequired" | "waitlistEnabled"> & { seatsLeft: number | null };

/** Why registration is shut whoever asks, or null while the meeting takes registrations. */
export type WindowClosure = "cancelled" | "unpublished" | "past" | "offline" | "not_yet_open" | "closed";

export const REGISTRATION_STATES = ["cancelled", "unpublished", "past", "offline", "not_yet_open", "closed", "full", "waitlist", "open"] as const;
export type RegistrationStateCode = (typeof REGISTRATION_STATES)[number];

export type RegistrationState = {
  code: RegistrationStateCode;
  /** One short French phrase for badges and the API, or null when nothing needs saying (past, offline…). */
  label: string | null;
  /** Whether the label is good news (seats to take) or a warning; never shown by colour alone. */
  tone: "ok" | "warn" | "neutral";
};

export function registrationWindow(meeting: WindowMeeting, now: Date): WindowClosure | null {
  if (meeting.status === "cancelled") return "cancelled";
  if (meeting.status !== "published") return "unpublished";
  if (meeting.startsAt.getTime() <= now.getTime()) return "past";
  if (!meeting.registrationEnabled) return "offline";
  if (meeting.registrationOpensAt && meeting.registrationOpensAt.getTime() > now.getTime()) return "not_yet_open";
  if (meeting.registrationClosesAt && meeting.registrationClosesAt.getTime() <= now.getTime()) return "closed";
  return null;
}

/** The state of registration for anyone, seats included: the one answer to "can people still register, and how?". */
export function registrationState(meeting: StateMeeting, now: Date): RegistrationState {
  const closure = registrationWindow(meeting, now);
  switch (closure) {
    case "not_yet_open":
      return { code: closure, label: `Inscriptions à partir du ${formatDate(meeting.registrationOpensAt!)}`, tone: "neutral" };
    case "closed":
      return { code: closure, label: "Inscriptions closes", tone: "warn" };
    case null:
      break;
    default:
      return { code: closure, label: null, tone: "neutral" };
  }
  if (meeting.approvalRequired) return { code: "open", label: "Inscription sur validation", tone: "warn" };
  if (meeting.seatsLeft === 0) {
    return meeting.waitlistEnabled
      ? { code: "waitlist", label: "Complet – liste d'attente", tone: "warn" }
      : { code: "full", label: "Complet", tone: "warn" };
  }
  if (meeting.seatsLeft === null) return { code: "open", label: "Inscriptions ouvertes", tone: "ok" };
  return { code: "open", label: plural(meeting.seatsLeft, "place restante", "places restantes"), tone: "ok" };
}

/** The sentence the meeting page gives when registration is shut whoever asks. */
export function closureSentence(meeting: WindowMeeting, closure: WindowClosure): string {
  switch (closure) {
    case "cancelled":
      return "Cette rencontre est annulée : les inscriptions sont fermées.";
    case "unpublished":
      return "Cette rencontre n'existe pas.";
    case "past":
      return "Cette rencontre a eu lieu : les inscriptions sont closes.";
    case "offline":
      return "Cette rencontre ne prend pas d'inscriptions en ligne.";
    case "not_yet_open":
      return `Les inscriptions ouvriront le ${formatDateTime(meeting.registrationOpensAt!)}.`;
    case "closed":
      return `Les inscriptions sont closes depuis le ${formatDateTime(meeting.registrationClosesAt!)}.`;
  }
}
