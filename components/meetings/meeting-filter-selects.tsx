import { DEPARTMENT_LABELS, MEETING_KIND_LABELS } from "@/lib/meetings/labels";
import { MEETING_KINDS } from "@/lib/meetings/schema";
import { DEPARTMENTS } from "@/lib/organisations/schema";
import { FilterSelect, ThemeFilterSelect } from "@/components/ui/filter-select";

/** The kind, theme and department filters of a list of meetings (the public agenda, the staff list). */
export function MeetingFilterSelects({
  search,
  themes,
  departmentLabel = "Département",
}: {
  search: { type?: string; theme?: string; departement?: string };
  themes: readonly { slug: string; name: string }[];
  departmentLabel?: string;
}) {
  return (
    <>
      <FilterSelect
        id="filtre-type"
        name="type"
        label="Type"
        allLabel="Tous les types"
        value={search.type}
        options={MEETING_KINDS.map((kind) => ({ value: kind, label: MEETING_KIND_LABELS[kind] }))}
      />
      <ThemeFilterSelect themes={themes} value={search.theme} />
      <FilterSelect
        id="filtre-departement"
        name="departement"
        label={departmentLabel}
        allLabel="Tous les départements"
        value={search.departement}
        options={DEPARTMENTS.map((d) => ({ value: d, label: DEPARTMENT_LABELS[d] ?? d }))}
      />
    </>
  );
}
