import { idSchema } from "@bulbcheck/shared";
import { z } from "zod";
import type { CredentialsProvider, Principal } from "./principal.ts";

const secretHash = z.string().startsWith("scrypt$");
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

/** Credentials held in memory: for tests, and for the broker command with a credentials file. */
export class MemoryCredentials implements CredentialsProvider {
  readonly #principals = new Map<string, Principal>();

  constructor(principals: Iterable<Principal> = []) {
    for (const principal of principals) this.set(principal);
  }

  lookup(username: string): Principal | undefined {
    return this.#principals.get(username);
  }

  set(principal: Principal): void {
    this.#principals.set(principal.id, principal);
  }

  delete(id: string): boolean {
    return this.#principals.delete(id);
  }

  /**
   * Replaces every principal with `next`'s; returns the ids that were removed or changed, whose
   * live connections must therefore be closed.
   */
  replaceWith(next: MemoryCredentials): string[] {
    const changed: string[] = [];
    for (const [id, current] of this.#principals) {
      const incoming = next.lookup(id);
      if (!incoming || JSON.stringify(incoming) !== JSON.stringify(current)) changed.push(id);
    }
    this.#principals.clear();
    for (const principal of next.#principals.values()) this.set(principal);
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

  static fromFile(file: CredentialsFile): MemoryCredentials {
    const credentials = new MemoryCredentials();
    for (const d of file.devices) credentials.set({ kind: "device", ...d });
    for (const s of file.services) credentials.set({ kind: "service", ...s });
    return credentials;
  }
}
