/** Shapes of the demo content. Cross-references use the keys of the content records, checked by the compiler. */
import type { AgendaItemKind, Audience, MeetingKind, MeetingQuestion, MeetingStatus } from "../../../lib/meetings/schema";
import type { Department, GIP_COLLEGES, OrganisationKind } from "../../../lib/organisations/schema";
import type { Role } from "../../../lib/people/schema";
import type { ReportKind } from "../../../lib/publications/schema";
import type { RegistrationStatus } from "../../../lib/registrations/schema";
import type { Visibility } from "../../../lib/documents/schema";
import type { ThemeSlug } from "./themes";
import type { OrganisationKey } from "./organisations";
import type { DocumentFile } from "./documents";
import type { PersonEmail } from "./people";

export type ThemeSeed = { name: string; description: string };

export type OrganisationSeed = {
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  /** SIREN of an EPCI, as in lib/organisations/territories.json: the sign-up list then does not offer it twice. */
  code?: string;
  department?: Department;
  city?: string;
  gipMember?: boolean;
  gipCollege?: (typeof GIP_COLLEGES)[number];
};

export type PersonSeed = {
  givenName: string;
  familyName: string;
  role: Role;
  organisation?: OrganisationKey;
  jobTitle?: string;
  phone?: string;
  /** Which fields the person shows in the members' directory. */
  directory?: { email: boolean; phone: boolean };
};

export type ContactSeed = {
  name: string;
  function: string;
  /** As printed in the source, e.g. "Syndicat Mixte du Pays du Calaisis". */
  organisationName: string;
  organisation?: OrganisationKey;
  territory: string;
  phone: string;
  email: string;
  themes: ThemeSlug[];
};

/** A placeholder PDF generated at seed time; each inner array is one page of paragraphs. */
export type DocumentSeed = {
  title: string;
  /** The original document this file stands in for, named on its first page; absent for documents made up for the demo. */
  original?: string;
  visibility: Visibility;
  themes: ThemeSlug[];
  pages: string[][];
};

export type AttachmentSeed = { file: DocumentFile; label?: string };

export type SpeakerSeed = { name: string; function?: string; organisation?: string };

export type AgendaItemSeed = {
  kind: AgendaItemKind;
  title: string;
  description?: string;
  startsAt?: Date;
  endsAt?: Date;
  speakers?: SpeakerSeed[];
};

export type RegistrationSeed = {
  person: PersonEmail;
  status: RegistrationStatus;
  answers?: Record<string, string>;
  /** How long before the seed's `now` the person registered. */
  daysAgo: number;
};

export type VenueSeed = { name: string; room?: string; address?: string; postcode?: string; city: string };

export type MeetingSeed = {
  slug: string;
  kind: MeetingKind;
  title: string;
  summary: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  allDay?: boolean;
  /** False when the source gives only the date: startsAt and endsAt are then the Paris midnights around the day. */
  timeKnown?: boolean;
  venue?: VenueSeed;
  host?: OrganisationKey;
  partners?: OrganisationKey[];
  audience: Audience;
  capacity?: number;
  waitlistEnabled?: boolean;
  registrationEnabled: boolean;
  registrationOpensAt?: Date;
  registrationClosesAt?: Date;
  approvalRequired?: boolean;
  questions?: MeetingQuestion[];
  status: MeetingStatus;
  reportedAttendance?: number;
  reportedAttendanceLabel?: string;
  themes: ThemeSlug[];
  agenda: AgendaItemSeed[];
  attachments?: AttachmentSeed[];
  registrations?: RegistrationSeed[];
};

export type ReportSeed = {
  slug: string;
  kind: ReportKind;
  title: string;
  summary: string;
  /** Markdown; external links stay inline and are listed as numbered references when rendered. */
  body: string;
  /** Slug of the meeting the report is about. */
  meeting?: string;
  themes: ThemeSlug[];
  visibility: Visibility;
  sourceName?: string;
  sourceUrl?: string;
  publishedAt: Date;
  modifiedAt?: Date;
  attachments?: AttachmentSeed[];
  /** Contacts (from CONTACTS) listed in the report's annex, in this order. */
  annexedContacts?: ContactSeed[];
};
