/** Who is on the other end of an MQTT connection, as the credentials provider knows it. */
export type Principal = DevicePrincipal | ServicePrincipal;

/** A sensor or button, provisioned to one site: it may speak only under its own topics. */
export interface DevicePrincipal {
  kind: "device";
  id: string;
  site: string;
  secretHash: string;
}

/**
 * A service account (the ingester, a bridge, a monitoring tool): it may publish and subscribe to
 * exactly the topic filters listed, nothing more.
 */
export interface ServicePrincipal {
  kind: "service";
  id: string;
  secretHash: string;
  publish: readonly string[];
  subscribe: readonly string[];
}

/**
 * Where the broker looks credentials up and checks secrets. The API's SQLite registry implements
 * it in the embedded system; a JSON file implements it for the stand-alone broker. Lookups may be
 * sync or async.
 */
export interface CredentialsProvider {
  lookup(username: string): Principal | undefined | Promise<Principal | undefined>;
  /**
   * Whether `secret` is the secret of `principal` (as `lookup` returned it). A provider that still
   * holds the slow hash of an earlier release stores the keyed hash instead once it matched.
   */
  verify(principal: Principal, secret: string): Promise<boolean>;
}
