const integerFormatter = new Intl.NumberFormat("fr-FR");

/** "1 234" with the French narrow no-break space. */
export function formatInteger(value: number): string {
  return integerFormatter.format(value);
}

/** "1 place", "2 places". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${count > 1 ? pluralForm : singular}`;
}

/** "a", "a et b", "a, b et c": items of a French sentence. */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}
