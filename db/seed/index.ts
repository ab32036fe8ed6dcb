import { randomUUID } from "node:crypto";
import type { Db, DbOrTx, Tx } from "../open";
import {
  agendaItems,
  attachments,
  contactThemes,
  contacts,
  documentThemes,
  documents,
  meetingPartners,
  meetingThemes,
  meetings,
  organisations,
  registrations,
  reportContacts,
  reportThemes,
  reports,
  speakers,
  themes,
  users,
} from "../schema";
import { storeFile } from "../../lib/documents/storage";
import { recordRevision } from "../../lib/publications/revisions";
import { nameColumns } from "../../lib/people/names";
import { hashPassword } from "../../lib/people/password";
import { CONTACTS } from "./content/contacts";
import { DOCUMENTS, type DocumentFile } from "./content/documents";
import { PAST_MEETINGS, upcomingMeetings } from "./content/meetings";
import { ORGANISATIONS, type OrganisationKey } from "./content/organisations";
import { DEMO_PASSWORD, PEOPLE, type PersonEmail } from "./content/people";
import { REPORTS } from "./content/reports";
import { THEMES, type ThemeSlug } from "./content/themes";
import type { AttachmentSeed, ContactSeed, MeetingSeed, ReportSeed } from "./content/types";
import { renderPlaceholderPdf, type RenderedPdf } from "./pdf";
import { unusedRegistrationCode } from "@/lib/registrations/code";

/** The demo author of the reports and uploader of the documents. */
const STAFF: PersonEmail = "equipe@example.org";
const DAY_MS = 24 * 60 * 60 * 1000;

type Ids = {
  themes: Record<ThemeSlug, string>;
  organisations: Record<OrganisationKey, string>;
  people: Record<PersonEmail, string>;
  documents: Record<DocumentFile, string>;
  meetings: Map<string, string>;
};

/**
 * Builds the demo database from the project's own content (written from IREV's pages), once:
 * does nothing if there is already a user. Upcoming meetings are dated relative to `now`.
 */
export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<{ seeded: boolean }> {
  const now = options.now ?? new Date();
  if (hasUsers(db)) return { seeded: false };

  /* Asynchronous work first: better-sqlite3 transactions are synchronous, an await inside would escape them.
     All demo accounts share one password, so one (deliberately slow) argon2 hash serves them all. */
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const pdfs = {} as Record<DocumentFile, RenderedPdf>;
  for (const file of keysOf(DOCUMENTS)) pdfs[file] = await renderPlaceholderPdf(DOCUMENTS[file], now);
  const allMeetings = [...PAST_MEETINGS, ...upcomingMeetings(now)];

  return db.transaction(
    (tx) => {
      /* Checked again under the write lock ("immediate"), so two first starts cannot both seed. */
      if (hasUsers(tx)) return { seeded: false };
      const ids: Ids = {
        themes: insertThemes(tx),
        organisations: insertOrganisations(tx),
        people: {} as Record<PersonEmail, string>,
        documents: {} as Record<DocumentFile, string>,
        meetings: new Map(),
      };
      ids.people = insertPeople(tx, ids, passwordHash, now);
      ids.documents = insertDocuments(tx, ids, pdfs);
      for (const meeting of allMeetings) ids.meetings.set(meeting.slug, insertMeeting(tx, ids, meeting, now));
      const contactIds = insertContacts(tx, ids);
      for (const report of REPORTS) insertReport(tx, ids, contactIds, report);
      return { seeded: true };
    },
    { behavior: "immediate" },
  );
}

function hasUsers(db: DbOrTx): boolean {
  return db.select({ id: users.id }).from(users).limit(1).get() !== undefined;
}

const keysOf = <K extends string>(record: Record<K, unknown>) => Object.keys(record) as K[];

/** Inserts one row per key with a fresh id, and returns the ids by key. */
function idsFor<K extends string>(keys: K[], insert: (key: K, id: string, index: number) => void): Record<K, string> {
  const ids = {} as Record<K, string>;
  keys.forEach((key, index) => {
    ids[key] = randomUUID();
    insert(key, ids[key], index);
  });
  return ids;
}

function insertThemes(tx: Tx) {
  return idsFor(keysOf(THEMES), (slug, id, position) => {
    tx.insert(themes).values({ id, slug, ...THEMES[slug], position }).run();
  });
}

function insertOrganisations(tx: Tx) {
  return idsFor(keysOf(ORGANISATIONS), (key, id) => {
    tx.insert(organisations).values({ id, ...ORGANISATIONS[key] }).run();
  });
}

function insertPeople(tx: Tx, ids: Ids, passwordHash: string, now: Date) {
  return idsFor(keysOf(PEOPLE), (email, id) => {
    const person = PEOPLE[email];
    tx.insert(users)
      .values({
        id,
        email,
        ...nameColumns(person),
        emailVerified: now,
        passwordHash,
        role: person.role,
        status: "active",
        organisationId: person.organisation ? ids.organisations[person.organisation] : null,
        jobTitle: person.jobTitle,
        phone: person.phone,
        directoryConsent: { jobTitle: true, organisation: true, email: false, phone: false, ...person.directory },
        approvedAt: person.role === "pending" ? null : now,
      })
      .run();
  });
}

function insertDocuments(tx: Tx, ids: Ids, pdfs: Record<DocumentFile, RenderedPdf>) {
  return idsFor(keysOf(DOCUMENTS), (file, id) => {
    const { title, visibility, themes: themeSlugs } = DOCUMENTS[file];
    const pdf = pdfs[file];
    /* Written inside the transaction, after the "already seeded" check, so a skipped seed leaves no file behind. */
    const stored = storeFile(pdf.bytes);
    tx.insert(documents)
      .values({
        id,
        title,
        originalFilename: file,
        ...stored,
        mimeType: "application/pdf",
        pageCount: pdf.pageCount,
        extractedText: pdf.text,
        visibility,
        uploaderId: ids.people[STAFF],
      })
      .run();
    for (const slug of themeSlugs) tx.insert(documentThemes).values({ documentId: id, themeId: ids.themes[slug] }).run();
  });
}

function insertAttachments(tx: Tx, ids: Ids, owner: { meetingId: string } | { reportId: string }, list: AttachmentSeed[]) {
  list.forEach(({ file, label }, position) => {
    tx.insert(attachments)
      .values({ ...owner, documentId: ids.documents[file], position, label })
      .run();
  });
}

function insertMeeting(tx: Tx, ids: Ids, seed: MeetingSeed, now: Date): string {
  const { venue, host, partners = [], themes: themeSlugs, agenda, attachments: files = [], registrations: regs = [] } = seed;
  const meetingId = randomUUID();
  tx.insert(meetings)
    .values({
      id: meetingId,
      kind: seed.kind,
      title: seed.title,
      slug: seed.slug,
      summary: seed.summary,
      description: seed.description,
      startsAt: seed.startsAt,
      endsAt: seed.endsAt,
      allDay: seed.allDay ?? false,
      timeKnown: seed.timeKnown ?? true,
      venueName: venue?.name,
      venueRoom: venue?.room,
      venueAddress: venue?.address,
      venuePostcode: venue?.postcode,
      venueCity: venue?.city,
      hostOrganisationId: host ? ids.organisations[host] : null,
      audience: seed.audience,
      capacity: seed.capacity ?? null,
      waitlistEnabled: seed.waitlistEnabled ?? false,
      registrationOpensAt: seed.registrationOpensAt,
      registrationClosesAt: seed.registrationClosesAt,
      approvalRequired: seed.approvalRequired ?? false,
      registrationEnabled: seed.registrationEnabled,
      questions: seed.questions ?? [],
      status: seed.status,
      publishedAt: seed.status === "draft" ? null : now,
      reportedAttendance: seed.reportedAttendance,
      reportedAttendanceLabel: seed.reportedAttendanceLabel,
    })
    .run();
  for (const slug of themeSlugs) tx.insert(meetingThemes).values({ meetingId, themeId: ids.themes[slug] }).run();
  for (const key of partners) {
    tx.insert(meetingPartners).values({ meetingId, organisationId: ids.organisations[key] }).run();
  }

  agenda.forEach((item, position) => {
    const agendaItemId = randomUUID();
    tx.insert(agendaItems)
      .values({
        id: agendaItemId,
        meetingId,
        position,
        kind: item.kind,
        title: item.title,
        description: item.description ?? "",
        startsAt: item.startsAt,
        endsAt: item.endsAt,
      })
      .run();
    (item.speakers ?? []).forEach((speaker, speakerPosition) => {
      tx.insert(speakers)
        .values({
          agendaItemId,
          position: speakerPosition,
          name: speaker.name,
          function: speaker.function,
          organisationName: speaker.organisation,
        })
        .run();
    });
  });

  insertAttachments(tx, ids, { meetingId }, files);

  /* Waitlist positions follow the order of the content (1, 2, …). */
  let waitlistPosition = 0;
  for (const reg of regs) {
    const at = new Date(now.getTime() - reg.daysAgo * DAY_MS);
    tx.insert(registrations)
      .values({
        meetingId,
        userId: ids.people[reg.person],
        status: reg.status,
        code: unusedRegistrationCode(tx),
        waitlistPosition: reg.status === "waitlisted" ? ++waitlistPosition : null,
        answers: reg.answers ?? {},
        consentAt: at,
        confirmedAt: reg.status === "confirmed" ? at : null,
        createdAt: at,
        updatedAt: at,
      })
      .run();
  }
  return meetingId;
}

/** Turns the body's links to seeded documents, "(document:file.pdf)", into their download addresses. */
function linkDocuments(ids: Ids, seed: ReportSeed): string {
  return seed.body.replace(/\(document:([^)\s]+)\)/g, (_link, file: string) => {
    const id = (ids.documents as Record<string, string | undefined>)[file];
    if (!id) throw new Error(`Document inconnu dans le compte rendu ${seed.slug} : ${file}`);
    return `(/documents/${id}/${encodeURIComponent(file)})`;
  });
}

function insertReport(tx: Tx, ids: Ids, contactIds: Map<ContactSeed, string>, seed: ReportSeed) {
  const reportId = randomUUID();
  const meetingId = seed.meeting ? ids.meetings.get(seed.meeting) : undefined;
  if (seed.meeting && !meetingId) throw new Error(`Rencontre inconnue pour le compte rendu ${seed.slug} : ${seed.meeting}`);
  const authorId = ids.people[STAFF];
  const body = linkDocuments(ids, seed);
  tx.insert(reports)
    .values({
      id: reportId,
      kind: seed.kind,
      title: seed.title,
      slug: seed.slug,
      summary: seed.summary,
      body,
      meetingId,
      status: "published",
      visibility: seed.visibility,
      sourceName: seed.sourceName,
      sourceUrl: seed.sourceUrl,
      authorId,
      publishedAt: seed.publishedAt,
      modifiedAt: seed.modifiedAt,
      createdAt: seed.publishedAt,
      updatedAt: seed.modifiedAt ?? seed.publishedAt,
    })
    .run();
  for (const slug of seed.themes) tx.insert(reportThemes).values({ reportId, themeId: ids.themes[slug] }).run();
  insertAttachments(tx, ids, { reportId }, seed.attachments ?? []);
  recordRevision(tx, reportId, authorId, seed.modifiedAt ?? seed.publishedAt);
  (seed.annexedContacts ?? []).forEach((contact, position) => {
    const contactId = contactIds.get(contact);
    if (!contactId) throw new Error(`Contact annexé inconnu dans le compte rendu ${seed.slug} : ${contact.name}`);
    tx.insert(reportContacts).values({ reportId, contactId, position }).run();
  });
}

function insertContacts(tx: Tx, ids: Ids): Map<ContactSeed, string> {
  const contactIds = new Map<ContactSeed, string>();
  for (const seed of CONTACTS) {
    const { themes: themeSlugs, organisation, ...contact } = seed;
    const contactId = randomUUID();
    contactIds.set(seed, contactId);
    tx.insert(contacts)
      .values({ id: contactId, ...contact, organisationId: organisation ? ids.organisations[organisation] : null })
      .run();
    for (const slug of themeSlugs) tx.insert(contactThemes).values({ contactId, themeId: ids.themes[slug] }).run();
  }
  return contactIds;
}
