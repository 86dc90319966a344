import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ApiRequest,
  hotelFleet,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/**
 * Working on defects as a team through the real HTTP server (issue 20): assign, take, comment,
 * hold, resolve with a cause, undo, reopen, recurrence, bulk, rules, notices, search.
 */

const SITE = "hotel-oslo";
const OTHER = "hotel-bergen";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let clock = Date.parse("2026-12-02T09:00:00Z");
let t: TestSystem;
let api: ApiRequest;
let manager: string;
let kari: string;
let per: string;
let bergenStaff: string;
let viewer: string;

async function report(asset: string, fault: string, as = kari) {
  const response = await api("POST", "/api/defects", {
    token: as,
    body: { site: SITE, asset, fault },
  });
  expect(response.status).toBe(201);
  return response.body as { id: number; change: string; recurrenceOf: number | null };
}

/** Moves the clock; sessions idle out meanwhile, so everyone signs in again. */
async function later(ms: number) {
  clock += ms;
  const password = "a-long-test-password";
  manager = await t.signIn("mona", password);
  kari = await t.signIn("kari", password);
  per = await t.signIn("per", password);
}

async function defect(id: number, as = manager) {
  const response = await api("GET", `/api/defects/${id}`, { token: as });
  expect(response.status).toBe(200);
  return response.body as Record<string, unknown> & {
    status: string;
    timeline: { type: string; actor: string; note: string | null }[];
  };
}

beforeAll(async () => {
  t = await startTestSystem({ now: () => clock });
  api = t.api;
  const fleet = hotelFleet(SITE);
  const bergen = hotelFleet(OTHER);
  await t.provision({ sites: [...fleet.sites, ...bergen.sites] });
  manager = (
    await t.user({ username: "mona", displayName: "Mona Berg", role: "manager", sites: [SITE] })
  ).token;
  kari = (
    await t.user({ username: "kari", displayName: "Kari Nordmann", role: "staff", sites: [SITE] })
  ).token;
  per = (await t.user({ username: "per", displayName: "Per Hansen", role: "staff", sites: [SITE] }))
    .token;
  bergenStaff = (await t.user({ username: "ola", role: "staff", sites: [OTHER] })).token;
  viewer = (await t.user({ username: "wall", role: "viewer", sites: [SITE] })).token;
});

afterAll(async () => {
  await t?.stop();
});

describe("assignment", () => {
  it("lets a manager assign to a user of the site and tells the user in-app", async () => {
    const { id } = await report("elev-a-lamp", "flicker");
    const assigned = await api("POST", `/api/defects/${id}/assign`, {
      token: manager,
      body: { assignee: { user: "kari" } },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      assignee: { user: "kari", name: "Kari Nordmann" },
      assignedBy: "Mona Berg",
      status: "open",
    });
    const notices = await api("GET", "/api/me/notices", { token: kari });
    expect(notices.body).toMatchObject({
      unread: 1,
      items: [{ kind: "assigned", by: "Mona Berg" }],
    });
    expect((notices.body as { items: { defect: { id: number } }[] }).items[0]?.defect.id).toBe(id);
    const read = await api("POST", "/api/me/notices/read", { token: kari, body: {} });
    expect(read.status).toBe(204);
    expect((await api("GET", "/api/me/notices", { token: kari })).body).toMatchObject({
      unread: 0,
    });
    const timeline = (await defect(id)).timeline.map((e) => [e.type, e.actor, e.note]);
    expect(timeline).toContainEqual(["assigned", "Mona Berg", "Kari Nordmann"]);
    const audit = await api("GET", "/api/audit?limit=20");
    expect((audit.body as { items: { action: string; target: string }[] }).items).toContainEqual(
      expect.objectContaining({ action: "defect.assign", target: `defect ${id}` }),
    );
  });

  it("assigns to a site's team, whose members each see it as theirs", async () => {
    const { id } = await report("elev-a-floor", "dirty");
    const assigned = await api("POST", `/api/defects/${id}/assign`, {
      token: manager,
      body: { assignee: { team: "staff" } },
    });
    expect(assigned.body).toMatchObject({
      assignee: { team: "staff", name: "staff of Hotel Oslo Sentrum" },
    });
    for (const who of [kari, per]) {
      const mine = await api("GET", "/api/defects?assignee=me&status=unresolved", { token: who });
      expect((mine.body as { items: { id: number }[] }).items.map((d) => d.id)).toContain(id);
    }
    const managers = await api("GET", "/api/defects?assignee=me", { token: manager });
    expect((managers.body as { items: { id: number }[] }).items.map((d) => d.id)).not.toContain(id);
  });

  it("lets staff take a defect themselves but not give it to others or to a team", async () => {
    const { id } = await report("elev-a-btn-12", "button_dead", per);
    await api("POST", "/api/me/notices/read", { token: kari, body: {} });
    const took = await api("POST", `/api/defects/${id}/assign`, {
      token: kari,
      body: { assignee: { user: "kari" } },
    });
    expect(took.status).toBe(200);
    // Taking it oneself tells nobody: kari knows.
    expect((await api("GET", "/api/me/notices", { token: kari })).body).toMatchObject({
      unread: 0,
    });
    const give = await api("POST", `/api/defects/${id}/assign`, {
      token: kari,
      body: { assignee: { user: "per" } },
    });
    expect(give.status).toBe(403);
    expect(give.body.error.message).toMatch(/take a defect themselves/);
    const team = await api("POST", `/api/defects/${id}/assign`, {
      token: per,
      body: { assignee: { team: "staff" } },
    });
    expect(team.status).toBe(403);
    const steal = await api("POST", `/api/defects/${id}/assign`, {
      token: per,
      body: { assignee: null },
    });
    expect(steal.status).toBe(403);
    const again = await api("POST", `/api/defects/${id}/assign`, {
      token: kari,
      body: { assignee: { user: "kari" } },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("already_assigned");
    const giveBack = await api("POST", `/api/defects/${id}/assign`, {
      token: kari,
      body: { assignee: null },
    });
    expect(giveBack.status).toBe(200);
    expect(giveBack.body).toMatchObject({ assignee: null, assignedAt: null });
    const timeline = (await defect(id)).timeline.map((e) => e.type);
    expect(timeline).toEqual(expect.arrayContaining(["assigned", "unassigned"]));
  });

  it("refuses users who cannot see the site or cannot work, and viewers assigning", async () => {
    const { id } = await report("elev-a-lamp", "bulb_out");
    for (const user of ["ola", "wall", "nobody"]) {
      const refused = await api("POST", `/api/defects/${id}/assign`, {
        token: manager,
        body: { assignee: { user } },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("invalid_assignee");
    }
    const byViewer = await api("POST", `/api/defects/${id}/assign`, {
      token: viewer,
      body: { assignee: { user: "wall" } },
    });
    expect(byViewer.status).toBe(403);
    const otherSite = await api("POST", `/api/defects/${id}/assign`, {
      token: bergenStaff,
      body: { assignee: { user: "ola" } },
    });
    expect(otherSite.status).toBe(404);
  });

  it("lists who can be assigned at a site", async () => {
    const response = await api("GET", `/api/sites/${SITE}/assignable`, { token: kari });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      users: [
        { username: "kari", name: "Kari Nordmann", role: "staff" },
        { username: "mona", name: "Mona Berg", role: "manager" },
        { username: "per", name: "Per Hansen", role: "staff" },
      ],
      teams: [
        { team: "staff", members: 2 },
        { team: "manager", members: 1 },
      ],
    });
    expect((await api("GET", `/api/sites/${SITE}/assignable`, { token: bergenStaff })).status).toBe(
      404,
    );
  });
});

describe("comments", () => {
  it("keeps people's text as written, up to 2,000 characters", async () => {
    const { id } = await report("elev-a-lamp", "signage");
    const text = "<script>alert(1)</script> ladder is in the basement";
    const posted = await api("POST", `/api/defects/${id}/comments`, {
      token: kari,
      body: { text },
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ defect: id, actor: "Kari Nordmann", text });
    const after = await defect(id);
    expect(after.comments).toBe(1);
    expect(after.timeline.at(-1)).toMatchObject({ type: "comment", note: text });
    const long = await api("POST", `/api/defects/${id}/comments`, {
      token: kari,
      body: { text: "x".repeat(2001) },
    });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toMatch(/2000 characters/);
    const empty = await api("POST", `/api/defects/${id}/comments`, {
      token: kari,
      body: { text: "  " },
    });
    expect(empty.status).toBe(400);
    expect(
      (await api("POST", `/api/defects/${id}/comments`, { token: viewer, body: { text: "hi" } }))
        .status,
    ).toBe(403);
  });
});

describe("the lifecycle", () => {
  it("puts a defect on hold with a new due time; acknowledging takes it off hold", async () => {
    const { id } = await report("elev-a-btn-12", "out_of_order");
    const dueAt = new Date(clock + 3 * DAY).toISOString();
    const held = await api("POST", `/api/defects/${id}/hold`, {
      token: kari,
      body: { reason: "waiting for parts", dueAt },
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({
      status: "on_hold",
      dueAt,
      overdue: false,
      hold: { reason: "waiting for parts", by: "Kari Nordmann" },
    });
    const past = await api("POST", `/api/defects/${id}/hold`, {
      token: kari,
      body: { reason: "later", dueAt: new Date(clock - HOUR).toISOString() },
    });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe("due_in_past");
    const listed = await api("GET", `/api/defects?site=${SITE}&status=on_hold`, { token: kari });
    expect((listed.body as { items: { id: number }[] }).items.map((d) => d.id)).toEqual([id]);
    const acked = await api("POST", `/api/defects/${id}/ack`, { token: kari, body: {} });
    expect(acked.body).toMatchObject({ status: "acknowledged", hold: null, dueAt });
  });

  it("resolves with a cause of the defect's category, and refuses another category's", async () => {
    const { id } = await report("elev-a-lamp", "bulb_out");
    const wrong = await api("POST", `/api/defects/${id}/resolve`, {
      token: kari,
      body: { cause: "refilled" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe("invalid_cause");
    expect(wrong.body.error.message).toMatch(/bulb_replaced/);
    const resolved = await api("POST", `/api/defects/${id}/resolve`, {
      token: kari,
      body: { cause: "bulb_replaced", note: "new LED" },
    });
    expect(resolved.body).toMatchObject({ status: "resolved", cause: "bulb_replaced" });
  });

  it("undoes a resolve within a minute, by its resolver only, back to where it was", async () => {
    const { id } = await report("elev-a-floor", "spill");
    await api("POST", `/api/defects/${id}/ack`, { token: kari, body: {} });
    await api("POST", `/api/defects/${id}/resolve`, { token: kari, body: { cause: "cleaned" } });
    const byOther = await api("POST", `/api/defects/${id}/reopen`, {
      token: per,
      body: { undo: true },
    });
    expect(byOther.status).toBe(409);
    expect(byOther.body.error.code).toBe("undo_by_other");
    clock += 5_000;
    const undone = await api("POST", `/api/defects/${id}/reopen`, {
      token: kari,
      body: { undo: true },
    });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      status: "acknowledged",
      resolvedAt: null,
      cause: null,
      acknowledgedBy: "Kari Nordmann",
      reopens: 0,
    });
    await api("POST", `/api/defects/${id}/resolve`, { token: kari, body: {} });
    clock += 2 * 60_000;
    const late = await api("POST", `/api/defects/${id}/reopen`, {
      token: kari,
      body: { undo: true },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("undo_expired");
    const timeline = (await defect(id)).timeline.map((e) => e.type);
    expect(timeline).toEqual([
      "opened",
      "report",
      "acknowledged",
      "resolved",
      "undone",
      "resolved",
    ]);
  });

  it("reopens a resolved defect as open and due again, unless the fault is open again", async () => {
    const { id } = await report("elev-a-lamp", "broken");
    await api("POST", `/api/defects/${id}/resolve`, { token: kari, body: {} });
    const reopened = await api("POST", `/api/defects/${id}/reopen`, {
      token: per,
      body: { note: "still broken" },
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ status: "open", reopens: 1, resolvedAt: null });
    const notResolved = await api("POST", `/api/defects/${id}/reopen`, { token: per, body: {} });
    expect(notResolved.body.error.code).toBe("not_resolved");
    await api("POST", `/api/defects/${id}/resolve`, { token: kari, body: {} });
    const newer = await report("elev-a-lamp", "broken");
    const duplicate = await api("POST", `/api/defects/${id}/reopen`, { token: per, body: {} });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe("open_duplicate");
    expect(duplicate.body.error.message).toContain(`defect ${newer.id}`);
  });

  it("links a fault back on the same asset within the recurrence days: fix did not hold", async () => {
    const first = await report("elev-a-btn-12", "flicker");
    await api("POST", `/api/defects/${first.id}/resolve`, {
      token: kari,
      body: { cause: "bulb_replaced" },
    });
    await later(2 * DAY);
    const again = await report("elev-a-btn-12", "flicker");
    expect(again.change).toBe("opened");
    expect(again.recurrenceOf).toBe(first.id);
    const timeline = (await defect(again.id)).timeline;
    expect(timeline[0]?.note).toBe(`fix of defect ${first.id} did not hold`);
    await api("POST", `/api/defects/${again.id}/resolve`, { token: kari, body: {} });
    await later(8 * DAY);
    const fresh = await report("elev-a-btn-12", "flicker");
    expect(fresh.recurrenceOf).toBeNull();
    const insights = await api("GET", `/api/insights?site=${SITE}&days=30`, { token: manager });
    expect(insights.status).toBe(200);
    expect((insights.body as { repeatFailures: unknown[] }).repeatFailures).toContainEqual(
      expect.objectContaining({ site: SITE, asset: "elev-a-btn-12", repeats: 1 }),
    );
  });
});

describe("bulk actions", () => {
  it("acknowledges 200 defects in one request, audited one by one", async () => {
    const fleet = hotelFleet(SITE);
    const zone = fleet.sites[0]?.zones?.[0];
    const assets = Array.from({ length: 200 }, (_, i) => ({
      id: `room-${i}-lamp`,
      name: `Room ${i} lamp`,
      category: "lighting" as const,
    }));
    if (zone) zone.assets = [...(zone.assets ?? []), ...assets];
    await t.provision(fleet);
    const ids: number[] = [];
    for (const asset of assets) ids.push((await report(asset.id, "bulb_out")).id);
    const bulk = await api("POST", "/api/defects/bulk", {
      token: manager,
      body: { action: "acknowledge", ids: [...ids, 999_999] },
    });
    expect(bulk.status).toBe(200);
    const body = bulk.body as {
      changed: number;
      results: { id: number; ok: boolean; error?: { code: string } }[];
    };
    expect(body.changed).toBe(200);
    expect(body.results.at(-1)).toMatchObject({
      id: 999_999,
      ok: false,
      error: { code: "not_found" },
    });
    const audit = await api("GET", "/api/audit?limit=500");
    const acknowledged = (audit.body as { items: { action: string; target: string }[] }).items
      .filter((e) => e.action === "defect.acknowledge")
      .map((e) => e.target);
    const targets = ids.map((id) => `defect ${id}`);
    expect(acknowledged.filter((target) => targets.includes(target)).sort()).toEqual(
      targets.sort(),
    );
    const again = await api("POST", "/api/defects/bulk", {
      token: manager,
      body: { action: "resolve", ids: ids.slice(0, 3), cause: "bulb_replaced" },
    });
    expect((again.body as { changed: number }).changed).toBe(3);
    const assign = await api("POST", "/api/defects/bulk", {
      token: manager,
      body: { action: "assign", ids: ids.slice(0, 5), assignee: { user: "per" } },
    });
    const results = (assign.body as { results: { ok: boolean; error?: { code: string } }[] })
      .results;
    expect(results.map((r) => r.ok)).toEqual([false, false, false, true, true]);
    expect(results[0]?.error?.code).toBe("already_resolved");
    const hold = await api("POST", "/api/defects/bulk", {
      token: manager,
      body: {
        action: "hold",
        ids: ids.slice(3, 5),
        reason: "new fittings ordered",
        dueAt: new Date(clock + DAY).toISOString(),
      },
    });
    expect((hold.body as { changed: number }).changed).toBe(2);
    const tooMany = await api("POST", "/api/defects/bulk", {
      token: manager,
      body: { action: "acknowledge", ids: Array.from({ length: 501 }, (_, i) => i + 1) },
    });
    expect(tooMany.status).toBe(400);
  });

  it("finds defects by asset or zone name, unassigned first for whoever picks work", async () => {
    const byAsset = await api("GET", `/api/defects?q=${encodeURIComponent("Room 17 l")}`, {
      token: kari,
    });
    expect((byAsset.body as { items: { asset: string }[] }).items.map((d) => d.asset)).toEqual([
      "room-17-lamp",
    ]);
    const byZone = await api("GET", `/api/defects?q=elevator%20a&limit=500`, { token: kari });
    expect((byZone.body as { items: unknown[] }).items.length).toBeGreaterThan(200);
    const wildcard = await api("GET", "/api/defects?q=%25", { token: kari });
    expect((wildcard.body as { items: unknown[] }).items).toEqual([]);
    const none = await api("GET", `/api/defects?assignee=none&status=unresolved&limit=500`, {
      token: kari,
    });
    for (const d of (none.body as { items: { assignee: unknown }[] }).items)
      expect(d.assignee).toBeNull();
    const byDue = await api("GET", `/api/defects?status=unresolved&sort=due&limit=20`, {
      token: kari,
    });
    const page = byDue.body as { items: { dueAt: string }[]; nextCursor: string };
    const dues = page.items.map((d) => Date.parse(d.dueAt));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    const next = await api(
      "GET",
      `/api/defects?status=unresolved&sort=due&limit=20&cursor=${page.nextCursor}`,
      {
        token: kari,
      },
    );
    const nextDues = (next.body as { items: { dueAt: string }[] }).items.map((d) =>
      Date.parse(d.dueAt),
    );
    expect(nextDues[0]).toBeGreaterThanOrEqual(dues.at(-1) as number);
  });
});

describe("assignment rules", () => {
  it("assigns new defects by zone and fault: the cleaning team gets dirty and spill", async () => {
    const rule = await api("POST", "/api/assignment-rules", {
      token: manager,
      body: {
        site: SITE,
        zone: "elevator-a",
        faults: ["dirty", "spill"],
        assignee: { team: "staff" },
      },
    });
    expect(rule.status).toBe(201);
    const { id } = await report("elev-a-floor", "spill", manager);
    expect(await defect(id)).toMatchObject({
      assignee: { team: "staff" },
      assignedBy: `assignment rule ${(rule.body as { id: number }).id}`,
    });
    const lamp = await report("elev-a-lamp", "other", manager);
    expect((await defect(lamp.id)).assignee).toBeNull();
    expect((await api("GET", "/api/me/notices", { token: per })).body).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ kind: "assigned" })]),
    });
    const listed = await api("GET", "/api/assignment-rules", { token: manager });
    expect((listed.body as { items: unknown[] }).items).toHaveLength(1);
    const bad = await api("POST", "/api/assignment-rules", {
      token: manager,
      body: { site: SITE, zone: "no-such-zone", assignee: { team: "staff" } },
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await api("POST", "/api/assignment-rules", {
          token: kari,
          body: { site: SITE, assignee: { team: "staff" } },
        })
      ).status,
    ).toBe(403);
    const deleted = await api(
      "DELETE",
      `/api/assignment-rules/${(rule.body as { id: number }).id}`,
      {
        token: manager,
      },
    );
    expect(deleted.status).toBe(204);
    const after = await report("room-1-lamp", "dirty", manager);
    expect((await defect(after.id)).assignee).toBeNull();
  });
});

describe("contact details", () => {
  it("lets people set their own e-mail and phone, and admins see them", async () => {
    const changed = await api("PATCH", "/api/me/contact", {
      token: kari,
      body: { email: "kari@example.com", phone: "+47 912 34 567" },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      user: { username: "kari", email: "kari@example.com", phone: "+47 912 34 567" },
    });
    const bad = await api("PATCH", "/api/me/contact", {
      token: kari,
      body: { email: "not-an-address" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/kari@example.com/);
    const users = await api("GET", "/api/users");
    expect(
      (users.body as { items: { username: string; email: string | null }[] }).items,
    ).toContainEqual(expect.objectContaining({ username: "kari", email: "kari@example.com" }));
    const removed = await api("PATCH", "/api/me/contact", { token: kari, body: { phone: null } });
    expect(removed.body).toMatchObject({ user: { email: "kari@example.com", phone: null } });
  });
});
