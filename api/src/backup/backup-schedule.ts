import { join } from "node:path";
import type { Logger } from "pino";
import {
  readBackupState,
  recordBackupFailure,
  recordBackupOk,
} from "../store/backup-state-store.ts";
import type { Db } from "../store/database.ts";
import { backupFileName, pruneBackups } from "./backup-files.ts";
import { type BackupCopy, backupOnline } from "./take-backup.ts";

export interface BackupScheduleOptions {
  db: Db;
  dir: string;
  everyMs: number;
  /** Regular copies kept in `dir`; older ones are deleted once a new one is good. */
  keep: number;
  logger: Logger;
  now: () => number;
}

/**
 * Scheduled backups in the server (BULBCHECK_BACKUP_DIR): a copy every `everyMs`, counted from
 * the last good one (whichever process took it), so that a restart neither skips nor repeats one.
 * Each is checked before it counts; the outcome is recorded in the database for health.
 */
export class BackupSchedule {
  readonly #options: BackupScheduleOptions;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<BackupCopy | undefined> | undefined;
  readonly #abort = new AbortController();

  constructor(options: BackupScheduleOptions) {
    this.#options = options;
  }

  start(): void {
    const { lastOkAt } = readBackupState(this.#options.db);
    const due = lastOkAt === null ? 0 : lastOkAt + this.#options.everyMs - this.#options.now();
    this.#schedule(Math.max(0, due));
  }

  /**
   * Takes a backup now, or joins the one under way. Resolves with the copy, or undefined when it
   * failed (logged and recorded) or was abandoned by `stop()`.
   */
  runNow(): Promise<BackupCopy | undefined> {
    this.#running ??= this.#run().finally(() => {
      this.#running = undefined;
    });
    return this.#running;
  }

  /** Abandons a backup under way (its temp file is removed) and waits until it has let go. */
  async stop(): Promise<void> {
    clearTimeout(this.#timer);
    this.#abort.abort();
    await this.#running;
  }

  #schedule(delayMs: number): void {
    if (this.#abort.signal.aborted) return;
    this.#timer = setTimeout(() => {
      void this.runNow().then(() => this.#schedule(this.#options.everyMs));
    }, delayMs);
    // A pending backup does not keep the process alive; stop() ends it.
    this.#timer.unref();
  }

  async #run(): Promise<BackupCopy | undefined> {
    const { db, dir, logger, now } = this.#options;
    const file = join(dir, backupFileName(now()));
    const startedAt = Date.now();
    let logged = startedAt;
    try {
      const copy = await backupOnline(db, {
        file,
        signal: this.#abort.signal,
        onProgress: ({ totalPages, remainingPages }) => {
          if (Date.now() - logged < 10_000) return;
          logged = Date.now();
          logger.info({ file, totalPages, remainingPages }, "backup under way");
        },
      });
      recordBackupOk(db, { at: now(), file: copy.file, bytes: copy.bytes });
      const deleted = pruneBackups(dir, this.#options.keep);
      logger.info(
        { file: copy.file, bytes: copy.bytes, ms: Date.now() - startedAt, deleted },
        "backup written and checked",
      );
      return copy;
    } catch (error) {
      if (this.#abort.signal.aborted) {
        logger.info({ file }, "backup abandoned: stopping");
        return undefined;
      }
      const reason = error instanceof Error ? error.message : String(error);
      logger.error({ file, reason }, "backup failed");
      recordBackupFailure(db, { at: now(), error: reason });
      return undefined;
    }
  }
}
