import type { DuePolicy } from "@bulbcheck/shared";
import type { Logger } from "pino";
import type { ChangeFeed } from "../engine/change-feed.ts";
import type { Ingester } from "../ingest/ingester.ts";
import type { Db } from "../store/database.ts";

/** What the API knows of the MQTT side: the embedded broker, or the link to an external one. */
export interface BrokerLink {
  mode: "embedded" | "external";
  url?: string;
  connected(): boolean;
  clients?(): number;
  /** Closes a device's live connection; false when the broker cannot (external) or it had none. */
  disconnect(deviceId: string): boolean;
}

export interface ApiDeps {
  db: Db;
  feed: ChangeFeed;
  ingester: Ingester;
  broker: BrokerLink;
  logger: Logger;
  duePolicy: DuePolicy;
  /** Epoch ms; injectable so that tests decide what "now" and "overdue" mean. */
  now: () => number;
  version: string;
  startedAt: number;
}
