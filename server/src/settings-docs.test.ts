import { readFileSync } from "node:fs";
import { systemSettingsSchema } from "@bulbcheck/api";
import { brokerSettingsSchema } from "@bulbcheck/broker";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { serverSettingsSchema } from "./config.ts";

/** README's "Settings" table against the settings `pnpm start` reads: every one, its default. */

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const table = README.slice(
  README.indexOf("## Settings"),
  README.indexOf("\n## ", README.indexOf("## Settings") + 1),
);
const rows = table
  .split("\n")
  .filter((line) => line.startsWith("| `BULBCHECK_"))
  .map((line) => line.split("|").map((cell) => cell.trim()));

const settings = Object.entries({
  ...systemSettingsSchema.shape,
  ...brokerSettingsSchema.shape,
  ...serverSettingsSchema.shape,
} as Record<string, z.ZodType>);

describe("README's settings table", () => {
  it.each(settings)("names %s, with its default", (name, schema) => {
    const row = rows.find((cells) => (cells[1] ?? "").split(/,\s*/).includes(`\`${name}\``));
    expect(row, `no row for ${name} in README's Settings`).toBeDefined();
    const parsed = schema.safeParse(undefined);
    if (parsed.success && parsed.data !== undefined)
      expect(row?.[2], `the default of ${name}`).toContain(String(parsed.data));
  });

  it("names no setting that is not read", () => {
    const known = new Set(settings.map(([name]) => name));
    const named = rows.flatMap((cells) => (cells[1] ?? "").match(/BULBCHECK_[A-Z0-9_]+/g) ?? []);
    expect(named.filter((name) => !known.has(name))).toEqual([]);
  });
});
