import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiRequest,
  eventually,
  hotelFleet,
  startTestSystem,
  type TestSystem,
  WAIT_MS,
} from "../testing/test-system.ts";
import { DEFAULT_SIGN_IN_LIMITS } from "./sign-in-guard.ts";

/**
 * What no caller can get past: strict bodies, size limits, hostile text, rate limits, QR keys,
 * session expiry and revocation, through the real HTTP server and broker.
 */

const SITE = "hotel-oslo";
const ASSET = "elev-a-btn-12";
let t: TestSystem;
let api: ApiRequest;
let staff: string;
let clock = Date.parse("2026-11-02T10:00:00Z");

beforeAll(async () => {
  t = await startTestSystem({
    now: () => clock,
    access: {
      signIn: { ...DEFAULT_SIGN_IN_LIMITS, failuresPerUserAtAddress: 3, failuresPerAddress: 6 },
      reportsPerAddress: 4,
      requestsPerMinute: 400,
    },
  });
  api = t.api;
  await t.provision(hotelFleet(SITE));
  staff = (await t.user({ username: "kari", role: "staff" })).token;
});

afterAll(async () => {
  await t?.stop();
});

/** Requests from different client addresses, as the dashboard or a proxy on loopback says. */
const from = (address: string) => ({ "x-forwarded-for": address });

describe("strict bodies", () => {
  it.each([
    ["id", 1],
    ["status", "resolved"],
    ["openedAt", "2020-01-01T00:00:00Z"],
    ["acknowledgedBy", "boss"],
  ])("refuses a report that sets %s, naming the field", async (field, value) => {
    const response = await api("POST", "/api/defects", {
      token: staff,
      body: { site: SITE, asset: ASSET, fault: "bulb_out", [field]: value },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("invalid_body");
    expect(response.body.error.message).toContain(field);
  });

  it("refuses fields a caller may not set on users and tokens", async () => {
    const user = await api("POST", "/api/users", {
      body: { username: "x2", role: "viewer", password: "long-enough-1", id: 1, createdAt: 0 },
    });
    expect(user.status).toBe(400);
    const rename = await api("PATCH", "/api/users/1", { body: { username: "root" } });
    expect(rename.status).toBe(400);
    const token = await api("POST", "/api/tokens", {
      body: { name: "x", role: "viewer", id: 7, revokedAt: null },
    });
    expect(token.status).toBe(400);
    const personal = await api("POST", "/api/me/tokens", {
      token: staff,
      body: { name: "x", role: "admin" },
    });
    expect(personal.status).toBe(400);
  });

  it("refuses malformed JSON, wrong types, a wrong content type and oversized bodies", async () => {
    const cases = [
      { rawBody: '{"site":', headers: { "content-type": "application/json" }, code: "bad_json" },
      { body: { site: 7, asset: [], fault: null }, code: "invalid_body" },
      {
        rawBody: "site=a",
        headers: { "content-type": "text/plain" },
        code: "unsupported_media_type",
      },
      {
        body: { site: SITE, asset: ASSET, fault: "bulb_out", note: "x".repeat(70_000) },
        code: "too_large",
      },
    ];
    for (const { code, ...request } of cases) {
      const response = await api("POST", "/api/defects", { token: staff, ...request });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error.code).toBe(code);
    }
  });
});

describe("hostile text", () => {
  const HOSTILE = [
    `<script>alert("x")</script>`,
    `<img src=x onerror=alert(1)>`,
    `'; DROP TABLE defects; --`,
    `" OR 1=1 --`,
    "\u202Eevil\u0000nul",
  ];

  it("stores and returns every string exactly as given, and the tables stay whole", async () => {
    for (const text of HOSTILE) {
      const report = await api("POST", "/api/defects", {
        token: staff,
        body: { site: SITE, asset: "elev-a-floor", fault: "dirty", note: text, reporter: text },
      });
      expect(report.status).toBe(201);
      const detail = await api("GET", `/api/defects/${report.body.id}`, { token: staff });
      expect(detail.body.timeline.map((e: { note: string | null }) => e.note)).toContain(text);
      const named = await api("POST", "/api/tokens", {
        body: { name: text.slice(0, 80), role: "viewer" },
      });
      expect(named.status).toBe(201);
      expect(named.body.name).toBe(text.slice(0, 80).trim());
    }
    const user = await api("POST", "/api/users", {
      body: {
        username: "mallory",
        displayName: HOSTILE[0],
        role: "viewer",
        password: "long-enough-1",
      },
    });
    expect(user.body.displayName).toBe(HOSTILE[0]);
    const tables = t.system.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'defects'")
      .all();
    expect(tables).toHaveLength(1);
    // Ids are never free text: a query parameter carrying SQL is a validation error.
    const injected = await api("GET", `/api/defects?site=${encodeURIComponent("x' OR '1'='1")}`, {
      token: staff,
    });
    expect(injected.status).toBe(400);
    const username = await api("POST", "/api/sessions", {
      token: null,
      body: { username: "admin' --", password: "whatever" },
    });
    expect(username.status).toBe(400);
  });
});

describe("rate limits", () => {
  it("locks a username out from an address after repeated failed sign-ins there, with Retry-After, the right password too", async () => {
    await t.user({ username: "locked", role: "viewer" });
    for (let i = 0; i < 3; i++) {
      const response = await api("POST", "/api/sessions", {
        token: null,
        headers: from("10.0.0.1"),
        body: { username: "locked", password: "wrong-password" },
      });
      expect(response.status).toBe(401);
    }
    const right = await api("POST", "/api/sessions", {
      token: null,
      headers: from("10.0.0.1"),
      body: { username: "locked", password: "a-long-test-password" },
    });
    expect(right.status).toBe(429);
    expect(right.body.error.code).toBe("rate_limited");
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another user is not affected, and the lock ends with its window.
    expect(await t.signIn("kari", "a-long-test-password")).toMatch(/^bcs_/);
    clock += 16 * 60_000;
    const later = await api("POST", "/api/sessions", {
      token: null,
      headers: from("10.0.0.1"),
      body: { username: "locked", password: "a-long-test-password" },
    });
    expect(later.status).toBe(201);
  });

  it("stops one address guessing across many usernames, and not the others", async () => {
    for (let i = 0; i < 6; i++) {
      await api("POST", "/api/sessions", {
        token: null,
        headers: from("10.9.9.9"),
        body: { username: `guess${i}`, password: "wrong-password" },
      });
    }
    const blocked = await api("POST", "/api/sessions", {
      token: null,
      headers: from("10.9.9.9"),
      body: { username: "kari", password: "a-long-test-password" },
    });
    expect(blocked.status).toBe(429);
    const elsewhere = await api("POST", "/api/sessions", {
      token: null,
      headers: from("10.9.9.10"),
      body: { username: "kari", password: "a-long-test-password" },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("limits requests per user, and other users go on", async () => {
    const busy = await t.user({ username: "busy", role: "viewer" });
    let last = 200;
    let sent = 0;
    while (last === 200 && sent < 500) {
      last = (await api("GET", "/api/me", { token: busy.token })).status;
      sent += 1;
    }
    expect(last).toBe(429);
    expect(sent).toBe(401);
    expect((await api("GET", "/api/me", { token: staff })).status).toBe(200);
    clock += 61_000;
    expect((await api("GET", "/api/me", { token: busy.token })).status).toBe(200);
  });
});

describe("QR report keys", () => {
  let key: string;

  beforeAll(async () => {
    const manager = (await t.user({ username: "siri", role: "manager", sites: [SITE] })).token;
    const response = await api("GET", `/api/sites/${SITE}/assets/${ASSET}/report-key`, {
      token: manager,
    });
    expect(response.status).toBe(200);
    key = response.body.key;
    expect(response.body.path).toBe(`/r/${SITE}/${ASSET}?k=${encodeURIComponent(key)}`);
  });

  const guestReport = (body: Record<string, unknown>, address = "192.0.2.1") =>
    api("POST", "/api/defects", {
      token: null,
      headers: from(address),
      body: { site: SITE, asset: ASSET, fault: "bulb_out", ...body },
    });

  it("shows a guest the asset's names and nothing more", async () => {
    const target = await api("GET", `/api/report-targets/${SITE}/${ASSET}?key=${key}`, {
      token: null,
    });
    expect(target.status).toBe(200);
    expect(target.body).toEqual({
      site: { id: SITE, name: "Hotel Oslo Sentrum", language: "en" },
      zone: "Elevator A",
      asset: { id: ASSET, name: expect.any(String), category: "lighting" },
      // Every fault a guest may pick, the likely ones for a light first; no e-mail offer
      // unless the server can send mail.
      faults: expect.arrayContaining(["bulb_out", "dirty", "other"]),
      tellWhenFixed: false,
    });
    expect(target.body.faults.slice(0, 2)).toEqual(["bulb_out", "flicker"]);
  });

  it("takes a guest's report with the key, as a customer whatever the body claims", async () => {
    const response = await guestReport({ reportKey: key, source: "staff", reporter: "The Boss" });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ source: "customer" });
    expect(response.body.reporters).toContain("QR code");
    expect(response.body.reporters).not.toContain("The Boss");
  });

  it("refuses a report without a key, with another asset's key or a forged one", async () => {
    expect((await guestReport({})).status).toBe(401);
    const otherAsset = await guestReport({ asset: "elev-a-floor", fault: "dirty", reportKey: key });
    expect(otherAsset.status).toBe(404);
    expect(otherAsset.body.error.code).toBe("invalid_report_key");
    // One whole character changed inside the signature: the last ones may carry padding bits
    // only, and "AA" at the end was now and then the key itself.
    const at = key.length - 10;
    const forged = `${key.slice(0, at)}${key[at] === "A" ? "B" : "A"}${key.slice(at + 1)}`;
    expect((await guestReport({ reportKey: forged })).status).toBe(404);
    expect(
      (await api("GET", `/api/report-targets/${SITE}/${ASSET}?key=${forged}`, { token: null }))
        .status,
    ).toBe(404);
  });

  it("limits guest reports per address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await guestReport({ reportKey: key }, "198.51.100.7")).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    expect((await guestReport({ reportKey: key }, "198.51.100.8")).status).toBe(201);
  });

  it("stops every printed code of an asset when a manager revokes its key", async () => {
    const manager = await t.signIn("siri", "a-long-test-password");
    const rotated = await api("POST", `/api/sites/${SITE}/assets/${ASSET}/report-key`, {
      token: manager,
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.key).not.toBe(key);
    const old = await guestReport({ reportKey: key }, "203.0.113.5");
    expect(old.status).toBe(404);
    expect(old.body.error.message).toBe("this QR code is not valid (any more)");
    expect((await guestReport({ reportKey: rotated.body.key }, "203.0.113.5")).status).toBe(201);
  });
});

describe("sessions and revocation", () => {
  it("expires a session left unused for its idle time, and renews one in use", async () => {
    const idle = await t.signIn("kari", "a-long-test-password");
    const used = await t.signIn("kari", "a-long-test-password");
    for (let hour = 0; hour < 13; hour += 2) {
      clock += 2 * 3_600_000;
      expect((await api("GET", "/api/me", { token: used })).status).toBe(200);
    }
    const expired = await api("GET", "/api/me", { token: idle });
    expect(expired.status).toBe(401);
    expect(expired.body.error.message).toBe("the session has ended or expired; sign in again");
  });

  it("closes a revoked device's live connection, and its secret stops working", async () => {
    const device = `${SITE}-pad`;
    const manager = await t.signIn("siri", "a-long-test-password");
    const rotated = await api("POST", `/api/devices/${device}/secret`, { token: manager });
    const client = await t.connect(device, rotated.body.secret);
    expect((await api("DELETE", `/api/devices/${device}`, { token: manager })).status).toBe(200);
    await eventually("the revoked device's connection to close", () =>
      client.connected ? undefined : true,
    );
    await expect(t.connect(device, rotated.body.secret)).rejects.toThrow();
    client.end(true);
  });

  it("ends a revoked token's event stream", async () => {
    const created = await api("POST", "/api/tokens", { body: { name: "screen", role: "viewer" } });
    const response = await fetch(`${t.system.apiUrl}/api/stream`, {
      headers: { authorization: `Bearer ${created.body.token}` },
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await api("DELETE", `/api/tokens/${created.body.id}`);
    // The next change wakes the stream, which finds its token revoked and ends.
    const change = await api("POST", "/api/defects", {
      body: { site: SITE, asset: "elev-a-lamp", fault: "bulb_out" },
    });
    expect(change.status).toBe(201);
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return "ended";
    })();
    // A missed wake would still end it at the stream's next heartbeat (15 s): what must not
    // happen is a stream that outlives its token, and this deadline is well past both.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve("still open"), 2 * WAIT_MS);
    });
    expect(await Promise.race([ended, timeout])).toBe("ended");
    clearTimeout(timer);
  });
});

describe("response headers", () => {
  it("marks every API answer as data not to sniff, frame or cache", async () => {
    const response = await api("GET", "/api/sites", { token: staff });
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
