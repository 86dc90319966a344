import { idSchema, reportLabelsQuerySchema } from "@bulbcheck/shared";
import { z } from "zod";

/** Paper, in millimetres; the CSS `@page` size names them as `A4` and `letter`. */
export const PAPERS = {
  a4: { name: "A4", width: 210, height: 297 },
  letter: { name: "Letter", width: 215.9, height: 279.4 },
} as const;
export type Paper = keyof typeof PAPERS;

/**
 * Label sizes, in millimetres, close to common sheets of self-adhesive labels (5 x 13 of
 * 38.1 x 21.2, 3 x 7 of 63.5 x 38.1, 2 x 4) and as good on plain paper cut along the lines.
 * `qr` is the code's side (large enough to be scanned from an arm's length on the larger ones),
 * `pad` the white around it (its quiet zone) and `text` the three lines' sizes in points.
 */
export const SIZES = {
  small: {
    name: "Small",
    width: 38.1,
    height: 21.2,
    gap: 0.5,
    qr: 18,
    pad: 1.6,
    text: [5.5, 6, 5],
  },
  medium: {
    name: "Medium",
    width: 63.5,
    height: 38.1,
    gap: 1.5,
    qr: 33,
    pad: 2.5,
    text: [9, 8.5, 7],
  },
  large: { name: "Large", width: 96, height: 63, gap: 2, qr: 50, pad: 4, text: [13, 12, 9] },
} as const;
export type LabelSize = keyof typeof SIZES;

/** What every sheet leaves blank at its edges: more than most printers cannot print on. */
export const SHEET_MARGIN_MM = 8;

/** How many labels of `size` a sheet of `paper` holds. */
export function perSheet(paper: Paper, size: LabelSize): { columns: number; rows: number } {
  const p = PAPERS[paper];
  const s = SIZES[size];
  const fit = (room: number, each: number) =>
    Math.floor((room - 2 * SHEET_MARGIN_MM + s.gap) / (each + s.gap));
  return { columns: fit(p.width, s.width), rows: fit(p.height, s.height) };
}

/** The labels cut into sheets: each printed page is one sheet, so none breaks across two. */
export function sheets<T>(labels: readonly T[], paper: Paper, size: LabelSize): T[][] {
  const { columns, rows } = perSheet(paper, size);
  const each = columns * rows;
  const out: T[][] = [];
  for (let i = 0; i < labels.length; i += each) out.push(labels.slice(i, i + each));
  return out;
}

/**
 * The page's address: the API's own filter (`zone`), the paper and label size, one asset's
 * label alone (`asset`, to reprint it), and the asset whose code was just revoked.
 */
export const labelPageQuerySchema = reportLabelsQuerySchema.extend({
  paper: z.enum(Object.keys(PAPERS) as [Paper, ...Paper[]]).default("a4"),
  size: z.enum(Object.keys(SIZES) as [LabelSize, ...LabelSize[]]).default("medium"),
  asset: idSchema.optional(),
  revoked: idSchema.optional(),
});
export const LABEL_PAGE_KEYS = ["zone", "paper", "size", "asset", "revoked"] as const;
