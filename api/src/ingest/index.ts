/** The ingest stage on its own, without MQTT or HTTP: the ingester and the feed it reports to. */
export { ChangeFeed } from "../engine/change-feed.ts";
export type { IngestOutcome } from "./ingest-message.ts";
export { Ingester, type IngesterStats } from "./ingester.ts";
