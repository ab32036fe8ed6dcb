import { appUrl } from "@/lib/config";

/** The venue parts of a meeting, as far as they are known. */
export type MeetingVenue = {
  venueName: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
};

/** The absolute address of a meeting's public page, for calendars and e-mails. */
export function meetingPageUrl(slug: string): string {
  return `${appUrl()}/rencontres/${encodeURIComponent(slug)}`;
}

/** "Salle des fêtes, Salle 2, 1 rue X, 60400 Noyon" — the venue parts that are known. */
export function meetingPlace(m: MeetingVenue): string {
  const city = [m.venuePostcode, m.venueCity].filter(Boolean).join(" ");
  return [m.venueName, m.venueRoom, m.venueAddress, city].filter(Boolean).join(", ");
}
