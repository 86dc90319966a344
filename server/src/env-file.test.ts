import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { applyEnvFile, EnvFileError } from "./env-file.ts";

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-env-file-"));
  file = join(dir, "bulbcheck.env");
  writeFileSync(
    file,
    [
      "# settings of this machine",
      "BULBCHECK_API_PORT=9090",
      "BULBCHECK_DATA_DIR=/var/lib/bulbcheck",
      'BULBCHECK_MAIL_FROM="Bulb Check <bulbcheck@example.com>"',
      "BULBCHECK_SIM=1",
      "",
    ].join("\n"),
  );
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("settings from an environment file", () => {
  it("fills what the environment lacks; the environment wins; defaults come last", () => {
    const env: NodeJS.ProcessEnv = { BULBCHECK_API_PORT: "7070" };
    const result = applyEnvFile({
      argv: ["--env-file", file],
      env,
      defaults: { BULBCHECK_SIM: "0", BULBCHECK_DASHBOARD_PORT: "off" },
    });
    expect(env).toEqual({
      BULBCHECK_API_PORT: "7070",
      BULBCHECK_DATA_DIR: "/var/lib/bulbcheck",
      BULBCHECK_MAIL_FROM: "Bulb Check <bulbcheck@example.com>",
      // The file's 1 over the command's default 0.
      BULBCHECK_SIM: "1",
      BULBCHECK_DASHBOARD_PORT: "off",
    });
    expect(result).toEqual({
      argv: [],
      file,
      applied: ["BULBCHECK_DATA_DIR", "BULBCHECK_MAIL_FROM", "BULBCHECK_SIM"],
      overridden: ["BULBCHECK_API_PORT"],
    });
  });

  it("is named by BULBCHECK_ENV_FILE too; --env-file=FILE wins over it", () => {
    const other = join(dir, "other.env");
    writeFileSync(other, "BULBCHECK_API_PORT=6060\n");
    const fromVariable: NodeJS.ProcessEnv = { BULBCHECK_ENV_FILE: file };
    expect(applyEnvFile({ argv: ["serve"], env: fromVariable }).argv).toEqual(["serve"]);
    expect(fromVariable.BULBCHECK_API_PORT).toBe("9090");
    const both: NodeJS.ProcessEnv = { BULBCHECK_ENV_FILE: file };
    applyEnvFile({ argv: [`--env-file=${other}`], env: both });
    expect(both.BULBCHECK_API_PORT).toBe("6060");
    expect(both.BULBCHECK_DATA_DIR).toBeUndefined();
  });

  it("without a file applies the defaults alone", () => {
    const env: NodeJS.ProcessEnv = {};
    expect(applyEnvFile({ argv: ["list"], env, defaults: { BULBCHECK_SIM: "0" } })).toEqual({
      argv: ["list"],
      file: undefined,
      applied: [],
      overridden: [],
    });
    expect(env).toEqual({ BULBCHECK_SIM: "0" });
  });

  it("refuses a file that is not there, and a flag without a file, in words", () => {
    expect(() => applyEnvFile({ argv: ["--env-file", join(dir, "nope")], env: {} })).toThrow(
      new EnvFileError(`environment file ${join(dir, "nope")}: no such file`),
    );
    expect(() => applyEnvFile({ argv: ["--env-file"], env: {} })).toThrow(EnvFileError);
  });
});
