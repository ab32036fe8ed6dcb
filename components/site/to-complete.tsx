/** A fact only IREV can supply, shown as such until an admin fills it in (Administration, Paramètres). */
export function ToComplete({ value, what }: { value: string | null; what: string }) {
  if (value) return <>{value}</>;
  return <strong className="rounded bg-warn-soft px-1 text-warn">à compléter ({what})</strong>;
}
