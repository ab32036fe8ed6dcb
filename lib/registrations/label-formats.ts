/**
 * A4 sheets of name-badge labels, as their makers give them (millimetres): the label's size, columns and rows, the
 * sheet's top and left margins, and the pitch (one label's start to the next one's, gap included).
 */
export type LabelFormat = { label: string; width: number; height: number; columns: number; rows: number; top: number; left: number; pitchX: number; pitchY: number };

export const LABEL_FORMATS = {
  L7163: { label: "Avery L7163 – 99,1 × 38,1 mm, 14 par feuille", width: 99.1, height: 38.1, columns: 2, rows: 7, top: 15.15, left: 4.65, pitchX: 101.6, pitchY: 38.1 },
  L7160: { label: "Avery L7160 – 63,5 × 38,1 mm, 21 par feuille", width: 63.5, height: 38.1, columns: 3, rows: 7, top: 15.15, left: 7.25, pitchX: 66, pitchY: 38.1 },
  L7165: { label: "Avery L7165 – 99,1 × 67,7 mm, 8 par feuille", width: 99.1, height: 67.7, columns: 2, rows: 4, top: 13.1, left: 4.65, pitchX: 101.6, pitchY: 67.7 },
} as const satisfies Record<string, LabelFormat>;

export type LabelFormatCode = keyof typeof LABEL_FORMATS;
export const LABEL_FORMAT_CODES = Object.keys(LABEL_FORMATS) as LabelFormatCode[];
export const DEFAULT_LABEL_FORMAT: LabelFormatCode = "L7163";

export function isLabelFormat(code: string): code is LabelFormatCode {
  return Object.hasOwn(LABEL_FORMATS, code);
}
