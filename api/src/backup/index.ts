/** What the `bulbcheck backup` and `restore` commands use of the API package. */
export { backupFileName } from "./backup-files.ts";
export { recordInDatabase } from "./backup-record.ts";
export { type RestoreOutcome, RestoreRefused, restoreDatabase } from "./restore.ts";
export { type BackupCopy, backupSnapshot } from "./take-backup.ts";
