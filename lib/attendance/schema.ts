import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant } from "../db-columns";
import { meetings } from "../meetings/schema";
import { registrations } from "../registrations/schema";
import { users } from "../people/schema";

export const ATTENDANCE_SOURCES = ["door", "sheet"] as const;
export type AttendanceSource = (typeof ATTENDANCE_SOURCES)[number];

/**
 * One presence mark or its undoing, as sent by staff at the door or from the paper sheet. The registration's
 * `attendance` holds the resulting state; this log makes each mark count exactly once: a check-in page replaying its
 * offline queue sends the same idempotency key again, and the second one changes nothing.
 */
export const attendanceMarks = sqliteTable(
  "attendance_marks",
  {
    id: id(),
    /** Chosen by the page that made the mark, before it was sent. */
    idempotencyKey: text("idempotency_key").notNull(),
    registrationId: text("registration_id")
      .notNull()
      .references(() => registrations.id, { onDelete: "cascade" }),
    /** "YYYY-MM-DD:am" / "YYYY-MM-DD:pm", Paris date. */
    halfDay: text("half_day").notNull(),
    present: integer("present", { mode: "boolean" }).notNull(),
    source: text("source", { enum: ATTENDANCE_SOURCES }).notNull(),
    markedById: text("marked_by_id").references(() => users.id, { onDelete: "set null" }),
    /** When staff made the mark (on the phone's clock, possibly offline), not when it reached the server. */
    markedAt: instant("marked_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("attendance_marks_idempotency_unique").on(t.idempotencyKey), index("attendance_marks_registration_idx").on(t.registrationId)],
);

/** A half-day of an attestation as it was certified: its key, its French label and its hours. */
export type CertifiedHalfDay = { key: string; label: string; start: string; end: string; minutes: number };

/**
 * The register of attestations de présence. Everything certified is copied here when the attestation is issued, so
 * the register and the verification page outlive the registration (purged after its retention period) and later
 * edits of the meeting or the person's name.
 */
export const attestations = sqliteTable(
  "attestations",
  {
    id: id(),
    /** Sequential per year of issue: "2026-0042". */
    number: text("number").notNull(),
    /** Printed on the attestation and in its QR code; checked on /attestations/verifier. */
    verificationCode: text("verification_code").notNull(),
    registrationId: text("registration_id").references(() => registrations.id, { onDelete: "set null" }),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    meetingId: text("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    participantName: text("participant_name").notNull(),
    organisationName: text("organisation_name"),
    meetingTitle: text("meeting_title").notNull(),
    /** The meeting's nature as printed ("Rencontre de réseau", "Journée régionale"…). */
    meetingNature: text("meeting_nature").notNull(),
    /** The date or dates as printed, in French. */
    meetingDates: text("meeting_dates").notNull(),
    place: text("place").notNull(),
    halfDays: text("half_days", { mode: "json" }).$type<CertifiedHalfDay[]>().notNull(),
    attendedMinutes: integer("attended_minutes").notNull(),
    signatoryName: text("signatory_name"),
    signatoryRole: text("signatory_role"),
    issuedPlace: text("issued_place").notNull(),
    issuedAt: instant("issued_at").notNull(),
    issuedById: text("issued_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("attestations_number_unique").on(t.number),
    uniqueIndex("attestations_code_unique").on(t.verificationCode),
    /* One attestation per registration: re-issuing after an attendance correction replaces its content, not its number. */
    uniqueIndex("attestations_registration_unique").on(t.registrationId),
    index("attestations_meeting_idx").on(t.meetingId),
    index("attestations_issued_idx").on(t.issuedAt),
  ],
);
