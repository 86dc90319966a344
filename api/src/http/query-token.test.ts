import { apiRoutes, route } from "@bulbcheck/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  type ApiRequest,
  hotelFleet,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/**
 * A token in the URL (`?access_token=`) ends up in logs, histories and Referer headers: it is
 * taken only where a browser cannot send a header, the event stream, and never for a write.
 */

const SITE = "hotel-oslo";
let t: TestSystem;
let api: ApiRequest;
let staff: string;

beforeAll(async () => {
  t = await startTestSystem();
  api = t.api;
  await t.provision(hotelFleet(SITE));
  staff = (await t.user({ username: "kari", role: "staff" })).token;
});

afterAll(async () => {
  await t?.stop();
});

describe("?access_token=", () => {
  it("opens the event stream, the one route that takes it", async () => {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), WAIT_MS);
    const response = await fetch(`${t.system.apiUrl}/api/stream?access_token=${staff}`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    clearTimeout(deadline);
    controller.abort();
  });

  it("is refused on reads of every other route, even with the right token", async () => {
    for (const path of ["/api/sites", "/api/me", `/api/sites/${SITE}`, "/api/health"]) {
      const response = await api("GET", `${path}?access_token=${staff}`, { token: null });
      expect(response.status, path).toBe(401);
      expect(response.body.error.code, path).toBe("token_in_query");
    }
  });

  it("is refused on writes, and nothing is written", async () => {
    const before = (await api("GET", "/api/defects")).body.items.length;
    const report = await api("POST", `/api/defects?access_token=${staff}`, {
      token: null,
      body: { site: SITE, asset: "elev-a-floor", fault: "spill" },
    });
    expect(report.status).toBe(401);
    expect(report.body.error.code).toBe("token_in_query");
    expect((await api("GET", "/api/defects")).body.items.length).toBe(before);
    const screen = await api("POST", "/api/tokens", { body: { name: "screen", role: "viewer" } });
    const revoke = await api(
      "DELETE",
      `/api/tokens/${screen.body.id}?access_token=${ADMIN_TOKEN}`,
      {
        token: null,
      },
    );
    expect(revoke.status).toBe(401);
    expect((await api("GET", "/api/me", { token: screen.body.token })).status).toBe(200);
  });

  it("is declared by the stream alone, and no write may declare it", () => {
    const declared = Object.entries(apiRoutes)
      .filter(([, spec]) => "tokenInQuery" in spec && spec.tokenInQuery)
      .map(([name]) => name);
    expect(declared).toEqual(["openStream"]);
    expect(() =>
      route({
        method: "post",
        path: "/api/x",
        summary: "a write that wants a token in its URL",
        access: "staff",
        response: { status: 204, schema: null, description: "done" },
        // @ts-expect-error: only a GET may take ?access_token=, and the types say so too
        tokenInQuery: true,
      }),
    ).toThrow(/only a GET/);
  });

  it("is in the OpenAPI document of the stream, and of no other route", async () => {
    const doc = await api("GET", "/api/openapi.json", { token: null });
    const withQueryToken: string[] = [];
    for (const [path, operations] of Object.entries(doc.body.paths as Record<string, object>))
      for (const [method, op] of Object.entries(
        operations as Record<string, { parameters: { name: string }[] }>,
      ))
        if (op.parameters.some((p) => p.name === "access_token"))
          withQueryToken.push(`${method} ${path}`);
    expect(withQueryToken).toEqual(["get /api/stream"]);
  });
});
