import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RouteGroup, route, siteSummarySchema } from "@bulbcheck/shared";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type Db, openDatabase } from "../store/database.ts";
import { ApiError } from "./api-error.ts";
import { ResponseMismatch } from "./response-check.ts";
import { ApiRouter, type Handlers, Reply, type RouterOptions } from "./router.ts";

/** A route of the fixture contract: one site summary, by id. */
const fixtureRoutes = {
  getSummary: route({
    method: "get",
    path: "/api/fixture/:id",
    summary: "a site summary",
    access: "public",
    params: z.object({ id: z.string() }),
    response: { status: 200, schema: siteSummarySchema, description: "the summary" },
    errors: [404],
  }),
} satisfies RouteGroup;

const summary = {
  id: "hotel-oslo",
  name: "Hotel Oslo",
  address: null,
  timezone: "Europe/Oslo",
  demo: false,
  language: "en" as const,
  retired: false,
  status: "green" as const,
  openDefects: 0,
  unacknowledged: 0,
  bySeverity: { high: 0, medium: 0, low: 0 },
  overdue: 0,
  oldestOpenedAt: null,
  devices: 2,
  offlineDevices: 0,
  inspections: { checkpoints: 1, onTime: 1 },
  worst: [],
};

let dir: string;
let db: Db;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bulbcheck-router-"));
  db = openDatabase({ path: join(dir, "router.db") });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The fixture served by the real router, with the app's error rendering of a mismatch. */
function serve(handlers: Handlers<typeof fixtureRoutes>, checkResponses = true): Hono {
  const app = new Hono();
  const options: RouterOptions = {
    db,
    now: Date.now,
    sessions: { idleMs: 60_000, maxMs: 60_000 },
    requestsPerMinute: 0,
    checkResponses,
  };
  new ApiRouter(app, options).implement(fixtureRoutes, handlers);
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toJSON(), error.status);
    const code = error instanceof ResponseMismatch ? "response_mismatch" : "internal";
    return c.json({ error: { code, message: error.message } }, 500);
  });
  return app;
}

async function get(app: Hono, id = "hotel-oslo") {
  const response = await app.request(`/api/fixture/${id}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("the response check", () => {
  it("passes a handler that answers what its route declares", async () => {
    const answer = await get(serve({ getSummary: () => summary }));
    expect(answer).toEqual({ status: 200, body: summary });
  });

  it("fails a handler whose answer has a renamed field, and names both fields", async () => {
    const { openDefects, ...rest } = summary;
    const renamed = { ...rest, openDefectCount: openDefects };
    // The compiler refuses this handler too; the cast stands for any way past it (a spread, JSON).
    const answer = await get(serve({ getSummary: () => renamed as unknown as typeof summary }));
    expect(answer.status).toBe(500);
    expect(answer.body).toMatchObject({ error: { code: "response_mismatch" } });
    const message = (answer.body.error as { message: string }).message;
    expect(message).toContain("GET /api/fixture/:id");
    expect(message).toContain("openDefects");
  });

  it("fails an answer with a field the schema does not declare", async () => {
    const extra = { ...summary, secretNote: "x" };
    const answer = await get(serve({ getSummary: () => extra }));
    expect(answer.status).toBe(500);
    expect((answer.body.error as { message: string }).message).toContain("secretNote");
  });

  it("fails a field of the wrong type deep inside", async () => {
    const wrong = { ...summary, inspections: { checkpoints: 1, onTime: "all" } };
    const answer = await get(serve({ getSummary: () => wrong as unknown as typeof summary }));
    expect(answer.status).toBe(500);
    expect((answer.body.error as { message: string }).message).toContain("inspections.onTime");
  });

  it("fails a refusal or a reply with a status the route does not declare", async () => {
    const conflict = await get(
      serve({
        getSummary: () => {
          throw new ApiError(409, "busy", "not now");
        },
      }),
    );
    expect(conflict.status).toBe(500);
    expect((conflict.body.error as { message: string }).message).toContain("409");

    const declared = await get(
      serve({
        getSummary: () => {
          throw new ApiError(404, "not_found", "no such site");
        },
      }),
    );
    expect(declared).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: "no such site" } },
    });

    const odd = await get(serve({ getSummary: () => new Reply(202, summary) }));
    expect(odd.status).toBe(500);
  });

  it("lets the same mismatch through when the check is off, as in production", async () => {
    const extra = { ...summary, secretNote: "x" };
    const answer = await get(serve({ getSummary: () => extra }, false));
    expect(answer.status).toBe(200);
  });
});
