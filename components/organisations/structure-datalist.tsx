import { db } from "@/db/client";
import { STRUCTURES_LIST_ID } from "@/lib/organisations/labels";
import { structureOptions } from "@/lib/organisations/structure";

/** The suggestions of the structure fields: every organisation and catalogue entry, and "Autre structure" unless staff attach an account. */
export function StructureDatalist({ withOther = true }: { withOther?: boolean }) {
  const labels = structureOptions(db);
  return (
    <datalist id={STRUCTURES_LIST_ID}>
      {(withOther ? labels : labels.slice(0, -1)).map((label) => (
        <option key={label} value={label} />
      ))}
    </datalist>
  );
}
