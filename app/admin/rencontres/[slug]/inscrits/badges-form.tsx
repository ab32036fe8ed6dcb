import { plural } from "@/lib/format";
import { DEFAULT_LABEL_FORMAT, LABEL_FORMAT_CODES, LABEL_FORMATS } from "@/lib/registrations/label-formats";

/** Name badges of the confirmed registrants, on the A4 label sheets staff have: a plain GET form to the PDF. */
export function BadgesForm({ base, confirmed }: { base: string; confirmed: number }) {
  return (
    <form method="get" action={`${base}/badges.pdf`} aria-labelledby="titre-badges" className="card mb-6 flex flex-wrap items-end gap-4">
      <div>
        <h2 id="titre-badges" className="text-lg font-bold">Badges nominatifs</h2>
        <p id="badges-aide" className="text-sm">
          {plural(confirmed, "badge", "badges")} (inscriptions confirmées, par nom de famille) sur planches d&apos;étiquettes A4.
        </p>
      </div>
      <div>
        <label htmlFor="badges-format" className="field-label">
          Planche d&apos;étiquettes
        </label>
        <select id="badges-format" name="format" defaultValue={DEFAULT_LABEL_FORMAT} aria-describedby="badges-aide" className="field-input">
          {LABEL_FORMAT_CODES.map((code) => (
            <option key={code} value={code}>
              {LABEL_FORMATS[code].label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">
        Imprimer les badges (PDF)
      </button>
    </form>
  );
}
