/**
 * SQLite codes that say the store cannot write now, whoever asks: the ingester refuses the whole
 * batch rather than retry it message by message, and the API answers 503 rather than 500.
 */
const STORE_FAULT_CODE = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|NOMEM|BUSY|LOCKED|CORRUPT|NOTADB)/;

export function storeFaultCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORE_FAULT_CODE.test(code) ? code : undefined;
}

export function describeStoreFault(code: string, error: unknown): string {
  if (code === "SQLITE_FULL") return "the database or its disk is full";
  return error instanceof Error ? error.message : String(error);
}
