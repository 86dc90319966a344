import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotelFleet, publish, startTestSystem, type TestSystem } from "../testing/test-system.ts";

/**
 * Data out through the real API: files a spreadsheet reads, in the caller's scope, for the range
 * asked for, with every refusal naming its reason.
 */

const OSLO = "hotel-oslo";
const BERGEN = "hotel-bergen";
const topic = (site: string, device: string, kind: string) =>
  `bulbcheck/v1/${site}/${device}/${kind}`;

let t: TestSystem;
// The API's clock (users, the default range); devices give their own times (`ts`).
let clock = Date.parse("2026-10-01T08:00:00Z");
const devices: MqttClient[] = [];
let viewerOslo: string;
let staffToken: string;
let managerToken: string;

/** RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

async function download(path: string, token?: string) {
  const response = await fetch(`${t.system.apiUrl}${path}`, {
    headers: { authorization: `Bearer ${token ?? "test-admin-token-0123456789abcdef"}` },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A BOM is kept (Response.text() would drop it): a spreadsheet needs it there.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { status: response.status, headers: response.headers, text };
}

beforeAll(async () => {
  t = await startTestSystem({ now: () => clock });
  const fleet = hotelFleet(OSLO);
  const bergen = hotelFleet(BERGEN).sites[0];
  if (bergen) fleet.sites.push({ ...bergen, name: "Hotel Bergen Brygge" });
  const secrets = await t.provision(fleet);
  for (const device of [`${OSLO}-sensor`, `${OSLO}-pad`, `${BERGEN}-sensor`])
    devices.push(await t.connect(device, secrets[device] as string));
  const [osloSensor, osloPad, bergenSensor] = devices as [MqttClient, MqttClient, MqttClient];

  // October: a lamp out in each hotel, a check-in by someone whose name a spreadsheet would run.
  await publish(osloSensor, topic(OSLO, `${OSLO}-sensor`, "health"), {
    id: "h-1",
    ts: new Date(clock).toISOString(),
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  await publish(bergenSensor, topic(BERGEN, `${BERGEN}-sensor`, "health"), {
    id: "h-1",
    ts: new Date(clock).toISOString(),
    asset: "elev-a-lamp",
    state: "fault",
    fault: "bulb_out",
  });
  clock = Date.parse("2026-10-31T21:30:00Z");
  await publish(osloPad, topic(OSLO, `${OSLO}-pad`, "checkin"), {
    id: "c-1",
    ts: new Date(clock).toISOString(),
    checkpoint: "elev-a-check",
    result: "defects",
    staff: '=HYPERLINK("http://evil.example"), Åse',
  });
  // November: Oslo's lamp fixed, a new fault.
  clock = Date.parse("2026-11-15T09:00:00Z");
  await publish(osloSensor, topic(OSLO, `${OSLO}-sensor`, "health"), {
    id: "h-2",
    ts: new Date(clock).toISOString(),
    asset: "elev-a-btn-12",
    state: "ok",
  });
  await publish(osloSensor, topic(OSLO, `${OSLO}-sensor`, "health"), {
    id: "h-3",
    ts: new Date(clock).toISOString(),
    asset: "elev-a-lamp",
    state: "fault",
    fault: "flicker",
  });
  clock = Date.parse("2026-12-01T12:00:00Z");
  viewerOslo = (await t.user({ username: "vera", role: "viewer", sites: [OSLO] })).token;
  staffToken = (await t.user({ username: "kari", role: "staff" })).token;
  managerToken = (await t.user({ username: "mona", role: "manager", sites: [OSLO] })).token;
});

afterAll(async () => {
  await Promise.all(devices.map((d) => d.endAsync()));
  await t?.stop();
});

describe("exports", () => {
  it("gives October's defects as a CSV a spreadsheet opens, with its name and header", async () => {
    const file = await download("/api/export/defects.csv?from=2026-10-01&to=2026-10-31");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(
      'attachment; filename="bulbcheck-defects-2026-10-01-2026-10-31.csv"',
    );
    expect(file.text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(file.text.slice(1));
    expect(header?.slice(0, 6)).toEqual(["id", "site", "zone", "asset", "asset_name", "fault"]);
    const column = (name: string) => header?.indexOf(name) as number;
    expect(rows.map((r) => [r[column("site")], r[column("asset")], r[column("status")]])).toEqual([
      [BERGEN, "elev-a-lamp", "open"],
      [OSLO, "elev-a-btn-12", "resolved"],
    ]);
    expect(rows[1]?.[column("opened_at")]).toBe("2026-10-01T08:00:00.000Z");
  });

  it("gives each step of those defects as JSON lines", async () => {
    const file = await download(
      `/api/export/timeline.jsonl?from=2026-10-01&to=2026-10-31&site=${OSLO}`,
    );
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/jsonl; charset=utf-8");
    const steps = file.text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    // Opened by the sensor, reported again by the check-in that found it, fixed in November.
    expect(steps.map((s) => s.type)).toEqual(["opened", "report", "resolved"]);
    expect(steps[2]).toMatchObject({
      site: OSLO,
      asset: "elev-a-btn-12",
      at: "2026-11-15T09:00:00.000Z",
    });
  });

  it("keeps a device's text that a spreadsheet would run as text", async () => {
    const file = await download("/api/export/inspections.csv?from=2026-10-31&to=2026-10-31");
    const [header, row] = parseCsv(file.text.slice(1));
    expect(row?.[header?.indexOf("staff") as number]).toBe(
      '\'=HYPERLINK("http://evil.example"), Åse',
    );
    expect(row?.[header?.indexOf("checkpoint_name") as number]).toBe("Elevator A");
    expect(row?.[header?.indexOf("on_time") as number]).toMatch(/^(true|false)$/);
  });

  it("reads an instant range to the millisecond, and a day as to includes that day", async () => {
    const events = async (query: string) =>
      (await download(`/api/export/events.jsonl?${query}`)).text
        .trimEnd()
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line));
    const november = await events("from=2026-11-15&to=2026-11-15");
    expect(november.map((e) => e.event_id)).toEqual(["h-2", "h-3"]);
    expect(november[0].payload).toContain('"state":"ok"');
    expect(await events("from=2026-11-15T09:00:00.001Z&to=2026-11-16T00:00:00Z")).toEqual([]);
  });

  it("shows a caller only their sites, and 404s a site outside them", async () => {
    const mine = await download(
      "/api/export/defects.jsonl?from=2026-10-01&to=2026-11-30",
      viewerOslo,
    );
    const sites = new Set(
      mine.text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).site),
    );
    expect([...sites]).toEqual([OSLO]);
    const other = await download(`/api/export/defects.csv?site=${OSLO},${BERGEN}`, viewerOslo);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.text).error).toMatchObject({ code: "not_found" });
    expect(JSON.parse(other.text).error.message).toContain(BERGEN);
  });

  it("gives raw events to managers and the audit log to admins only", async () => {
    expect((await download("/api/export/events.csv", staffToken)).status).toBe(403);
    expect((await download("/api/export/events.csv", managerToken)).status).toBe(200);
    expect((await download("/api/export/audit.csv", managerToken)).status).toBe(403);
    const audit = await download("/api/export/audit.jsonl?from=2026-09-01");
    const actions = audit.text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line).action);
    expect(actions).toContain("fleet.provision");
    // An admin with every site sees the entries that concern no site too.
    expect(actions).toContain("user.create");
  });

  it("refuses a range that ends before it starts, and a bad date, naming the field", async () => {
    const backwards = await download("/api/export/defects.csv?from=2026-11-01&to=2026-10-01");
    expect(backwards.status).toBe(400);
    expect(JSON.parse(backwards.text).error.message).toMatch(/^from: must be before to/);
    const bad = await download("/api/export/defects.csv?from=yesterday");
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).error).toMatchObject({ code: "invalid_query" });
    expect(JSON.parse(bad.text).error.message).toMatch(/^from/);
    const badSite = await download("/api/export/defects.csv?site=Hotel%20Oslo");
    expect(badSite.status).toBe(400);
    expect(JSON.parse(badSite.text).error.message).toMatch(/^site/);
  });
});
