import assert from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, test } from "vitest";
import { SessionStore } from "./session-store.ts";

/**
 * aedes-persistence's own conformance suite (`abstract.js`, written for node:test) run against
 * the session store, in memory and on a file: what aedes expects of a persistence, case by case.
 */
const require = createRequire(import.meta.url);
const abstractPersistence = require("aedes-persistence/abstract.js") as (options: {
  test: (name: string, fn: (t: unknown) => Promise<void>) => void;
  persistence: () => unknown;
  testAsync: boolean;
}) => void;

/** The part of node:test's context the suite uses. */
const context = { assert, plan: () => {}, diagnostic: () => {} };

const dir = mkdtempSync(join(tmpdir(), "bulbcheck-sessions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

for (const [mode, make] of [
  ["in memory", () => new SessionStore()],
  [
    "on a file",
    () => new SessionStore({ file: { path: join(dir, `${++files}.db`), synchronous: "normal" } }),
  ],
] as const) {
  abstractPersistence({
    test: (name, fn) => test(`${mode}: ${name}`, () => fn(context)),
    persistence: make,
    testAsync: true,
  });
}
