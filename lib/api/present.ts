import type { listMeetings, MeetingDetail } from "@/lib/meetings/queries";
import type { Registration as RegistrationRow } from "@/lib/registrations/service";
import type { meetings } from "@/lib/meetings/schema";
import { AGENDA_KIND_LABELS, MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { askedQuestions } from "@/lib/registrations/answers";
import { registrationState } from "@/lib/registrations/state";
import { TIME_ZONE } from "@/lib/time";
import type { AttachmentItem } from "@/lib/documents/queries";
import type { LibraryDocument as LibraryItem, LibrarySearch } from "@/lib/documents/library";
import { textVersionHref } from "@/lib/documents/links";
import type { NumberedLink } from "@/lib/publications/markdown";
import type { PublishedReport } from "@/lib/publications/queries";
import type { ReportListItem, ReportListSearch } from "@/lib/publications/reading-list";
import { REPORT_KIND_LABELS } from "@/lib/publications/labels";
import type { DocumentsQuery, EventDetail, EventSummary, LibraryDocument, Registration, ReportDetail, ReportsQuery, ReportSummary } from "./schemas";

/* Turns domain rows into the snake_case shapes of lib/api/schemas.ts; the types keep both in step. */

type MeetingListItem = ReturnType<typeof listMeetings>["items"][number];
type MeetingRow = typeof meetings.$inferSelect;
type ScheduledMeeting = Pick<MeetingRow, "slug" | "title" | "startsAt" | "endsAt" | "allDay" | "timeKnown">;

function iso(instant: Date): string;
function iso(instant: Date | null): string | null;
function iso(instant: Date | null): string | null {
  return instant === null ? null : instant.toISOString();
}

function schedule(meeting: ScheduledMeeting) {
  return {
    starts_at: iso(meeting.startsAt),
    ends_at: iso(meeting.endsAt),
    all_day: meeting.allDay,
    time_known: meeting.timeKnown,
    time_zone: TIME_ZONE,
  } as const;
}

export function presentEventSummary(meeting: MeetingListItem, now = new Date()): EventSummary {
  const state = registrationState(meeting, now);
  return {
    slug: meeting.slug,
    kind: meeting.kind,
    kind_label: MEETING_KIND_LABELS[meeting.kind],
    title: meeting.title,
    summary: meeting.summary,
    ...schedule(meeting),
    status: meeting.status,
    audience: meeting.audience,
    venue: { name: meeting.venueName, city: meeting.venueCity, postcode: meeting.venuePostcode },
    themes: meeting.themes,
    registration: {
      enabled: meeting.registrationEnabled,
      opens_at: iso(meeting.registrationOpensAt),
      closes_at: iso(meeting.registrationClosesAt),
      approval_required: meeting.approvalRequired,
      waitlist_enabled: meeting.waitlistEnabled,
      state: state.code,
      state_label: state.label,
    },
    capacity: meeting.capacity,
    seats_left: meeting.seatsLeft,
    registration_counts: {
      confirmed: meeting.counts.confirmed,
      waitlisted: meeting.counts.waitlisted,
      pending_approval: meeting.counts.pendingApproval,
    },
    reported_attendance_label: meeting.reportedAttendanceLabel,
    updated_at: iso(meeting.updatedAt),
  };
}

/** Download address of a document; the download route checks who may fetch members-only files. */
export function documentUrl(id: string, filename: string): string {
  return `/documents/${encodeURIComponent(id)}/${encodeURIComponent(filename)}`;
}

/** A file attached to a meeting or a report, listed whoever reads it: its download checks the reader's rights. */
function presentAttachedDocument(d: AttachmentItem): EventDetail["documents"][number] {
  return {
    id: d.id,
    title: d.title,
    filename: d.originalFilename,
    size_bytes: d.sizeBytes,
    pages: d.pageCount,
    visibility: d.visibility,
    label: d.label,
    url: documentUrl(d.id, d.originalFilename),
  };
}

export function presentEventDetail(meeting: MeetingDetail): EventDetail {
  const organisation = (o: { name: string; shortName: string | null }) => ({ name: o.name, short_name: o.shortName });
  return {
    ...presentEventSummary(meeting),
    description: meeting.description,
    venue: {
      name: meeting.venueName,
      room: meeting.venueRoom,
      address: meeting.venueAddress,
      postcode: meeting.venuePostcode,
      city: meeting.venueCity,
    },
    online_url: meeting.onlineUrl,
    host: meeting.host && organisation(meeting.host),
    partners: meeting.partners.map(organisation),
    questions: askedQuestions(meeting.questions).map((q) => ({
      id: q.id,
      label: q.label,
      kind: q.kind,
      required: q.required,
      options: q.options ?? null,
      help: q.help ?? null,
    })),
    agenda: meeting.agenda.map((item) => ({
      position: item.position,
      kind: item.kind,
      kind_label: AGENDA_KIND_LABELS[item.kind],
      title: item.title,
      description: item.description,
      starts_at: iso(item.startsAt),
      ends_at: iso(item.endsAt),
      speakers: item.speakers.map((s) => ({ name: s.name, function: s.function, organisation: s.organisationName })),
    })),
    documents: meeting.documents.map(presentAttachedDocument),
    report: meeting.report && { slug: meeting.report.slug, title: meeting.report.title, kind: meeting.report.kind },
  };
}

/** What both a registration row and an entry of listUserRegistrations carry. */
type RegistrationFields = Pick<RegistrationRow, "id" | "code" | "status" | "waitlistPosition" | "answers" | "createdAt" | "cancelledAt">;

export function presentRegistration(registration: RegistrationFields, meeting: ScheduledMeeting): Registration {
  return {
    id: registration.id,
    code: registration.code,
    event: { slug: meeting.slug, title: meeting.title, ...schedule(meeting) },
    status: registration.status,
    waitlist_position: registration.waitlistPosition,
    answers: registration.answers,
    created_at: iso(registration.createdAt),
    cancelled_at: iso(registration.cancelledAt),
  };
}

/** The API's English filters as the list's search (lib/publications/reading-list.ts). */
export function reportListSearchOf(query: ReportsQuery): ReportListSearch {
  return { type: query.kind, theme: query.theme, annee: query.year, page: query.page };
}

/** A listed report; a members-only one listed to a reader who may not read it is restricted, its summary withheld, as on /ressources. */
export function presentReportSummary(report: Omit<ReportListItem, "id" | "restricted"> & { restricted?: boolean }): ReportSummary {
  return {
    slug: report.slug,
    kind: report.kind,
    kind_label: REPORT_KIND_LABELS[report.kind],
    title: report.title,
    summary: report.summary,
    visibility: report.visibility,
    restricted: report.restricted ?? false,
    published_at: iso(report.publishedAt),
    modified_at: iso(report.modifiedAt),
    themes: report.themes,
    url: `/ressources/${report.slug}`,
  };
}

export function presentReportDetail(published: PublishedReport, body: { html: string; links: NumberedLink[] }): ReportDetail {
  const { report } = published;
  return {
    ...presentReportSummary({ ...report, themes: published.themes }),
    body_markdown: report.body,
    body_html: body.html,
    links: body.links,
    meeting: published.meeting && { slug: published.meeting.slug, title: published.meeting.title },
    documents: published.attachments.map(presentAttachedDocument),
    source: report.sourceUrl ? { name: report.sourceName, url: report.sourceUrl } : null,
  };
}

/** The API's English filters as the library's search (lib/documents/library.ts). */
export function librarySearchOf(query: DocumentsQuery): LibrarySearch {
  return { theme: query.theme, annee: query.year, tri: query.sort === "downloads" ? "telechargements" : "date", page: query.page };
}

export function presentLibraryDocument(document: LibraryItem): LibraryDocument {
  return {
    id: document.id,
    title: document.title,
    filename: document.originalFilename,
    size_bytes: document.sizeBytes,
    pages: document.pageCount,
    visibility: document.visibility,
    downloads: document.downloadCount,
    added_at: iso(document.createdAt),
    url: documentUrl(document.id, document.originalFilename),
    text_url: textVersionHref(document),
  };
}
