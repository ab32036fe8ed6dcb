/** The adjustment form's field names for one half-day: kept or left out, its start and its end. */
export function halfDayFields(key: string): { keep: string; start: string; end: string } {
  return { keep: `garder-${key}`, start: `debut-${key}`, end: `fin-${key}` };
}
