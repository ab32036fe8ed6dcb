import type { Role } from "@/lib/people/schema";
import type { meetings } from "@/lib/meetings/schema";
import { hasRole } from "@/lib/people/roles";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/time";

type MeetingRules = Pick<
  typeof meetings.$inferSelect,
  "status" | "audience" | "startsAt" | "registrationEnabled" | "registrationOpensAt" | "registrationClosesAt"
>;

/** Why this person may not register for this meeting now, or null when they may. The one place these rules live. */
export function registrationRefusal(meeting: MeetingRules, role: Role | null, now: Date): DomainError | null {
  if (meeting.status === "cancelled") return new DomainError("meeting_cancelled", "Cette rencontre est annulée : les inscriptions sont fermées.");
  if (meeting.status !== "published") return new DomainError("not_found", "Cette rencontre n'existe pas.");
  if (meeting.startsAt.getTime() <= now.getTime()) return new DomainError("meeting_past", "Cette rencontre a déjà eu lieu : il n'est plus possible de s'y inscrire.");
  if (!meeting.registrationEnabled) return new DomainError("registration_closed", "Cette rencontre ne prend pas d'inscriptions en ligne.");
  if (meeting.registrationOpensAt && meeting.registrationOpensAt.getTime() > now.getTime()) {
    return new DomainError("registration_not_open", `Les inscriptions ouvriront le ${formatDateTime(meeting.registrationOpensAt)}.`);
  }
  if (meeting.registrationClosesAt && meeting.registrationClosesAt.getTime() <= now.getTime()) {
    return new DomainError("registration_closed", `Les inscriptions sont closes depuis le ${formatDateTime(meeting.registrationClosesAt)}.`);
  }
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
