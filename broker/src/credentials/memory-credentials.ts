import { idSchema } from "@bulbcheck/shared";
import { z } from "zod";
import type { CredentialsProvider, Principal } from "./principal.ts";
import { checkSecret, generateSecretKey, hashSecret } from "./secret-hash.ts";

/** A keyed hash, or the scrypt hash of an earlier release (replaced at its next login). */
const secretHash = z.string().regex(/^(hmac-sha256|scrypt)\$/, "a hmac-sha256$ or scrypt$ hash");
const filter = z.string().min(1).max(256);

/** The stand-alone broker's credentials file: hashes only, never a secret. */
export const credentialsFileSchema = z.object({
  devices: z.array(z.object({ id: idSchema, site: idSchema, secretHash }).strict()).default([]),
  services: z
    .array(
      z
        .object({
          id: z.string().min(1).max(64),
          secretHash,
          publish: z.array(filter).default([]),
          subscribe: z.array(filter).default([]),
        })
        .strict(),
    )
    .default([]),
});

export type CredentialsFile = z.infer<typeof credentialsFileSchema>;

export interface MemoryCredentialsOptions {
  /** The server key of the keyed hashes; a new random one when not given. */
  key?: Buffer;
  /** Told when a legacy hash was replaced after a login, so that the new one can be stored. */
  onRehash?: (id: string, from: string, to: string) => void;
}

/** Credentials held in memory: for tests, and for the broker command with a credentials file. */
export class MemoryCredentials implements CredentialsProvider {
  /** The server key the secrets are hashed under. */
  readonly key: Buffer;
  readonly #principals = new Map<string, Principal>();
  readonly #onRehash: MemoryCredentialsOptions["onRehash"];
  /** Principals whose legacy hash was replaced here: id -> the hash they had before. */
  readonly #rehashedFrom = new Map<string, string>();

  constructor(options: MemoryCredentialsOptions = {}) {
    this.key = options.key ?? generateSecretKey();
    this.#onRehash = options.onRehash;
  }

  /** The stored form of a new secret. */
  hash(secret: string): string {
    return hashSecret(this.key, secret);
  }

  lookup(username: string): Principal | undefined {
    return this.#principals.get(username);
  }

  async verify(principal: Principal, secret: string): Promise<boolean> {
    const { match, rehash } = await checkSecret(this.key, secret, principal.secretHash);
    const current = this.#principals.get(principal.id);
    // Replaced only if nobody changed the principal meanwhile (a rotation wins over a rehash).
    if (match && rehash && current?.secretHash === principal.secretHash) {
      this.#principals.set(principal.id, { ...current, secretHash: rehash });
      this.#rehashedFrom.set(principal.id, principal.secretHash);
      this.#onRehash?.(principal.id, principal.secretHash, rehash);
    }
    return match;
  }

  set(principal: Principal): void {
    this.#principals.set(principal.id, principal);
  }

  delete(id: string): boolean {
    return this.#principals.delete(id);
  }

  /**
   * Replaces every principal with `next`'s; returns the ids that were removed or changed, whose
   * live connections must therefore be closed. A hash this object replaced after a login, and
   * that `next` still has in its old form (read before the new one was written), is no change.
   */
  replaceWith(next: MemoryCredentials): string[] {
    const incoming = new Map<string, Principal>();
    for (const principal of next.#principals.values()) {
      const current = this.#principals.get(principal.id);
      const stale =
        current !== undefined && this.#rehashedFrom.get(principal.id) === principal.secretHash;
      incoming.set(
        principal.id,
        stale ? { ...principal, secretHash: current.secretHash } : principal,
      );
    }
    const changed: string[] = [];
    for (const [id, current] of this.#principals) {
      const replacement = incoming.get(id);
      if (!replacement || JSON.stringify(replacement) !== JSON.stringify(current)) changed.push(id);
    }
    this.#principals.clear();
    for (const principal of incoming.values()) this.set(principal);
    return changed;
  }

  toFile(): CredentialsFile {
    const file: CredentialsFile = { devices: [], services: [] };
    for (const p of this.#principals.values()) {
      if (p.kind === "device")
        file.devices.push({ id: p.id, site: p.site, secretHash: p.secretHash });
      else
        file.services.push({
          id: p.id,
          secretHash: p.secretHash,
          publish: [...p.publish],
          subscribe: [...p.subscribe],
        });
    }
    return file;
  }

  static fromFile(
    file: CredentialsFile,
    options: MemoryCredentialsOptions = {},
  ): MemoryCredentials {
    const credentials = new MemoryCredentials(options);
    for (const d of file.devices) credentials.set({ kind: "device", ...d });
    for (const s of file.services) credentials.set({ kind: "service", ...s });
    return credentials;
  }
}
