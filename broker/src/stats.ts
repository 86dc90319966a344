/** Why the broker refused something; the words appear in logs, counters and `$SYS` figures. */
export type AuthRefusal =
  | "client_id_mismatch"
  | "no_credentials"
  | "unknown_client"
  | "bad_secret"
  | "banned"
  | "will_denied"
  | "auth_error";

export type ConnectRefusal =
  | AuthRefusal
  // CONNECTs that break MQTT 3.1.1: closed without a CONNACK [MQTT-3.1.4-1], except another
  // protocol level, which is answered CONNACK 1 [MQTT-3.1.2-2].
  | "unsupported_protocol"
  | "will_qos"
  | "will_flags"
  | "will_topic"
  | "password_without_username"
  | "client_id_rejected"
  | "malformed_connect";

/** `will_denied`: the stored will of a client not connected, refused and dropped. */
export type PublishRefusal = "acl_publish" | "not_stored" | "will_denied";
export type SubscribeRefusal = "acl_subscribe";

/** Why the broker closed a connection (or refused a socket) other than at a refused CONNECT. */
export type CloseReason =
  | "too_large"
  | "malformed"
  | "connect_timeout"
  | "keepalive_timeout"
  | "max_connections"
  | "max_per_address"
  | "bad_utf8"
  | "null_character"
  | "empty_subscribe"
  | "empty_unsubscribe"
  | "topic_levels"
  | "bad_topic"
  | "qos2_inflight"
  | "queue_limit"
  | "drain_timeout"
  | "protocol_error";

export type Transport = "tcp" | "ws";

export interface BrokerStats {
  startedAt: string;
  uptimeSeconds: number;
  connections: { current: number; total: number; tcp: number; ws: number; clients: number };
  connects: {
    accepted: number;
    refused: Partial<Record<ConnectRefusal, number>>;
    /** CONNECTs whose keepalive (0, or above the limit) was taken as the limit. */
    keepaliveClamped: number;
  };
  publishes: { accepted: number; refused: Partial<Record<PublishRefusal, number>> };
  subscribes: { accepted: number; refused: Partial<Record<SubscribeRefusal, number>> };
  closed: Partial<Record<CloseReason, number>>;
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
  keepaliveClamped = 0;
  publishesAccepted = 0;
  publishesRefused: Partial<Record<PublishRefusal, number>> = {};
  subscribesAccepted = 0;
  subscribesRefused: Partial<Record<SubscribeRefusal, number>> = {};
  closed: Partial<Record<CloseReason, number>> = {};

  refuseConnect(reason: ConnectRefusal): void {
    bump(this.connectsRefused, reason);
  }
  refusePublish(reason: PublishRefusal): void {
    bump(this.publishesRefused, reason);
  }
  refuseSubscribe(reason: SubscribeRefusal): void {
    bump(this.subscribesRefused, reason);
  }
  close(reason: CloseReason): void {
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
      connects: {
        accepted: this.connectsAccepted,
        refused: { ...this.connectsRefused },
        keepaliveClamped: this.keepaliveClamped,
      },
      publishes: { accepted: this.publishesAccepted, refused: { ...this.publishesRefused } },
      subscribes: { accepted: this.subscribesAccepted, refused: { ...this.subscribesRefused } },
      closed: { ...this.closed },
      activeBans,
    };
  }
}
