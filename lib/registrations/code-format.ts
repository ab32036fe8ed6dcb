/*
 * The shape of a registration code, with no server dependency: the check-in page normalises a typed or scanned code
 * in the browser too, to find the person while offline.
 */

/* No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a code read aloud or typed from a phone screen cannot be misread. */
export const CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{3}-[${CODE_ALPHABET}]{3}$`);

/** A code as typed at the door ("k7q 4mp", "K7Q4MP") in its canonical form, or null when it cannot be one. */
export function normaliseRegistrationCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  const code = `${compact.slice(0, 3)}-${compact.slice(3)}`;
  return CODE_PATTERN.test(code) ? code : null;
}
