import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AddressRanges } from "../net/ip.ts";
import {
  ADMIN_TOKEN,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/** `/metrics` as Prometheus scrapes it from the real system, after real MQTT traffic. */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
let t: TestSystem;
let open: TestSystem;
let sensor: MqttClient;
let viewer: string;

/** The text format's samples: `name{labels} value` -> value. */
function samples(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const at = line.lastIndexOf(" ");
    map.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return map;
}

async function scrape(system: TestSystem, token?: string) {
  const response = await fetch(`${system.system.apiUrl}/metrics`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    text: await response.text(),
  };
}

beforeAll(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet(SITE));
  viewer = (await t.user({ username: "vera", role: "viewer" })).token;
  sensor = await t.connect(SENSOR, secrets[SENSOR] as string);
  await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
    id: "h-1",
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  // The same id again: a duplicate; then one the contract refuses.
  await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, {
    id: "h-1",
    asset: "elev-a-btn-12",
    state: "fault",
    fault: "bulb_out",
  });
  await publish(sensor, `bulbcheck/v1/${SITE}/${SENSOR}/health`, "not json");
  await t.api("GET", "/api/defects/99999");
  open = await startTestSystem({ metricsAllow: AddressRanges.parse(["127.0.0.1"]) });
});

afterAll(async () => {
  await sensor?.endAsync();
  await t?.stop();
  await open?.stop();
});

describe("/metrics", () => {
  it("counts messages by outcome and reason, and shows open defects, devices and the database", async () => {
    const scraped = await scrape(t, ADMIN_TOKEN);
    expect(scraped.status).toBe(200);
    expect(scraped.type).toContain("text/plain");
    const m = samples(scraped.text);
    expect(m.get('bulbcheck_ingest_messages_by_outcome_total{outcome="stored"}')).toBe(1);
    expect(m.get('bulbcheck_ingest_messages_by_outcome_total{outcome="duplicate"}')).toBe(1);
    expect(m.get('bulbcheck_ingest_messages_by_outcome_total{outcome="rejected"}')).toBe(1);
    expect(m.get('bulbcheck_ingest_rejected_total{reason="bad_json"}')).toBe(1);
    expect(m.get("bulbcheck_ingest_messages_total")).toBe(3);
    expect(m.get("bulbcheck_ingest_batch_size_count")).toBeGreaterThanOrEqual(1);
    expect(m.get("bulbcheck_ingest_publish_to_commit_seconds_count")).toBe(3);
    expect(m.get(`bulbcheck_open_defects{site="${SITE}",status="open"}`)).toBe(1);
    expect(m.get(`bulbcheck_overdue_defects{site="${SITE}"}`)).toBe(0);
    expect(m.get(`bulbcheck_devices{site="${SITE}"}`)).toBe(2);
    // The sensor is connected; the pad never was.
    expect(m.get(`bulbcheck_devices_offline{site="${SITE}"}`)).toBe(1);
    expect(m.get('bulbcheck_mqtt_connections{transport="tcp"}')).toBe(1);
    expect(m.get("bulbcheck_mqtt_connects_total")).toBe(1);
    expect(m.get("bulbcheck_broker_connected")).toBe(1);
    expect(m.get('bulbcheck_database_bytes{file="database"}')).toBeGreaterThan(0);
    expect(m.get("bulbcheck_disk_free_bytes")).toBeGreaterThan(0);
    expect(m.has("bulbcheck_nodejs_eventloop_lag_seconds")).toBe(true);
  });

  it("counts HTTP answers by the declared route, not the path asked", async () => {
    const m = samples((await scrape(t, ADMIN_TOKEN)).text);
    expect(
      m.get('bulbcheck_http_requests_total{route="/api/defects/:id",method="GET",status="404"}'),
    ).toBe(1);
    expect(
      m.get('bulbcheck_http_requests_total{route="/api/fleet",method="PUT",status="200"}'),
    ).toBe(1);
    expect([...m.keys()].some((k) => k.includes("99999"))).toBe(false);
  });

  it("is an admin's, or a listed address's, and says what it needs", async () => {
    const anonymous = await scrape(t);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text).error.message).toContain("BULBCHECK_METRICS_ALLOW");
    expect((await scrape(t, viewer)).status).toBe(403);
    expect((await scrape(t, "not-a-token")).status).toBe(401);
    const listed = await scrape(open);
    expect(listed.status).toBe(200);
    expect(listed.text).toContain("bulbcheck_sse_clients 0");
  });
});
