import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readSecrets, writeSecrets } from "./device-secrets.ts";

let dir: string | undefined;

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the device secrets file", () => {
  it("is written where no folder exists yet, readable by its owner only, and read back", () => {
    dir = mkdtempSync(join(tmpdir(), "bulbcheck-secrets-"));
    // As `pnpm sim --load` on a machine where `pnpm start` never ran: no ./data folder.
    const file = join(dir, "data", "load", "load-secrets.json");
    expect(readSecrets(file)).toEqual(new Map());
    writeSecrets(file, new Map([["load-1", "s3cret"]]));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readSecrets(file)).toEqual(new Map([["load-1", "s3cret"]]));
  });
});
