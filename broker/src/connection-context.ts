import type { Client } from "aedes";
import type { Principal } from "./credentials/principal.ts";
import type { Transport } from "./stats.ts";

/** What the broker knows about one connection, from accept to close. */
export interface ConnectionContext {
  address: string;
  transport: Transport;
  /** Set once the client has authenticated. */
  principal?: Principal;
  /** The will topic from CONNECT, checked against the ACL during authentication. */
  willTopic?: string;
  /** Closes the socket if no CONNECT arrives in time, from its accept on either listener. */
  connectDeadline?: NodeJS.Timeout;
  /** Set once the reason the connection closed has been counted. */
  closeCounted?: boolean;
}

/**
 * Contexts are keyed by the connection stream that aedes keeps as `client.conn`, so they are
 * created before aedes sees the socket and vanish with it.
 */
const contexts = new WeakMap<object, ConnectionContext>();

export function attachContext(stream: object, context: ConnectionContext): void {
  contexts.set(stream, context);
}

export function contextOf(client: Client): ConnectionContext | undefined {
  return contexts.get(client.conn);
}

export function principalOf(client: Client | null): Principal | undefined {
  return client ? contexts.get(client.conn)?.principal : undefined;
}
