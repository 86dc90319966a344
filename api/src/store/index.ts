/**
 * What other packages may use of the store besides the API: opening a database with its
 * migrations, and the writes and counts that build or check a store directly (the benchmarks'
 * large stores, the system tests' audits). The API itself imports the modules.
 */
export { readBackupState, recordBackupOk } from "./backup-state-store.ts";
export { type Db, loadMigrations, openDatabase } from "./database.ts";
export { addTimeline, insertDefect } from "./defect-store.ts";
export { addEventDays, type EventDay } from "./event-day-store.ts";
export { countEvents, insertEvent, recordDeviceActivity, recordInspection } from "./event-store.ts";
export { upsertFleet } from "./fleet-store.ts";
