import { registrationState, type RegistrationState, type StateMeeting } from "@/lib/registrations/state";

type BadgeMeeting = StateMeeting & { audience: string };

const TONES: Record<RegistrationState["tone"], string> = {
  ok: "bg-ok-soft text-ok",
  warn: "bg-warn-soft text-warn",
  neutral: "bg-brand-soft text-brand-dark",
};

/** Short facts about a meeting's registration, in words (never colour alone). */
export function MeetingBadges({ meeting, now }: { meeting: BadgeMeeting; now: Date }) {
  const badges: { label: string; tone: string }[] = [];
  const state = registrationState(meeting, now);
  if (meeting.status === "cancelled") badges.push({ label: "Annulée", tone: "bg-danger-soft text-danger" });
  if (meeting.audience === "members") badges.push({ label: "Réservée aux membres", tone: TONES.neutral });
  if (state.label) badges.push({ label: state.label, tone: TONES[state.tone] });
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
