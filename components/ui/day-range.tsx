/** "Du… au…" of a GET filter form: two labelled date fields grouped under their legend (RGAA 11.5). */
export function DayRangeFields({ legend, from, to, className }: { legend: string; from?: string; to?: string; className?: string }) {
  return (
    <fieldset className={className}>
      <legend className="field-label">{legend}</legend>
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor="filtre-du" className="field-label font-normal">Du</label>
          <input id="filtre-du" type="date" name="du" defaultValue={from ?? ""} className="field-input" />
        </div>
        <div>
          <label htmlFor="filtre-au" className="field-label font-normal">Au</label>
          <input id="filtre-au" type="date" name="au" defaultValue={to ?? ""} className="field-input" />
        </div>
      </div>
    </fieldset>
  );
}
