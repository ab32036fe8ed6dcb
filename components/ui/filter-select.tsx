/** A labelled <select> for GET filter forms, with an "all" option. */
export function FilterSelect({
  id,
  name,
  label,
  allLabel,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="field-input">
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled search box for GET filter forms, its hint tied to it. */
export function SearchField({ id, name, label, hint, value }: { id: string; name: string; label: string; hint: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <span id={`${id}-aide`} className="field-hint">
        {hint}
      </span>
      <input id={id} type="search" name={name} defaultValue={value ?? ""} aria-describedby={`${id}-aide`} className="field-input" />
    </div>
  );
}

/** A year filter of a public list ("Année de publication"): the years that have something, latest first. */
export function YearFilterSelect({ label, years, value }: { label: string; years: readonly number[]; value: number | undefined }) {
  return (
    <FilterSelect
      id="filtre-annee"
      name="annee"
      label={label}
      allLabel="Toutes les années"
      value={value === undefined ? undefined : String(value)}
      options={years.map((year) => ({ value: String(year), label: String(year) }))}
    />
  );
}

/** The theme filter of a list of meetings, reports or documents, by the themes' addresses. */
export function ThemeFilterSelect({ themes, value }: { themes: readonly { slug: string; name: string }[]; value: string | undefined }) {
  return (
    <FilterSelect
      id="filtre-theme"
      name="theme"
      label="Thématique"
      allLabel="Toutes les thématiques"
      value={value}
      options={themes.map((theme) => ({ value: theme.slug, label: theme.name }))}
    />
  );
}
