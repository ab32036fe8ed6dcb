import { z } from "zod";
import { DEPARTMENTS } from "@/lib/organisations/schema";
import { MEETING_KINDS } from "./schema";
import type { MeetingFilters } from "./queries";

/* Unknown or malformed values are dropped rather than refused: a shared link with a stale filter still shows the agenda. */
const searchSchema = z.object({
  type: z.enum(MEETING_KINDS).optional().catch(undefined),
  theme: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  departement: z.enum(DEPARTMENTS).optional().catch(undefined),
  quand: z
    .union([z.literal("a-venir"), z.literal("passees"), z.string().regex(/^(19|20)\d\d$/)])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
});

export type AgendaSearch = z.infer<typeof searchSchema>;

export function parseAgendaSearch(raw: Record<string, string | string[] | undefined>): AgendaSearch {
  const single = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return searchSchema.parse(single);
}

export function toMeetingFilters(search: AgendaSearch): MeetingFilters {
  const when = search.quand === "passees" ? "past" : search.quand && search.quand !== "a-venir" ? Number(search.quand) : "upcoming";
  return { kind: search.type, theme: search.theme, department: search.departement, when, page: search.page, perPage: 20 };
}

/** The agenda URL for these filters, so every filter state has its own shareable address. */
export function agendaHref(search: AgendaSearch, change: Partial<AgendaSearch> = {}): string {
  const merged = { ...search, page: undefined, ...change };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `/rencontres?${query}` : "/rencontres";
}

/* Every filter state as one path segment, keys in a fixed order, so each state has one cached page and no other. */
const KEY_ORDER = ["quand", "type", "theme", "departement", "page"] as const;
const NO_FILTER = "tout";

export function agendaKey(search: AgendaSearch): string {
  const parts = KEY_ORDER.flatMap((key) => (search[key] === undefined ? [] : [`${key}.${search[key]}`]));
  return parts.length === 0 ? NO_FILTER : parts.join("~");
}

/** The filters of a segment made by agendaKey; null for anything agendaKey would not have made. */
export function parseAgendaKey(key: string): AgendaSearch | null {
  const raw = key === NO_FILTER ? {} : Object.fromEntries(key.split("~").map((part) => [part.slice(0, part.indexOf(".")), part.slice(part.indexOf(".") + 1)]));
  const search = parseAgendaSearch(raw);
  return agendaKey(search) === key ? search : null;
}
