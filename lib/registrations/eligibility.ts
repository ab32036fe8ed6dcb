import type { Role } from "@/lib/people/schema";
import type { meetings } from "@/lib/meetings/schema";
import { hasRole } from "@/lib/people/roles";
import { DomainError, type ErrorCode } from "@/lib/errors";
import { closureSentence, registrationWindow, type WindowClosure, type WindowMeeting } from "./state";

const CLOSURE_CODES: Record<WindowClosure, ErrorCode> = {
  cancelled: "meeting_cancelled",
  unpublished: "not_found",
  past: "meeting_past",
  offline: "registration_closed",
  not_yet_open: "registration_not_open",
  closed: "registration_closed",
};

/** Why this person may not register for this meeting now, or null when they may. The one place these rules live. */
export function registrationRefusal(meeting: WindowMeeting & Pick<typeof meetings.$inferSelect, "audience">, role: Role | null, now: Date): DomainError | null {
  const closure = registrationWindow(meeting, now);
  if (closure) return new DomainError(CLOSURE_CODES[closure], closureSentence(meeting, closure));
  if (role === null) return new DomainError("unauthenticated", "Connectez-vous pour vous inscrire à cette rencontre.");
  if (meeting.audience === "members" && !hasRole(role, "member")) {
    return new DomainError("forbidden", "Cette rencontre est réservée aux membres du réseau validés par l'IREV.");
  }
  return null;
}

/** Seats left, or null when the meeting has no capacity limit. */
export function seatsLeft(capacity: number | null, confirmed: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - confirmed);
}
