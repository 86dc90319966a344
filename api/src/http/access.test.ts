import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  type ApiRequest,
  hotelFleet,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Users, roles and site scope through the real HTTP server: who may see and change what. Two
 * hotels; Siri manages Oslo only, Kari is staff in Oslo, Vera views Oslo, Bob is staff in Bergen.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
let t: TestSystem;
let api: ApiRequest;
const as: Record<"manager" | "staff" | "viewer" | "bergen", string> = {
  manager: "",
  staff: "",
  viewer: "",
  bergen: "",
};
let osloDefect: number;
let bergenDefect: number;

beforeAll(async () => {
  t = await startTestSystem();
  api = t.api;
  await t.provision(hotelFleet(OSLO));
  await t.provision(hotelFleet(BERGEN));
  as.manager = (await t.user({ username: "siri", role: "manager", sites: [OSLO] })).token;
  as.staff = (await t.user({ username: "kari", role: "staff", sites: [OSLO] })).token;
  as.viewer = (await t.user({ username: "vera", role: "viewer", sites: [OSLO] })).token;
  as.bergen = (await t.user({ username: "bob", role: "staff", sites: [BERGEN] })).token;
  const report = async (site: string) =>
    (
      await api("POST", "/api/defects", {
        body: { site, asset: "elev-a-btn-12", fault: "bulb_out", source: "staff" },
      })
    ).body.id as number;
  osloDefect = await report(OSLO);
  bergenDefect = await report(BERGEN);
});

afterAll(async () => {
  await t?.stop();
});

describe("signing in", () => {
  it("gives the first admin a session that reaches admin routes", async () => {
    const token = await t.signIn(ADMIN_USERNAME, ADMIN_PASSWORD);
    expect(token).toMatch(/^bcs_/);
    const me = await api("GET", "/api/me", { token });
    expect(me.body).toMatchObject({ role: "admin", sites: null, via: "session" });
    expect((await api("GET", "/api/users", { token })).status).toBe(200);
  });

  it("answers a wrong password and an unknown user alike, without saying which", async () => {
    const wrong = await api("POST", "/api/sessions", {
      token: null,
      body: { username: "kari", password: "not-her-password" },
    });
    const unknown = await api("POST", "/api/sessions", {
      token: null,
      body: { username: "nobody", password: "not-her-password" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({
      code: "bad_credentials",
      message: "wrong username or password",
    });
  });

  it("keeps only a scrypt hash of each password", () => {
    const rows = t.system.db.prepare("SELECT password_hash FROM users").all() as {
      password_hash: string;
    }[];
    for (const row of rows) {
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect(row.password_hash).not.toContain("a-long-test-password");
    }
  });

  it("ends a session at sign-out", async () => {
    const token = await t.signIn("kari", "a-long-test-password");
    expect((await api("GET", "/api/sites", { token })).status).toBe(200);
    expect((await api("DELETE", "/api/sessions/current", { token })).status).toBe(204);
    const after = await api("GET", "/api/sites", { token });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe("the session has ended or expired; sign in again");
  });

  it("ends other sessions when the password changes, and needs the current one", async () => {
    const user = await t.user({ username: "petra", role: "viewer" });
    const other = await t.signIn("petra", "a-long-test-password");
    const refused = await api("POST", "/api/me/password", {
      token: user.token,
      body: { currentPassword: "guess-guess-guess", newPassword: "a-new-long-password" },
    });
    expect(refused.status).toBe(409);
    const changed = await api("POST", "/api/me/password", {
      token: user.token,
      body: { currentPassword: "a-long-test-password", newPassword: "a-new-long-password" },
    });
    expect(changed.status).toBe(204);
    expect((await api("GET", "/api/me", { token: user.token })).status).toBe(200);
    expect((await api("GET", "/api/me", { token: other })).status).toBe(401);
    await expect(t.signIn("petra", "a-long-test-password")).rejects.toThrow(/401/);
    expect(await t.signIn("petra", "a-new-long-password")).toMatch(/^bcs_/);
  });

  it("shuts a disabled user out at once, sessions and personal tokens alike", async () => {
    const user = await t.user({ username: "temp", role: "staff" });
    const personal = await api("POST", "/api/me/tokens", {
      token: user.token,
      body: { name: "script" },
    });
    expect(personal.status).toBe(201);
    expect((await api("GET", "/api/sites", { token: personal.body.token })).status).toBe(200);
    const disabled = await api("PATCH", `/api/users/${user.id}`, { body: { disabled: true } });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabledAt).not.toBeNull();
    expect((await api("GET", "/api/sites", { token: user.token })).status).toBe(401);
    expect((await api("GET", "/api/sites", { token: personal.body.token })).status).toBe(401);
    await expect(t.signIn("temp", "a-long-test-password")).rejects.toThrow(/401/);
  });

  it("refuses to disable or demote the last admin", async () => {
    const admin = (await api("GET", "/api/users")).body.items.find(
      (u: { username: string }) => u.username === ADMIN_USERNAME,
    );
    const response = await api("PATCH", `/api/users/${admin.id}`, { body: { role: "staff" } });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe("last_admin");
  });

  it("refuses a second user of the same name, and a scope naming an unknown site", async () => {
    const twice = await api("POST", "/api/users", {
      body: { username: "KARI", role: "viewer", sites: null, password: "another-long-one" },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("username_taken");
    const unknown = await api("POST", "/api/users", {
      body: { username: "x1", role: "viewer", sites: ["hotel-nowhere"], password: "long-enough-1" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.issues[0]).toEqual({
      path: "sites",
      message: "unknown site hotel-nowhere",
    });
  });
});

describe("personal tokens", () => {
  it("act as their user, with the user's sites, and stop when revoked", async () => {
    const created = await api("POST", "/api/me/tokens", {
      token: as.staff,
      body: { name: "kari's script" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: "staff", sites: [OSLO], owner: "kari" });
    const token = created.body.token as string;
    const me = await api("GET", "/api/me", { token });
    expect(me.body).toMatchObject({ name: "kari", role: "staff", via: "token" });
    expect(me.body.user.username).toBe("kari");
    const sites = await api("GET", "/api/sites", { token });
    expect(sites.body.items.map((s: { id: string }) => s.id)).toEqual([OSLO]);
    expect((await api("GET", `/api/sites/${BERGEN}`, { token })).status).toBe(404);
    // A leaked token cannot mint more tokens.
    const minted = await api("POST", "/api/me/tokens", { token, body: { name: "more" } });
    expect(minted.status).toBe(403);
    expect(minted.body.error.code).toBe("session_required");
    const listed = await api("GET", "/api/me/tokens", { token: as.staff });
    expect(listed.body.items.map((i: { name: string }) => i.name)).toContain("kari's script");
    expect(JSON.stringify(listed.body)).not.toContain(token);
    // Nobody revokes another user's token through their own list.
    const foreign = await api("DELETE", `/api/me/tokens/${created.body.id}`, { token: as.viewer });
    expect(foreign.status).toBe(404);
    const revoked = await api("DELETE", `/api/me/tokens/${created.body.id}`, { token: as.staff });
    expect(revoked.status).toBe(204);
    expect((await api("GET", "/api/sites", { token })).status).toBe(401);
  });
});

describe("roles", () => {
  it("lets a viewer read but not act", async () => {
    expect((await api("GET", "/api/defects", { token: as.viewer })).status).toBe(200);
    const ack = await api("POST", `/api/defects/${osloDefect}/ack`, { token: as.viewer, body: {} });
    expect(ack.status).toBe(403);
    expect(ack.body.error.message).toBe("this needs the staff role; you have viewer");
    const report = await api("POST", "/api/defects", {
      token: as.viewer,
      body: { site: OSLO, asset: "elev-a-floor", fault: "dirty" },
    });
    expect(report.status).toBe(403);
  });

  it("lets staff act on defects but not on devices, users or the fleet", async () => {
    expect(
      (await api("POST", `/api/devices/${OSLO}-sensor/secret`, { token: as.staff })).status,
    ).toBe(403);
    expect((await api("GET", "/api/users", { token: as.staff })).status).toBe(403);
    expect(
      (await api("PUT", "/api/fleet", { token: as.staff, body: hotelFleet(OSLO) })).status,
    ).toBe(403);
    expect((await api("GET", "/api/audit", { token: as.staff })).status).toBe(403);
  });

  it("lets a manager rotate her own sites' devices and provision only her own sites", async () => {
    const rotated = await api("POST", `/api/devices/${OSLO}-pad/secret`, { token: as.manager });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toEqual(expect.any(String));
    expect(
      (await api("PUT", "/api/fleet", { token: as.manager, body: hotelFleet(OSLO) })).status,
    ).toBe(200);
    const newSite = await api("PUT", "/api/fleet", {
      token: as.manager,
      body: hotelFleet("hotel-tromso"),
    });
    expect(newSite.status).toBe(403);
    expect(newSite.body.error.message).toMatch(/only admins create sites/);
    expect(
      (
        await api("POST", "/api/users", {
          token: as.manager,
          body: { username: "sneaky", role: "admin", sites: null, password: "long-enough-1" },
        })
      ).status,
    ).toBe(403);
  });
});

describe("site scope", () => {
  const notFound = (what: string) => ({
    error: { code: "not_found", message: `${what} not found` },
  });

  it("lists only the caller's sites, defects and devices", async () => {
    const sites = await api("GET", "/api/sites", { token: as.staff });
    expect(sites.body.items.map((s: { id: string }) => s.id)).toEqual([OSLO]);
    const defects = await api("GET", "/api/defects?limit=500", { token: as.staff });
    expect(defects.body.items.length).toBeGreaterThan(0);
    expect(new Set(defects.body.items.map((d: { site: string }) => d.site))).toEqual(
      new Set([OSLO]),
    );
    const devices = await api("GET", "/api/devices", { token: as.staff });
    expect(new Set(devices.body.items.map((d: { site: string }) => d.site))).toEqual(
      new Set([OSLO]),
    );
    const insights = await api("GET", "/api/insights", { token: as.staff });
    expect(insights.body.sites.map((s: { site: string }) => s.site)).toEqual([OSLO]);
  });

  it("answers another site's objects exactly as objects that do not exist", async () => {
    const token = as.staff;
    const guessed = await api("GET", `/api/defects/${bergenDefect}`, { token });
    const missing = await api("GET", "/api/defects/999999", { token });
    expect(guessed.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(guessed.body).toEqual(notFound(`defect ${bergenDefect}`));
    expect(missing.body).toEqual(notFound("defect 999999"));
    expect((await api("GET", `/api/sites/${BERGEN}`, { token })).body).toEqual(
      notFound(`site ${BERGEN}`),
    );
    expect((await api("GET", `/api/defects?site=${BERGEN}`, { token })).status).toBe(404);
    expect((await api("GET", `/api/devices?site=${BERGEN}`, { token })).status).toBe(404);
    expect((await api("GET", `/api/devices/${BERGEN}-sensor`, { token })).status).toBe(404);
    expect((await api("GET", `/api/insights?site=${BERGEN}`, { token })).status).toBe(404);
    expect((await api("GET", `/api/stream?site=${BERGEN}`, { token })).status).toBe(404);
  });

  it("refuses changes to another site's objects with the same 404", async () => {
    for (const action of ["ack", "resolve"]) {
      const response = await api("POST", `/api/defects/${bergenDefect}/${action}`, {
        token: as.staff,
        body: {},
      });
      expect(response.status).toBe(404);
    }
    const report = await api("POST", "/api/defects", {
      token: as.staff,
      body: { site: BERGEN, asset: "elev-a-floor", fault: "dirty" },
    });
    expect(report.status).toBe(404);
    expect(
      (await api("POST", `/api/devices/${BERGEN}-sensor/secret`, { token: as.manager })).status,
    ).toBe(404);
    expect(
      (await api("DELETE", `/api/devices/${BERGEN}-sensor`, { token: as.manager })).status,
    ).toBe(404);
    const key = await api("GET", `/api/sites/${BERGEN}/assets/elev-a-btn-12/report-key`, {
      token: as.manager,
    });
    expect(key.status).toBe(404);
    // Bergen's defect is untouched.
    const bergen = await api("GET", `/api/defects/${bergenDefect}`);
    expect(bergen.body.status).toBe("open");
  });

  it("streams only the caller's sites' changes", async () => {
    const controller = new AbortController();
    const response = await fetch(`${t.system.apiUrl}/api/stream`, {
      headers: { authorization: `Bearer ${as.staff}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let text = "";
    const read = async (until: string) => {
      while (!text.includes(until)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
    };
    await read("event: ready");
    await api("POST", "/api/defects", {
      body: { site: BERGEN, asset: "elev-a-lamp", fault: "bulb_out", note: "bergen-only" },
    });
    await api("POST", "/api/defects", {
      body: { site: OSLO, asset: "elev-a-lamp", fault: "bulb_out", note: "oslo-too" },
    });
    await read(`"site":"${OSLO}"`);
    controller.abort();
    expect(text).toContain(`"site":"${OSLO}"`);
    expect(text).not.toContain(`"site":"${BERGEN}"`);
  });

  it("ends a user's sessions when their sites change, and the new scope applies", async () => {
    const user = await t.user({ username: "moved", role: "viewer", sites: [OSLO] });
    const patched = await api("PATCH", `/api/users/${user.id}`, { body: { sites: [BERGEN] } });
    expect(patched.body.sites).toEqual([BERGEN]);
    expect((await api("GET", "/api/sites", { token: user.token })).status).toBe(401);
    const token = await t.signIn("moved", "a-long-test-password");
    const sites = await api("GET", "/api/sites", { token });
    expect(sites.body.items.map((s: { id: string }) => s.id)).toEqual([BERGEN]);
  });

  it("limits an admin's system token to its sites too", async () => {
    const created = await api("POST", "/api/tokens", {
      body: { name: "oslo lobby screen", role: "viewer", sites: [OSLO] },
    });
    expect(created.body).toMatchObject({ sites: [OSLO], owner: null });
    const sites = await api("GET", "/api/sites", { token: created.body.token });
    expect(sites.body.items.map((s: { id: string }) => s.id)).toEqual([OSLO]);
  });
});

describe("the audit log", () => {
  it("names the user behind each change, and the site it concerns", async () => {
    await api("POST", `/api/defects/${osloDefect}/ack`, { token: as.staff, body: {} });
    const log = await api("GET", "/api/audit?limit=500");
    const entries = log.body.items as { actor: string; action: string; site: string | null }[];
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: "kari", action: "defect.acknowledge", site: OSLO }),
        expect.objectContaining({ actor: "siri", action: "device.rotate_secret", site: OSLO }),
        expect.objectContaining({ actor: "kari", action: "session.sign_in" }),
        expect.objectContaining({
          actor: "token:admin (BULBCHECK_ADMIN_TOKEN)",
          action: "user.create",
        }),
        expect.objectContaining({ action: "user.disable" }),
        expect.objectContaining({ actor: "petra", action: "user.change_password" }),
      ]),
    );
    expect(JSON.stringify(entries)).not.toContain("a-new-long-password");
    const defect = await api("GET", `/api/defects/${osloDefect}`);
    expect(defect.body.acknowledgedBy).toBe("kari");
    expect(defect.body.timeline).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "acknowledged", actor: "kari" })]),
    );
  });
});
