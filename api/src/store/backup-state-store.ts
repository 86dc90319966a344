import type { Db } from "./database.ts";
import { readSystemState, writeSystemState } from "./system-state-store.ts";

/**
 * The outcome of the latest backups, scheduled or taken with `bulbcheck backup`, kept in the
 * database itself so that health can tell how old the last good copy is and whether the last
 * attempt failed, whichever process took it.
 */
export interface BackupState {
  /** When the last backup that passed its integrity check finished (ms), or null: none yet. */
  lastOkAt: number | null;
  lastOkFile: string | null;
  lastOkBytes: number | null;
  /** The last failure, kept until a later backup succeeds. */
  lastError: string | null;
  lastErrorAt: number | null;
}

const STATE = "backup";
/** No backup taken yet, and none failed. */
export const NO_BACKUP: BackupState = {
  lastOkAt: null,
  lastOkFile: null,
  lastOkBytes: null,
  lastError: null,
  lastErrorAt: null,
};

export function readBackupState(db: Db): BackupState {
  return { ...NO_BACKUP, ...readSystemState<Partial<BackupState>>(db, STATE) };
}

export function recordBackupOk(db: Db, ok: { at: number; file: string; bytes: number }): void {
  writeSystemState(db, STATE, {
    ...NO_BACKUP,
    lastOkAt: ok.at,
    lastOkFile: ok.file,
    lastOkBytes: ok.bytes,
  } satisfies BackupState);
}

export function recordBackupFailure(db: Db, failure: { at: number; error: string }): void {
  writeSystemState(db, STATE, {
    ...readBackupState(db),
    lastError: failure.error,
    lastErrorAt: failure.at,
  } satisfies BackupState);
}
