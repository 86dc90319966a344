/**
 * CSV as RFC 4180 has it (comma, CRLF, a field quoted when it holds a comma, a quote or a line
 * break, its quotes doubled), for the spreadsheets managers open it in.
 */

/** Excel reads a file without it as the machine's code page, so "Trondheim Sør" breaks. */
export const UTF8_BOM = "\uFEFF";

/**
 * A spreadsheet runs a cell that starts with one of these as a formula: a staff name or a
 * device's text like `=HYPERLINK(...)` must stay text (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  // A number that happens to start with "-" is a number in its own column, not text here.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
