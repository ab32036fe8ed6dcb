/*
 * The IREV text mark drawn for this project (not the State's Marianne, nor any DSFR asset): three buildings
 * of a neighbourhood joined by the line of a network, beside the name. The same drawing is the site icon (app/icon.svg).
 */
export function IrevMark() {
  return (
    <span className="flex items-center gap-3">
      <svg viewBox="0 0 32 32" width="44" height="44" aria-hidden="true" focusable="false" className="shrink-0">
        <rect width="32" height="32" rx="6" fill="#1d3f72" />
        <path d="M6 25V15h5v10zM13.5 25V9h5v16zM21 25V12h5v13z" fill="#fff" />
        <path d="M8.5 12.5 16 6.5l7.5 3" fill="none" stroke="#f2b8bb" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="8.5" cy="12.5" r="1.6" fill="#f2b8bb" />
        <circle cx="16" cy="6.5" r="1.6" fill="#f2b8bb" />
        <circle cx="23.5" cy="9.5" r="1.6" fill="#f2b8bb" />
      </svg>
      <span>
        <span className="block text-2xl font-extrabold tracking-widest text-brand-dark">IREV</span>
        <span className="block text-sm text-muted">Réseau politique de la ville · Hauts-de-France</span>
      </span>
    </span>
  );
}
