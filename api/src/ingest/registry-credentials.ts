import type { CredentialsProvider, Principal } from "@bulbcheck/broker";
import type { Db } from "../store/database.ts";
import { getDevice } from "../store/registry-store.ts";

/**
 * The embedded broker's credentials: devices straight from the registry, so that provisioning,
 * rotation and revocation take effect at the next connect with nothing to reload. Service
 * accounts (bridges, monitoring) come from `services`, the broker's credentials file.
 */
export class RegistryCredentials implements CredentialsProvider {
  readonly #db: Db;
  readonly #services: CredentialsProvider | undefined;

  constructor(db: Db, services?: CredentialsProvider) {
    this.#db = db;
    this.#services = services;
  }

  lookup(username: string): Principal | undefined | Promise<Principal | undefined> {
    const device = getDevice(this.#db, username);
    if (device) {
      // A revoked device has no secret: it cannot log in, and no service may take its name.
      if (device.secret_hash === null) return undefined;
      return {
        kind: "device",
        id: device.id,
        site: device.site_id,
        secretHash: device.secret_hash,
      };
    }
    return this.#services?.lookup(username);
  }
}
