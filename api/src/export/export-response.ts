import {
  EXPORT_COLUMNS,
  EXPORT_CONTENT_TYPES,
  type ExportDataset,
  type ExportFormat,
  type ExportRow,
} from "@bulbcheck/shared";
import type { Logger } from "pino";
import { csvLine, UTF8_BOM } from "./csv.ts";
import type { RowBatches } from "./export-rows.ts";

const encoder = new TextEncoder();

/** One batch of rows as the file's text: CSV lines in the header's column order, or JSON lines. */
export function formatRows<D extends ExportDataset>(
  dataset: D,
  format: ExportFormat,
  rows: readonly ExportRow<D>[],
): string {
  const columns = EXPORT_COLUMNS[dataset] as readonly (keyof ExportRow<D>)[];
  if (format === "jsonl") return rows.map((row) => `${JSON.stringify(row)}\n`).join("");
  return rows.map((row) => csvLine(columns.map((column) => row[column]))).join("");
}

/**
 * The export as a download that is written while it is read: one batch of rows per pull, after
 * the event loop has had a turn, so a large export neither fills memory nor holds the writer.
 * A read that fails part-way aborts the download, which then ends short of its last line: the
 * browser reports a failed download rather than saving a file that looks whole.
 */
export function exportResponse<D extends ExportDataset>(options: {
  dataset: D;
  format: ExportFormat;
  fileName: string;
  batches: RowBatches<D>;
  logger: Logger;
}): Response {
  const { dataset, format, batches, logger } = options;
  let rows = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (format === "csv")
        controller.enqueue(
          encoder.encode(`${UTF8_BOM}${csvLine(EXPORT_COLUMNS[dataset] as readonly string[])}`),
        );
    },
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      try {
        const next = batches.next();
        if (next.done) {
          controller.close();
          logger.info({ dataset, format, rows }, "export done");
          return;
        }
        rows += next.value.length;
        controller.enqueue(encoder.encode(formatRows(dataset, format, next.value)));
      } catch (error) {
        logger.error({ err: error, dataset, rows }, "export failed part-way");
        controller.error(error);
      }
    },
    cancel() {
      batches.return();
      logger.info({ dataset, format, rows }, "export cancelled by its reader");
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": EXPORT_CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${options.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
