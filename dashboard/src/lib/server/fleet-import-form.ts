import { type ImportedSecret, SECRETS_CSV_COLUMNS } from "@bulbcheck/shared";
import { m } from "@bulbcheck/shared/i18n";

/**
 * The fleet import form: the CSV it sent (a file or pasted text), the same text kept for the
 * import after its preview, and the file of new devices' secrets the import hands out once.
 */

export interface SentCsv {
  text: string;
  /** The file's name; null for pasted text. */
  name: string | null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The CSV of the form: a chosen file, else the pasted text. */
export async function csvFromForm(form: FormData): Promise<SentCsv | { error: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    try {
      // A BOM (Excel's "CSV UTF-8") is dropped by the decoder.
      return { text: utf8.decode(await file.arrayBuffer()), name: file.name };
    } catch {
      return {
        error: m.setup_imp_not_utf8({ file: file.name }),
      };
    }
  }
  const pasted = String(form.get("text") ?? "");
  if (pasted.trim() !== "") return { text: pasted, name: null };
  return { error: m.setup_imp_choose_file() };
}

/**
 * The previewed text as a hidden field, base64: a form sends its fields' line breaks as CRLF,
 * which would change a quoted cell that holds one, so the import would not be the preview's.
 */
export function keepCsv(text: string): string {
  return Buffer.from(text, "utf8").toString("base64");
}

export function keptCsv(form: FormData): string | null {
  const kept = form.get("csv");
  if (typeof kept !== "string" || kept === "") return null;
  return Buffer.from(kept, "base64").toString("utf8");
}

/** A CSV cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The new devices' secrets as the file to download, a `data:` URL so that it works without
 * scripts and is never stored: it exists only in this one answer. Secrets are written as they
 * are (no spreadsheet formula guard), since a device must be given exactly those characters.
 */
export function secretsFile(
  secrets: readonly ImportedSecret[],
  now = new Date(),
): { href: string; name: string; count: number; hostUnknown: boolean } {
  const lines = [
    SECRETS_CSV_COLUMNS.join(","),
    ...secrets.map((s) => SECRETS_CSV_COLUMNS.map((column) => field(s[column])).join(",")),
  ];
  const csv = `${lines.join("\r\n")}\r\n`;
  return {
    href: `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`,
    name: `bulbcheck-device-secrets-${now.toISOString().slice(0, 10)}.csv`,
    count: secrets.length,
    hostUnknown: secrets.some((s) => s.host === null),
  };
}
