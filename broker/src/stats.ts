/** Why the broker refused something; the words appear in logs, counters and `$SYS` figures. */
export type ConnectRefusal =
  | "client_id_mismatch"
  | "no_credentials"
  | "unknown_client"
  | "bad_secret"
  | "banned"
  | "will_denied"
  | "auth_error";

export type PublishRefusal = "acl_publish" | "not_stored";
export type SubscribeRefusal = "acl_subscribe";
export type ConnectionRefusal = "too_large" | "malformed" | "connect_timeout" | "max_connections";

export type Transport = "tcp" | "ws";

export interface BrokerStats {
  startedAt: string;
  uptimeSeconds: number;
  connections: { current: number; total: number; tcp: number; ws: number; clients: number };
  connects: { accepted: number; refused: Partial<Record<ConnectRefusal, number>> };
  publishes: { accepted: number; refused: Partial<Record<PublishRefusal, number>> };
  subscribes: { accepted: number; refused: Partial<Record<SubscribeRefusal, number>> };
  closed: Partial<Record<ConnectionRefusal | "keepalive_timeout", number>>;
  activeBans: number;
}

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The broker's counters: plain numbers, bumped on the hot path, read by `stats()`. */
export class BrokerCounters {
  readonly startedAt = Date.now();
  sockets = { tcp: 0, ws: 0, total: 0 };
  connectsAccepted = 0;
  connectsRefused: Partial<Record<ConnectRefusal, number>> = {};
  publishesAccepted = 0;
  publishesRefused: Partial<Record<PublishRefusal, number>> = {};
  subscribesAccepted = 0;
  subscribesRefused: Partial<Record<SubscribeRefusal, number>> = {};
  closed: Partial<Record<ConnectionRefusal | "keepalive_timeout", number>> = {};

  refuseConnect(reason: ConnectRefusal): void {
    bump(this.connectsRefused, reason);
  }
  refusePublish(reason: PublishRefusal): void {
    bump(this.publishesRefused, reason);
  }
  refuseSubscribe(reason: SubscribeRefusal): void {
    bump(this.subscribesRefused, reason);
  }
  close(reason: ConnectionRefusal | "keepalive_timeout"): void {
    bump(this.closed, reason);
  }

  snapshot(clients: number, activeBans: number): BrokerStats {
    return {
      startedAt: new Date(this.startedAt).toISOString(),
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      connections: {
        current: this.sockets.tcp + this.sockets.ws,
        total: this.sockets.total,
        tcp: this.sockets.tcp,
        ws: this.sockets.ws,
        clients,
      },
      connects: { accepted: this.connectsAccepted, refused: { ...this.connectsRefused } },
      publishes: { accepted: this.publishesAccepted, refused: { ...this.publishesRefused } },
      subscribes: { accepted: this.subscribesAccepted, refused: { ...this.subscribesRefused } },
      closed: { ...this.closed },
      activeBans,
    };
  }
}
