import { type CredentialsProvider, checkSecret, type Principal } from "@bulbcheck/broker";
import type { Db } from "../store/database.ts";
import { getDevice, upgradeDeviceSecretHashes } from "../store/registry-store.ts";

export interface RegistryCredentialsOptions {
  /** The server key device secrets are kept under (`deviceSecretKey`). */
  key: Buffer;
  /** Service accounts (bridges, monitoring): the broker's credentials file. */
  services?: CredentialsProvider | undefined;
}

/** How long legacy hashes replaced at login wait to be written together. */
const REHASH_BATCH_MS = 100;

/**
 * The embedded broker's credentials: devices straight from the registry, so that provisioning,
 * rotation and revocation take effect at the next connect with nothing to reload. Service
 * accounts (bridges, monitoring) come from `services`, the broker's credentials file, and are
 * checked there, under that file's key.
 *
 * A device secret still stored as scrypt by an earlier release is replaced by its keyed hash once
 * it matched. A fleet reconnecting after the upgrade does that thousands of times in a few
 * seconds: the replacements are written together, one transaction per 100 ms.
 */
export class RegistryCredentials implements CredentialsProvider {
  readonly #db: Db;
  readonly #key: Buffer;
  readonly #services: CredentialsProvider | undefined;
  /** The principals `services` answered, so that their secrets are checked there. */
  readonly #fromServices = new WeakSet<Principal>();
  readonly #rehashes = new Map<string, { id: string; from: string; to: string }>();
  #timer: NodeJS.Timeout | undefined;

  constructor(db: Db, { key, services }: RegistryCredentialsOptions) {
    this.#db = db;
    this.#key = key;
    this.#services = services;
  }

  async lookup(username: string): Promise<Principal | undefined> {
    const device = getDevice(this.#db, username);
    if (device) {
      // A revoked device has no secret, a retired one is out of service: neither can log in,
      // and no service may take its name.
      if (device.secret_hash === null || device.retired_at !== null) return undefined;
      return {
        kind: "device",
        id: device.id,
        site: device.site_id,
        secretHash: device.secret_hash,
      };
    }
    const service = await this.#services?.lookup(username);
    if (service) this.#fromServices.add(service);
    return service;
  }

  async verify(principal: Principal, secret: string): Promise<boolean> {
    if (this.#fromServices.has(principal))
      return (await this.#services?.verify(principal, secret)) ?? false;
    const { match, rehash } = await checkSecret(this.#key, secret, principal.secretHash);
    if (match && rehash) {
      this.#rehashes.set(principal.id, {
        id: principal.id,
        from: principal.secretHash,
        to: rehash,
      });
      this.#timer ??= setTimeout(() => this.flush(), REHASH_BATCH_MS).unref();
    }
    return match;
  }

  /** Writes the replaced hashes gathered so far; at stop, before the database closes. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const upgrades = [...this.#rehashes.values()];
    this.#rehashes.clear();
    if (upgrades.length === 0) return;
    try {
      upgradeDeviceSecretHashes(this.#db, upgrades);
    } catch {
      // Not written (a full disk): the legacy hashes stay, and are replaced at a later login.
    }
  }
}
