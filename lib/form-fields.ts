import { z } from "zod";

/** A text field that may be left empty: trimmed, at most `max` characters, an emptied field cleared (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .optional()
    .transform((value) => value || null);
