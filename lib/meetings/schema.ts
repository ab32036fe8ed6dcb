import { integer, sqliteTable, text, index, primaryKey } from "drizzle-orm/sqlite-core";
import { createdAt, id, instant, updatedAt } from "../db-columns";
import { organisations } from "../organisations/schema";
import { themes } from "../themes/schema";

export const MEETING_KINDS = [
  "rencontre_reseau",
  "journee_regionale",
  "cycle_qualification",
  "atelier",
  "assemblee_generale",
  "visite",
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const AUDIENCES = ["public", "members"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const MEETING_STATUSES = ["draft", "published", "cancelled"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const QUESTION_KINDS = ["text", "textarea", "choice", "multiple", "yes_no"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** A question asked at registration (dietary needs, accessibility needs, workshop choice…). */
export type MeetingQuestion = {
  id: string;
  label: string;
  kind: QuestionKind;
  required: boolean;
  /** The propositions of "choice" and "multiple". */
  options?: string[];
  help?: string;
  /**
   * Removed after people answered it: no longer asked, but kept so their answers stay readable.
   * A question nobody answered is simply deleted.
   */
  retired?: boolean;
  /** Earlier wordings, oldest first, when the label changed after people answered. */
  previousLabels?: string[];
};

/** A half-day of a meeting: "YYYY-MM-DD:am" or ":pm" (Paris date), from and to "HH:MM" Paris time. */
export type MeetingHalfDay = { key: string; start: string; end: string };

export const meetings = sqliteTable(
  "meetings",
  {
    id: id(),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    title: text("title").notNull(),
    slug: text("slug").notNull().unique(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    startsAt: instant("starts_at").notNull(),
    endsAt: instant("ends_at").notNull(),
    /** All-day meetings: startsAt is Paris midnight of the first day, endsAt Paris midnight after the last day. */
    allDay: integer("all_day", { mode: "boolean" }).notNull().default(false),
    /**
     * False when the source gives only the date (meetings carried from the former site): the meeting is then shown
     * by its date alone, and startsAt/endsAt cover its day(s) as for all-day meetings.
     */
    timeKnown: integer("time_known", { mode: "boolean" }).notNull().default(true),
    venueName: text("venue_name"),
    venueRoom: text("venue_room"),
    venueAddress: text("venue_address"),
    venuePostcode: text("venue_postcode"),
    venueCity: text("venue_city"),
    onlineUrl: text("online_url"),
    hostOrganisationId: text("host_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    audience: text("audience", { enum: AUDIENCES }).notNull().default("public"),
    capacity: integer("capacity"),
    waitlistEnabled: integer("waitlist_enabled", { mode: "boolean" }).notNull().default(true),
    registrationOpensAt: instant("registration_opens_at"),
    registrationClosesAt: instant("registration_closes_at"),
    approvalRequired: integer("approval_required", { mode: "boolean" }).notNull().default(false),
    /** Meetings imported from the former site have no online registration. */
    registrationEnabled: integer("registration_enabled", { mode: "boolean" }).notNull().default(true),
    questions: text("questions", { mode: "json" }).$type<MeetingQuestion[]>().notNull().default([]),
    status: text("status", { enum: MEETING_STATUSES }).notNull().default("draft"),
    /** First publication: from then on the slug is fixed (a changed title keeps the old address through a redirect). */
    publishedAt: instant("published_at"),
    /** The message IREV gave when cancelling, shown on the cancelled meeting's page. */
    cancellationReason: text("cancellation_reason"),
    /** "Annulation en ligne jusqu'au…": after it, registrants are asked to write to IREV instead of cancelling online. */
    cancellationDeadline: instant("cancellation_deadline"),
    /**
     * iCalendar SEQUENCE of the meeting's event: rises on every change of time or place and on cancellation, so
     * mail clients apply the latest invitation or cancellation and ignore older ones.
     */
    sequence: integer("sequence").notNull().default(0),
    reportedAttendance: integer("reported_attendance"),
    /** As worded in the report: "les 17 participants", "plus de 330 personnes". */
    reportedAttendanceLabel: text("reported_attendance_label"),
    /**
     * Half-days as staff adjusted them (hours of each, or some left out); null: computed from the programme's times,
     * else from the settings' default hours.
     */
    halfDays: text("half_days", { mode: "json" }).$type<MeetingHalfDay[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("meetings_starts_at_idx").on(t.startsAt), index("meetings_status_idx").on(t.status)],
);

export const meetingThemes = sqliteTable(
  "meeting_themes",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    themeId: text("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.themeId] })],
);

export const meetingPartners = sqliteTable(
  "meeting_partners",
  {
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organisationId] })],
);

export const AGENDA_ITEM_KINDS = [
  "accueil",
  "intervention",
  "table_ronde",
  "atelier",
  "pause",
  "visite",
  "conclusion",
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const agendaItems = sqliteTable(
  "agenda_items",
  {
    id: id(),
    meetingId: text("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    startsAt: instant("starts_at"),
    endsAt: instant("ends_at"),
    kind: text("kind", { enum: AGENDA_ITEM_KINDS }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [index("agenda_items_meeting_idx").on(t.meetingId, t.position)],
);

export const speakers = sqliteTable(
  "speakers",
  {
    id: id(),
    agendaItemId: text("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
    position: integer("position").notNull().default(0),
    name: text("name").notNull(),
    function: text("function"),
    organisationName: text("organisation_name"),
  },
  (t) => [index("speakers_item_idx").on(t.agendaItemId)],
);

/** Former slugs of a meeting, so its old addresses keep working (redirected to the current one). */
export const meetingSlugRedirects = sqliteTable("meeting_slug_redirects", {
  slug: text("slug").primaryKey(),
  meetingId: text("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});
