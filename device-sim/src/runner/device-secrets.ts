import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { FleetDocumentInput } from "@bulbcheck/shared";
import type { ApiClient } from "./api-client.ts";

export type Secrets = Map<string, string>;

export function readSecrets(file: string): Secrets {
  try {
    return new Map(
      Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>),
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Map();
    throw new Error(`cannot read device secrets from ${file}: ${(error as Error).message}`);
  }
}

/** Writes the secrets readable by this user only, making the file's folder when it is missing. */
export function writeSecrets(file: string, secrets: Secrets): void {
  // A load run from another machine than the server's has no data folder of its own yet.
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(Object.fromEntries(secrets), null, 2)}\n`, { mode: 0o600 });
}

export interface ProvisionResult {
  secrets: Secrets;
  created: number;
  rotated: number;
}

/**
 * Provisions the fleet through `PUT /api/fleet` and returns a secret for every device: new
 * devices' from the answer, known ones' from the secrets file, and for a device that exists but
 * whose secret was lost, a rotated one.
 */
export async function provisionFleet(
  api: ApiClient,
  fleet: FleetDocumentInput,
  known: Secrets,
): Promise<ProvisionResult> {
  const answer = await api.putFleet(fleet);
  const secrets: Secrets = new Map(known);
  for (const [id, secret] of Object.entries(answer.secrets)) secrets.set(id, secret);
  let rotated = 0;
  for (const site of fleet.sites) {
    for (const device of site.devices ?? []) {
      if (secrets.has(device.id)) continue;
      secrets.set(device.id, await api.rotateSecret(device.id));
      rotated++;
    }
  }
  return { secrets, created: Object.keys(answer.secrets).length, rotated };
}
