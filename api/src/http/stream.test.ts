import {
  createApiClient,
  deviceTopic,
  parseStreamEvent,
  type StreamEvent,
  type StreamEventName,
} from "@bulbcheck/shared";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_TOKEN,
  hotelFleet,
  publish,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";

/** The live stream's events as the contract types them, through the real server and broker. */

const SITE = "hotel-oslo";
let t: TestSystem;
let pad: MqttClient;

beforeAll(async () => {
  t = await startTestSystem();
  const secrets = await t.provision(hotelFleet(SITE));
  pad = await t.connect(`${SITE}-pad`, secrets[`${SITE}-pad`] as string);
});

afterAll(async () => {
  await pad?.endAsync();
  await t?.stop();
});

/** A stream of the contract's events: each SSE event parsed with its schema, or a failure. */
async function openEvents(site?: string) {
  const api = createApiClient({ baseUrl: t.system.apiUrl, token: ADMIN_TOKEN });
  const controller = new AbortController();
  const response = await api.openStream(
    { query: site ? { site } : {} },
    { signal: controller.signal },
  );
  const reader = (response.body as ReadableStream<Uint8Array>)
    .pipeThrough(new TextDecoderStream())
    .getReader();
  const events: StreamEvent[] = [];
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: "", done: true }));
      if (done) return;
      buffer += value;
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf("\n\n");
        const lines = block.split("\n");
        const name = lines.find((l) => l.startsWith("event: "))?.slice(7);
        const data = lines.find((l) => l.startsWith("data: "))?.slice(6);
        if (name === undefined || data === undefined) continue;
        const event = parseStreamEvent(name, data);
        if (!event) throw new Error(`an event the contract refuses: ${name} ${data}`);
        events.push(event);
      }
    }
  })();
  const waitFor = async <E extends StreamEventName>(
    event: E,
    match: (e: Extract<StreamEvent, { event: E }>) => boolean = () => true,
  ): Promise<Extract<StreamEvent, { event: E }>> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found = events.find(
        (e): e is Extract<StreamEvent, { event: E }> =>
          e.event === event && match(e as Extract<StreamEvent, { event: E }>),
      );
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${event} event in ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  return {
    events,
    waitFor,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

describe("the live stream's typed events", () => {
  it("sends a defect, then the site's summary after it, each as the contract declares", async () => {
    const stream = await openEvents(SITE);
    await stream.waitFor("ready");
    await publish(pad, deviceTopic({ site: SITE, device: `${SITE}-pad`, kind: "report" }), {
      id: "r-1",
      asset: "elev-a-floor",
      fault: "spill",
      source: "staff",
    });
    const defect = await stream.waitFor("defect", (e) => e.data.defect.asset === "elev-a-floor");
    expect(defect.data).toMatchObject({ change: "opened", defect: { severity: "high" } });
    const summary = await stream.waitFor("site", (e) => e.data.site.openDefects > 0);
    expect(summary.data.site).toMatchObject({ id: SITE, status: "red", openDefects: 1 });
    expect(summary.data.site.bySeverity.high).toBe(1);
    // The summary comes after the change it counts.
    expect(stream.events.indexOf(summary)).toBeGreaterThan(stream.events.indexOf(defect));
    await stream.close();
  });

  it("sends an inspection when a checkpoint is checked", async () => {
    const stream = await openEvents();
    await stream.waitFor("ready");
    await publish(pad, deviceTopic({ site: SITE, device: `${SITE}-pad`, kind: "checkin" }), {
      id: "c-1",
      checkpoint: "elev-a-check",
      result: "ok",
      staff: "kari",
    });
    const inspection = await stream.waitFor("inspection");
    expect(inspection.data).toMatchObject({
      site: SITE,
      checkpoint: "elev-a-check",
      result: "ok",
      staff: "kari",
    });
    await stream.close();
  });
});
