import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/db/client";
import { cacheTags } from "@/lib/cache/tags";
import { lifetimeUntil } from "@/lib/cache/lifetime";
import { VIEW_ROLE, type ContentView } from "@/lib/people/roles";
import { toMeetingFilters, type AgendaSearch } from "./filters";
import { archiveYears, getMeetingBySlug, listMeetings, listThemes, nextMeetingDeadline, renamedMeetingSlug } from "./queries";

/*
 * What the meeting pages show, cached per content view (never per person) and tagged with every record shown, so
 * that a write expires exactly the pages it changes. `now` is returned with the data: whatever depends on the time
 * (registration open or closed) is decided once, at the moment the data was read, and lives until the next deadline.
 */

type ListedMeeting = { id: string };

function tagMeetingList(items: ListedMeeting[]): void {
  cacheTag(cacheTags.meetings, cacheTags.themes, ...items.map((meeting) => cacheTags.meeting(meeting.id)));
}

export async function cachedAgenda(search: AgendaSearch, view: ContentView) {
  "use cache";
  const now = new Date();
  const role = VIEW_ROLE[view];
  const result = listMeetings(db, toMeetingFilters(search), role, now);
  tagMeetingList(result.items);
  cacheLife(lifetimeUntil(nextMeetingDeadline(db, now), now));
  return { result, years: archiveYears(db, role, now), themes: listThemes(db), now };
}

export async function cachedUpcomingMeetings(view: ContentView, count: number) {
  "use cache";
  const now = new Date();
  const items = listMeetings(db, { when: "upcoming", perPage: count }, VIEW_ROLE[view], now).items;
  tagMeetingList(items);
  cacheLife(lifetimeUntil(nextMeetingDeadline(db, now), now));
  return { items, themes: listThemes(db), now };
}

export async function cachedMeeting(slug: string, view: ContentView) {
  "use cache";
  const now = new Date();
  const meeting = getMeetingBySlug(db, slug, VIEW_ROLE[view]);
  if (!meeting) {
    /* Not there (yet), or renamed: creating, publishing or renaming any meeting expires this answer. */
    cacheTag(cacheTags.meetings);
    cacheLife(lifetimeUntil(null, now));
    return { meeting: null, redirectTo: renamedMeetingSlug(db, slug, VIEW_ROLE[view]), now };
  }
  cacheTag(
    cacheTags.meeting(meeting.id),
    cacheTags.themes,
    ...[meeting.host, ...meeting.partners].flatMap((organisation) => (organisation ? [cacheTags.organisation(organisation.id)] : [])),
    ...meeting.documents.map((document) => cacheTags.document(document.id)),
    cacheTags.reports,
  );
  cacheLife(lifetimeUntil(nextMeetingDeadline(db, now, meeting.id), now));
  return { meeting, now };
}
