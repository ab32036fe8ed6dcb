import { appUrl } from "@/lib/config";

/** The venue columns of a meeting. */
export type Venue = {
  venueName: string | null;
  venueRoom: string | null;
  venueAddress: string | null;
  venuePostcode: string | null;
  venueCity: string | null;
};

export const VENUE_FIELDS = ["venueName", "venueRoom", "venueAddress", "venuePostcode", "venueCity"] as const satisfies readonly (keyof Venue)[];

/** "Salle des fêtes, Salle 2, 1 rue X, 60400 Noyon": the venue parts that are known, empty when none is. */
export function formatVenue(v: Venue): string {
  const city = [v.venuePostcode, v.venueCity].filter(Boolean).join(" ");
  return [v.venueName, v.venueRoom, v.venueAddress, city].filter(Boolean).join(", ");
}

/** The absolute address of a meeting's public page, for calendars and e-mails. */
export function meetingPageUrl(slug: string): string {
  return `${appUrl()}/rencontres/${encodeURIComponent(slug)}`;
}
