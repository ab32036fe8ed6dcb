import { plural } from "@/lib/format";

type BadgeMeeting = {
  status: string;
  audience: string;
  approvalRequired: boolean;
  registrationEnabled: boolean;
  endsAt: Date;
  capacity: number | null;
  seatsLeft: number | null;
  waitlistEnabled: boolean;
};

/** Short facts about a meeting's registration, in words (never colour alone). */
export function MeetingBadges({ meeting, now = new Date() }: { meeting: BadgeMeeting; now?: Date }) {
  const badges: { label: string; tone: string }[] = [];
  const upcoming = meeting.endsAt.getTime() >= now.getTime();
  if (meeting.status === "cancelled") badges.push({ label: "Annulée", tone: "bg-danger-soft text-danger" });
  if (meeting.audience === "members") badges.push({ label: "Réservée aux membres", tone: "bg-brand-soft text-brand-dark" });
  if (upcoming && meeting.status === "published" && meeting.registrationEnabled) {
    if (meeting.approvalRequired) badges.push({ label: "Inscription sur validation", tone: "bg-warn-soft text-warn" });
    if (meeting.seatsLeft === 0) {
      badges.push({ label: meeting.waitlistEnabled ? "Complet – liste d'attente" : "Complet", tone: "bg-warn-soft text-warn" });
    } else if (meeting.seatsLeft !== null) {
      badges.push({ label: plural(meeting.seatsLeft, "place restante", "places restantes"), tone: "bg-ok-soft text-ok" });
    }
  }
  if (badges.length === 0) return null;
  return (
    <ul className="mt-2 flex flex-wrap gap-2" aria-label="Informations d'inscription">
      {badges.map((b) => (
        <li key={b.label} className={`badge ${b.tone}`}>
          {b.label}
        </li>
      ))}
    </ul>
  );
}
