import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMigrations } from "../store/database.ts";
import {
  type ApiRequest,
  type ApiResponse,
  apiClient,
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";

/** The REST contract through the real HTTP server: roles, validation, errors, paging, streams. */

const SITE = "hotel-oslo";
let t: TestSystem;
let api: ApiRequest;
let viewer: string;
let staff: string;

async function token(role: "viewer" | "staff" | "admin", name = `${role} token`) {
  const response = await api("POST", "/api/tokens", { body: { name, role } });
  expect(response.status).toBe(201);
  return response.body.token as string;
}

async function report(body: Record<string, unknown>, as = staff) {
  return api("POST", "/api/defects", { token: as, body: { site: SITE, ...body } });
}

beforeAll(async () => {
  t = await startTestSystem();
  api = t.api;
  await t.provision(hotelFleet(SITE));
  viewer = await token("viewer", "wall screen");
  staff = await token("staff", "kari");
});

afterAll(async () => {
  await t?.stop();
});

describe("authentication and roles", () => {
  it("answers health without a token", async () => {
    const response = await api("GET", "/api/health", { token: null });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: "ok",
      // What runs: a test system is told no build, so its commit is `dev`.
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      commit: "dev",
      database: { status: "ok", schemaVersion: loadMigrations().length },
      broker: { mode: "embedded", connected: true },
    });
  });

  it("refuses reads without a token or with an unknown one", async () => {
    const none = await api("GET", "/api/sites", { token: null });
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe("unauthorized");
    const unknown = await api("GET", "/api/sites", { token: "bct_nope" });
    expect(unknown.status).toBe(401);
    const malformed = await api("GET", "/api/sites", {
      token: null,
      headers: { authorization: "Basic abc" },
    });
    expect(malformed.status).toBe(401);
    expect(malformed.body.error.message).toMatch(/Bearer/);
  });

  it("lets a viewer read but not report, act or provision", async () => {
    expect((await api("GET", "/api/sites", { token: viewer })).status).toBe(200);
    const reported = await report({ asset: "elev-a-floor", fault: "dirty" }, viewer);
    expect(reported.status).toBe(403);
    expect(reported.body.error).toEqual({
      code: "forbidden",
      message: "this needs the staff role; the token has viewer",
    });
    const fleet = await api("PUT", "/api/fleet", { token: viewer, body: hotelFleet(SITE) });
    expect(fleet.status).toBe(403);
    const tokens = await api("GET", "/api/tokens", { token: staff });
    expect(tokens.status).toBe(403);
  });

  it("stops accepting a token once it is revoked", async () => {
    const temp = await token("viewer", "temporary");
    const list = await api("GET", "/api/tokens");
    const id = list.body.items.find((x: { name: string }) => x.name === "temporary").id;
    expect(JSON.stringify(list.body)).not.toContain(temp);
    expect((await api("DELETE", `/api/tokens/${id}`)).status).toBe(204);
    expect((await api("GET", "/api/sites", { token: temp })).status).toBe(401);
    expect((await api("DELETE", `/api/tokens/${id}`)).status).toBe(404);
  });
});

describe("defects over REST", () => {
  it("opens a defect from a report, merges the next, and acks and resolves it for staff", async () => {
    const openBefore = (await api("GET", "/api/sites")).body.items[0].openDefects;
    const first = await report({
      asset: "elev-a-lamp",
      fault: "flicker",
      note: "  second floor  ",
    });
    // The per-site sums are kept in memory, and a defect change must show at once.
    expect((await api("GET", "/api/sites")).body.items[0].openDefects).toBe(openBefore + 1);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      change: "opened",
      severity: "low",
      source: "staff",
      reporters: ["kari"],
    });
    const second = await report({
      asset: "elev-a-lamp",
      fault: "flicker",
      source: "customer",
      reporter: "guest 512",
    });
    expect(second.body).toMatchObject({
      id: first.body.id,
      change: "merged",
      reports: 2,
      source: "staff",
    });

    const id = first.body.id;
    const viewerAck = await api("POST", `/api/defects/${id}/ack`, { token: viewer });
    expect(viewerAck.status).toBe(403);
    const ack = await api("POST", `/api/defects/${id}/ack`, {
      token: staff,
      body: { note: "on it" },
    });
    expect(ack.status).toBe(200);
    expect(ack.body).toMatchObject({ status: "acknowledged", acknowledgedBy: "kari" });
    const again = await api("POST", `/api/defects/${id}/ack`, { token: staff });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_acknowledged");
    const resolved = await api("POST", `/api/defects/${id}/resolve`, { token: staff });
    expect(resolved.body).toMatchObject({ status: "resolved", resolvedBy: "kari" });
    expect((await api("POST", `/api/defects/${id}/resolve`, { token: staff })).status).toBe(409);

    const detail = await api("GET", `/api/defects/${id}`, { token: viewer });
    expect(
      detail.body.timeline.map((e: { type: string; actor: string; note: string | null }) => [
        e.type,
        e.actor,
        e.note,
      ]),
    ).toEqual([
      ["opened", "kari", null],
      ["report", "kari", "second floor"],
      ["report", "guest 512", null],
      ["acknowledged", "kari", "on it"],
      ["resolved", "kari", null],
    ]);
  });

  it("names each site's worst unresolved defects on its summary, worst first", async () => {
    const low = await report({ asset: "elev-a-lamp", fault: "flicker" });
    const high = await report({ asset: "elev-a-floor", fault: "spill" });
    const medium = await report({ asset: "elev-a-btn-12", fault: "bulb_out" });
    const site = (await api("GET", "/api/sites")).body.items[0];
    const detail = (await api("GET", `/api/sites/${SITE}`)).body;
    expect(site.worst.map((w: { id: number }) => w.id)).toEqual([
      high.body.id,
      medium.body.id,
      low.body.id,
    ]);
    expect(site.worst[0]).toMatchObject({
      fault: "spill",
      severity: "high",
      asset: "Elevator A floor",
      zone: "Elevator A",
      overdue: false,
    });
    // The site's page says the same as its tile.
    expect(detail.worst).toEqual(site.worst);
    for (const d of [low, high, medium]) {
      await api("POST", `/api/defects/${d.body.id}/resolve`, { token: staff });
    }
    expect((await api("GET", "/api/sites")).body.items[0].worst).toEqual([]);
  });

  it("answers 404 for an unknown defect or site and 400 for an id that is not a number", async () => {
    expect((await api("GET", "/api/defects/999999")).status).toBe(404);
    expect((await api("POST", "/api/defects/999999/ack", { token: staff })).status).toBe(404);
    const bad = await api("GET", "/api/defects/abc");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_path");
    const site = await report({ site: "nowhere", asset: "x", fault: "dirty" });
    expect(site.status).toBe(404);
    expect((await api("GET", "/api/sites/nowhere")).status).toBe(404);
    const route = await api("GET", "/api/nothing-here");
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe("not_found");
  });

  it("refuses bad bodies with a 4xx that names the problem, never a 500", async () => {
    const missing = await report({ asset: "elev-a-floor" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("invalid_body");
    expect(missing.body.error.message).toMatch(/^fault: /);

    const wrongType = await report({ asset: 12, fault: "dirty" });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.issues[0].path).toBe("asset");

    const massAssign = await report({
      asset: "elev-a-floor",
      fault: "dirty",
      status: "resolved",
      id: 1,
    });
    expect(massAssign.status).toBe(400);
    expect(massAssign.body.error.message).toMatch(/status|id/);

    const badJson = await api("POST", "/api/defects", {
      token: staff,
      rawBody: "{oops",
      headers: { "content-type": "application/json" },
    });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.code).toBe("bad_json");

    const text = await api("POST", "/api/defects", {
      token: staff,
      rawBody: "hello",
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);

    const empty = await api("POST", "/api/defects", { token: staff });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/needs a JSON body/);

    const huge = await report({ asset: "elev-a-floor", fault: "dirty", note: "x".repeat(100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("too_large");

    const array = await api("POST", "/api/defects", { token: staff, body: [1, 2] });
    expect(array.status).toBe(400);
  });

  it("filters and pages with an opaque cursor", async () => {
    const faults = ["dirty", "spill", "broken", "signage", "other"];
    for (const fault of faults) await report({ asset: "elev-a-floor", fault });
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `/api/defects?site=${SITE}&status=open&category=cleanliness&limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await api("GET", query, { token: viewer });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((d: { id: number }) => d.id));
      for (const d of page.body.items) expect(d.category).toBe("cleanliness");
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(1); // dirty and spill are the cleanliness faults: one page of 2
    expect(seen).toHaveLength(2);

    const all: number[] = [];
    cursor = null;
    do {
      const page: ApiResponse<{ items: { id: number }[]; nextCursor: string | null }> = await api(
        "GET",
        `/api/defects?site=${SITE}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      all.push(...page.body.items.map((d: { id: number }) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    expect(new Set(all).size).toBe(all.length);

    for (const sort of ["severity", "oldest"] as const) {
      const sorted: { id: number; severity: string }[] = [];
      let next: string | null = null;
      do {
        const page: ApiResponse<{
          items: { id: number; severity: string }[];
          nextCursor: string | null;
        }> = await api(
          "GET",
          `/api/defects?site=${SITE}&sort=${sort}&limit=2${next ? `&cursor=${next}` : ""}`,
        );
        sorted.push(...page.body.items);
        next = page.body.nextCursor;
      } while (next);
      expect(sorted.map((d) => d.id).sort((a, b) => a - b)).toEqual([...all].sort((a, b) => a - b));
      if (sort === "oldest") expect(sorted.map((d) => d.id)).toEqual([...all].reverse());
      else {
        const rank = { high: 3, medium: 2, low: 1 } as Record<string, number>;
        const ranks = sorted.map((d) => rank[d.severity] ?? 0);
        expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      }
    }

    const high = await api("GET", `/api/defects?site=${SITE}&severity=high`);
    expect(high.body.items.map((d: { fault: string }) => d.fault)).toContain("spill");

    const badCursor = await api("GET", "/api/defects?cursor=zzz");
    expect(badCursor.status).toBe(400);
    const badSeverity = await api("GET", "/api/defects?severity=urgent");
    expect(badSeverity.status).toBe(400);
    expect(badSeverity.body.error.issues[0].path).toBe("severity");
    const badLimit = await api("GET", "/api/defects?limit=100000");
    expect(badLimit.status).toBe(400);
  });
});

describe("provisioning", () => {
  it("returns secrets for new devices only, once", async () => {
    const fleet = hotelFleet("hotel-bergen");
    const first = await api("PUT", "/api/fleet", { body: fleet });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body.secrets).sort()).toEqual([
      "hotel-bergen-pad",
      "hotel-bergen-sensor",
    ]);
    expect(first.body.created).toMatchObject({
      sites: ["hotel-bergen"],
      zones: 1,
      assets: 3,
      checkpoints: 1,
    });
    const second = await api("PUT", "/api/fleet", { body: fleet });
    expect(second.body.secrets).toEqual({});
    expect(second.body.updated).toMatchObject({ sites: 1, assets: 3, devices: 2 });
    const device = await t.connect("hotel-bergen-pad", first.body.secrets["hotel-bergen-pad"]);
    await device.endAsync();
  });

  it("refuses a fleet document with the path of what is wrong", async () => {
    const fleet = hotelFleet("hotel-tromso");
    fleet.sites[0]?.zones?.[0]?.assets?.push({
      id: "elev-a-floor",
      name: "Again",
      category: "cleanliness",
      customerVisible: false,
    });
    const duplicate = await api("PUT", "/api/fleet", { body: fleet });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toBe(
      "sites[0].zones[0].assets[3].id: duplicate asset elev-a-floor",
    );

    const badZone = await api("PUT", "/api/fleet", {
      body: { sites: [{ id: "Bad Id", name: "x" }] },
    });
    expect(badZone.status).toBe(400);
    expect(badZone.body.error.issues[0].path).toBe("sites[0].id");
  });
});

describe("devices", () => {
  it("rotates a secret: the old one stops working and the live connection closes", async () => {
    const { secrets } = (await api("PUT", "/api/fleet", { body: hotelFleet("hotel-rotate") })).body;
    const id = "hotel-rotate-sensor";
    // The client's keepalive pings hold the connection open: only the rotation can close it.
    const live = await t.connect(id, secrets[id]);
    const rotated = await api("POST", `/api/devices/${id}/secret`);
    expect(rotated.status).toBe(200);
    await eventually("the live connection to close", () => (live.connected ? undefined : true));
    await live.endAsync(true);
    await expect(t.connect(id, secrets[id])).rejects.toMatchObject({ code: 4 });
    const fresh = await t.connect(id, rotated.body.secret);
    await fresh.endAsync();
    expect((await api("POST", "/api/devices/nope/secret")).status).toBe(404);
  });

  it("revokes a device: its connection closes, it cannot log in, its history stays", async () => {
    const { secrets } = (await api("PUT", "/api/fleet", { body: hotelFleet("hotel-revoke") })).body;
    const id = "hotel-revoke-pad";
    const live = await t.connect(id, secrets[id]);
    await live.publishAsync(
      `bulbcheck/v1/hotel-revoke/${id}/report`,
      JSON.stringify({ id: "r-1", asset: "elev-a-floor", fault: "dirty", source: "staff" }),
      { qos: 1 },
    );
    expect((await api("DELETE", `/api/devices/${id}`, { token: staff })).status).toBe(403);
    const revoked = await api("DELETE", `/api/devices/${id}`);
    expect(revoked.body).toEqual({ device: id, revoked: true });
    await eventually("the live connection to close", () => (live.connected ? undefined : true));
    await live.endAsync(true);
    await expect(t.connect(id, secrets[id])).rejects.toMatchObject({ code: 4 });
    const view = await api("GET", `/api/devices/${id}`);
    expect(view.body).toMatchObject({ revoked: true, online: false, events: 1 });
    expect((await api("DELETE", "/api/devices/nope")).status).toBe(404);
  });
});

describe("the live stream", () => {
  it("delivers a committed change to a subscriber, filtered by site", async () => {
    const controller = new AbortController();
    // A change that never comes fails the read below with this deadline's abort, not a hang.
    const deadline = setTimeout(() => controller.abort(), WAIT_MS);
    const response = await fetch(
      `${t.system.apiUrl}/api/stream?site=${SITE}&access_token=${viewer}`,
      {
        signal: controller.signal,
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>)
      .pipeThrough(new TextDecoderStream())
      .getReader();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += value;
      }
    };
    await readUntil("event: ready");
    // Another site's change is not this board's business.
    await api("POST", "/api/defects", {
      token: staff,
      body: { site: "hotel-bergen", asset: "elev-a-floor", fault: "spill" },
    });
    const posted = await report({ asset: "elev-a-btn-12", fault: "button_dead" });
    await readUntil(`"id":${posted.body.id}`);
    expect(text).toContain("event: defect");
    expect(text).not.toContain("hotel-bergen");
    const data = text
      .split("\n")
      .find((line) => line.startsWith("data: ") && line.includes(`"id":${posted.body.id}`));
    expect(JSON.parse((data as string).slice(6))).toMatchObject({
      change: "opened",
      defect: { fault: "button_dead", site: SITE },
    });
    clearTimeout(deadline);
    controller.abort();
  });

  it("refuses a stream without a token", async () => {
    const response = await apiClient(t.system.apiUrl, "")("GET", "/api/stream", { token: null });
    expect(response.status).toBe(401);
  });
});

describe("insights", () => {
  it("counts per day, first finders, categories and how a site does", async () => {
    await api("PUT", "/api/fleet", { body: hotelFleet("hotel-insights") });
    const post = (body: Record<string, unknown>) =>
      api("POST", "/api/defects", { token: staff, body: { site: "hotel-insights", ...body } });
    // elev-a-floor and elev-a-btn-12 are customer-visible, elev-a-lamp is not.
    const first = await post({ asset: "elev-a-floor", fault: "dirty", source: "staff" });
    await post({ asset: "elev-a-btn-12", fault: "bulb_out", source: "customer" });
    await post({ asset: "elev-a-lamp", fault: "flicker", source: "staff" });
    await api("POST", `/api/defects/${first.body.id}/ack`, { token: staff });
    await api("POST", `/api/defects/${first.body.id}/resolve`, { token: staff });

    const response = await api("GET", "/api/insights?days=7&site=hotel-insights", {
      token: viewer,
    });
    expect(response.status).toBe(200);
    const insights = response.body;
    expect(insights.perDay).toHaveLength(7);
    expect(insights.perDay.at(-1)).toEqual({
      day: new Date().toISOString().slice(0, 10),
      opened: 3,
      resolved: 1,
      // Defects reported on the API are not messages from devices: no readings, no check-ins.
      readings: 0,
      checkins: 0,
    });
    expect(insights.perDay.slice(0, 6).every((d: { opened: number }) => d.opened === 0)).toBe(true);
    expect(insights.firstFinders).toEqual({ sensor: 0, staff: 2, customer: 1 });
    // Two customer-visible defects, one found by staff first: half caught before customers.
    expect(insights.caughtBeforeCustomers).toBe(0.5);
    expect(insights.byCategory).toEqual(
      expect.arrayContaining([
        { category: "cleanliness", count: 1 },
        { category: "lighting", count: 2 },
      ]),
    );
    expect(insights.sites).toEqual([
      expect.objectContaining({ site: "hotel-insights", opened: 3, caughtBeforeCustomers: 0.5 }),
    ]);
    expect(insights.sites[0].meanHoursToResolve).toBeGreaterThanOrEqual(0);
    const bad = await api("GET", "/api/insights?days=0");
    expect(bad.status).toBe(400);
  });

  it("tells a token who it is", async () => {
    const me = await api("GET", "/api/me", { token: staff });
    expect(me.body).toEqual({ name: "kari", role: "staff", sites: null, user: null, via: "token" });
  });
});

describe("the audit log", () => {
  it("records every change of state with who, what and when, for admins only", async () => {
    const response = await api("GET", "/api/audit?limit=500");
    expect(response.status).toBe(200);
    const actions = response.body.items.map(
      (e: { actor: string; action: string }) => `${e.actor} ${e.action}`,
    );
    expect(actions).toEqual(
      expect.arrayContaining([
        "token:admin (BULBCHECK_ADMIN_TOKEN) fleet.provision",
        "token:admin (BULBCHECK_ADMIN_TOKEN) token.create",
        "token:admin (BULBCHECK_ADMIN_TOKEN) token.revoke",
        "token:admin (BULBCHECK_ADMIN_TOKEN) device.rotate_secret",
        "token:admin (BULBCHECK_ADMIN_TOKEN) device.revoke",
        "token:kari defect.report",
        "token:kari defect.acknowledge",
        "token:kari defect.resolve",
      ]),
    );
    const seqs = response.body.items.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const page = await api("GET", `/api/audit?limit=2&before=${seqs[1]}`);
    expect(page.body.items.map((e: { seq: number }) => e.seq)).toEqual(seqs.slice(2, 4));
    expect((await api("GET", "/api/audit", { token: staff })).status).toBe(403);
  });
});

describe("the OpenAPI document", () => {
  it("describes every route of the contract, generated from the schemas", async () => {
    const response = await api("GET", "/api/openapi.json", { token: null });
    expect(response.status).toBe(200);
    const paths = response.body.paths;
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods as object).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        "GET /api/health",
        "GET /api/sites",
        "GET /api/sites/{id}",
        "GET /api/defects",
        "GET /api/defects/{id}",
        "POST /api/defects",
        "POST /api/defects/{id}/ack",
        "POST /api/defects/{id}/resolve",
        "GET /api/devices",
        "POST /api/devices/{id}/secret",
        "DELETE /api/devices/{id}",
        "GET /api/stream",
        "PUT /api/fleet",
      ]),
    );
    const list = paths["/api/defects"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining([
        "site",
        "status",
        "severity",
        "category",
        "source",
        "limit",
        "cursor",
      ]),
    );
    const post = paths["/api/defects"].post;
    expect(post.requestBody.content["application/json"].schema.required).toEqual(
      expect.arrayContaining(["site", "asset", "fault"]),
    );
    expect(post["x-required-role"]).toBe("staff");
    expect(post.responses["403"]).toBeDefined();
  });
});
