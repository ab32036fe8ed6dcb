import { db } from "@/db/client";
import { publicFeedMeetings } from "@/lib/calendar/feeds";
import { icsResponse, meetingsToIcs } from "@/lib/calendar/ics";

export function GET(): Response {
  const body = meetingsToIcs(publicFeedMeetings(db), {
    name: "Rencontres – IREV",
    description: "Les rencontres du réseau IREV, centre de ressources politique de la ville en Hauts-de-France",
  });
  return icsResponse(body, { filename: "rencontres.ics", disposition: "inline", cache: "public" });
}
