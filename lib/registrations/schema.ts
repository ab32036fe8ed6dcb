import { integer, sqliteTable, text, index, uniqueIndex } from "drizzle-orm/sqlite-core";
import { inArray, sql } from "drizzle-orm";
import { createdAt, id, instant, updatedAt } from "../db-columns";
import { meetings } from "../meetings/schema";
import { users } from "../people/schema";

export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "pending_approval", "refused", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** A live registration holds or waits for a seat; cancelled and refused ones are kept for the record only. */
export const LIVE_REGISTRATION_STATUSES = ["confirmed", "waitlisted", "pending_approval"] as const satisfies readonly RegistrationStatus[];

/** Whether a registration in this status still holds a seat, a place on the waitlist or a request. */
export function isLiveStatus(status: RegistrationStatus): boolean {
  return (LIVE_REGISTRATION_STATUSES as readonly RegistrationStatus[]).includes(status);
}

/** Presence per half-day, keyed "YYYY-MM-DD:am" / "YYYY-MM-DD:pm" (Paris dates). */
export type Attendance = Record<string, boolean>;

export const registrations = sqliteTable(
  "registrations",
  {
    id: id(),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull(),
    /** Short code shown to the registrant ("K7Q-4MP", with a QR code) and checked at the door; set by the registration rules. */
    code: text("code"),
    /** 1-based rank on the waitlist; kept contiguous by the registration rules. */
    waitlistPosition: integer("waitlist_position"),
    answers: text("answers", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    /** When the registrant agreed that their name and organisation appear on the participant list. */
    consentAt: instant("consent_at"),
    attendance: text("attendance", { mode: "json" }).$type<Attendance>().notNull().default({}),
    /** Confirmed by staff "au-delà de la jauge": the one way confirmed registrations can exceed the capacity. */
    overCapacity: integer("over_capacity", { mode: "boolean" }).notNull().default(false),
    /** Registered at the door by staff on the day ("inscrit sur place"). */
    walkIn: integer("walk_in", { mode: "boolean" }).notNull().default(false),
    /** Private note of IREV staff: never shown to the registrant, but part of their data export. */
    staffNote: text("staff_note").notNull().default(""),
    confirmedAt: instant("confirmed_at"),
    cancelledAt: instant("cancelled_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    /* One live registration per (meeting, user): the database refuses a second one whatever the race. */
    uniqueIndex("registrations_live_unique")
      .on(t.meetingId, t.userId)
      .where(sql`status NOT IN ('cancelled', 'refused')`),
    index("registrations_meeting_status_idx").on(t.meetingId, t.status, t.waitlistPosition),
    index("registrations_user_idx").on(t.userId),
    uniqueIndex("registrations_code_unique").on(t.code),
  ],
);

/** The condition of a live registration, for every query that counts or looks up live ones. */
export const isLiveRegistration = inArray(registrations.status, LIVE_REGISTRATION_STATUSES);

/** A message staff wrote to a meeting's registrants (all, or some statuses), kept on the meeting for staff. */
export const registrantMessages = sqliteTable(
  "registrant_messages",
  {
    id: id(),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** The statuses written to. */
    statuses: text("statuses", { mode: "json" }).$type<RegistrationStatus[]>().notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    recipientCount: integer("recipient_count").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("registrant_messages_meeting_idx").on(t.meetingId, t.createdAt)],
);
