import { foldForSearch } from "@/lib/people/names";
import { normaliseRegistrationCode } from "@/lib/registrations/code-format";
import type { Attendance } from "@/lib/registrations/schema";

/*
 * The check-in search, one rule for the server and for the page at the door (which searches the roster it holds
 * while the venue's Wi-Fi is down). No server dependency.
 */

/** Header the check-in page's requests carry: its routes refuse a request without it (a cross-site form cannot send it). */
export const CHECK_IN_REQUEST_HEADER = { name: "X-Requested-With", value: "emargement" } as const;

/** What the check-in page holds about a confirmed registrant: names, organisation, code and presence — never answers or contact details. */
export type CheckInPerson = {
  registrationId: string;
  givenName: string;
  familyName: string;
  organisation: string | null;
  code: string | null;
  walkIn: boolean;
  attendance: Attendance;
};

/**
 * Who the typed text finds: the one person whose registration code it is (typed or scanned with or without the dash,
 * any case), else everyone whose given name, family name and organisation contain each of its words, accents and
 * case ignored. An empty search finds nobody: the list stays empty until staff type.
 */
export function searchCheckInRoster<P extends CheckInPerson>(roster: readonly P[], query: string): P[] {
  const code = normaliseRegistrationCode(query);
  const byCode = code ? roster.filter((person) => person.code === code) : [];
  if (byCode.length > 0) return byCode;
  const words = foldForSearch(query).split(" ").filter(Boolean);
  if (words.length === 0) return [];
  return roster.filter((person) => {
    const haystack = foldForSearch(`${person.givenName} ${person.familyName} ${person.organisation ?? ""}`);
    return words.every((word) => haystack.includes(word));
  });
}
