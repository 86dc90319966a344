/**
 * Reading CSV as RFC 4180 has it (fields in double quotes may hold the delimiter, line breaks
 * and quotes, doubled), and as spreadsheets write it: a UTF-8 byte order mark, CRLF or LF, and
 * `;` where the decimal mark is a comma (Excel in Nordic locales), or a tab when cells are pasted
 * from a spreadsheet. The delimiter is the one the header line uses.
 */

export const DELIMITERS = [",", ";", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecord {
  /** The line the record starts on, from 1; a quoted line break makes a record span lines. */
  line: number;
  cells: string[];
}

export interface CsvText {
  delimiter: Delimiter;
  records: CsvRecord[];
  /** A quote opened and never closed: the file ends inside it, from this line. */
  unclosedQuoteAt: number | null;
}

const BOM = "\uFEFF";

/**
 * The delimiter of the first line: the one of `,`, `;` and tab it holds most of outside quotes
 * (a comma when it holds none).
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text.startsWith(BOM) ? text.slice(1) : text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ",";
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Every record of the text with the line it starts on. A quote inside an unquoted field, or text
 * after a closing quote, is kept as text, as spreadsheets read it.
 *
 * @example
 * readCsv('id;name\r\nlobby;"Lobby; ground floor"\r\n').records
 * // [{ line: 1, cells: ["id", "name"] }, { line: 2, cells: ["lobby", "Lobby; ground floor"] }]
 */
export function readCsv(input: string): CsvText {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  // Whether the current cell began with a quote: only then does a quote open quoting.
  let atCellStart = true;

  const endCell = () => {
    cells.push(cell);
    cell = "";
    atCellStart = true;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      quoteLine = line;
      atCellStart = false;
    } else if (char === delimiter) {
      endCell();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
      atCellStart = false;
    }
  }
  // The last record, unless the text ended with its line break.
  if (cell !== "" || cells.length > 0 || quoted || !atCellStart) endRecord();
  return { delimiter, records, unclosedQuoteAt: quoted ? quoteLine : null };
}
