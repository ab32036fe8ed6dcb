import type { CalendarMeeting } from "@/lib/calendar/ics";
import { parisInstant } from "@/lib/time";

/** A published meeting as the calendar code sees it: Thursday 1 April 2027, 9 h 30 – 16 h 30, in Noyon. */
export function calendarMeeting(overrides: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    id: "m1",
    slug: "rencontre-de-reseau-noyon",
    title: "Rencontre de réseau",
    summary: "Les contrats de ville, bilan et perspectives",
    startsAt: parisInstant(2027, 4, 1, 9, 30),
    endsAt: parisInstant(2027, 4, 1, 16, 30),
    allDay: false,
    timeKnown: true,
    status: "published",
    venueName: "Hôtel de ville",
    venueRoom: "Salle du conseil",
    venueAddress: "Place Bertrand Labarre",
    venuePostcode: "60400",
    venueCity: "Noyon",
    sequence: 0,
    updatedAt: new Date("2027-02-01T10:00:00Z"),
    ...overrides,
  };
}
