/** Publish-to-PUBACK latency in milliseconds; all zero for QoS 0, which has no acknowledgement. */
export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/**
 * Problems counted by kind: `connect_refused:<CONNACK code>`, `connect_timeout`, `socket_error`,
 * `closed_early` (the broker closed a connection we still used), `unacked` (messages lost with a
 * closed connection), `ack_timeout` (messages given up on), `protocol_error`.
 */
export type ErrorCounts = Record<string, number>;

export interface LoadResult {
  sent: number;
  acked: number;
  errors: ErrorCounts;
  /** From the first publish to the last PUBACK (or the last write, for QoS 0). */
  durationMs: number;
  /** Acknowledged messages per second over `durationMs`. */
  ratePerSecond: number;
  latencyMs: LatencySummary;
  /** Time to open every connection, CONNACKs included. */
  connectMs: number;
  /** Connections that were accepted. */
  connected: number;
}

export interface LoadProgress {
  elapsedMs: number;
  sent: number;
  acked: number;
  inflight: number;
  connected: number;
  /** Acknowledged messages per second since the previous report. */
  ratePerSecond: number;
  errors: ErrorCounts;
}
