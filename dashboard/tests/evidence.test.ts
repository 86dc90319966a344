import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  hotelFleet,
  publish,
  WAIT_MS,
} from "@bulbcheck/api/testing";
import { type SmtpReceiver, startSmtpReceiver } from "@bulbcheck/api/testing/receivers";
import type { MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./browser.ts";
import { DashboardHarness } from "./fixture.ts";

/**
 * Evidence from every source, as people see it: the QR page's reference, "Already reported" for
 * a fault staff know of, the offer to be e-mailed once it is fixed (SMTP set), likely faults
 * first; and on the site board and the defect page, "Confirmed", a suspect sensor, and a sensor's
 * fault minutes after a passed round.
 */

const SITE = "hotel-oslo";
const SENSOR = `${SITE}-sensor`;
const PAD = `${SITE}-pad`;
const ADMIN = { username: ADMIN_USERNAME, password: ADMIN_PASSWORD };
const MINUTE = 60_000;
const topic = (device: string, kind: string) => `bulbcheck/v1/${SITE}/${device}/${kind}`;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

let smtp: SmtpReceiver;
let h: DashboardHarness;
let sensor: MqttClient;
let pad: MqttClient;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  h = await DashboardHarness.start({
    system: { notify: { smtp: { url: smtp.url, from: "Bulb Check <bulbcheck@example.test>" } } },
  });
  const fleet = hotelFleet(SITE);
  const zone = fleet.sites[0]?.zones?.[0];
  zone?.assets?.push({ id: "elev-a-spot", name: "Spot light", category: "lighting" });
  zone?.checkpoints?.[0]?.assets?.push("elev-a-spot");
  const watcher = fleet.sites[0]?.devices?.[0] as { watches: string[] };
  watcher.watches.push("elev-a-spot");
  const secrets = await h.t.provision(fleet);
  sensor = await h.t.connect(SENSOR, secrets[SENSOR] as string);
  pad = await h.t.connect(PAD, secrets[PAD] as string);
});

afterAll(async () => {
  await Promise.all([sensor?.endAsync(), pad?.endAsync()]);
  await h?.stop();
  await smtp?.close();
});

async function reportPath(asset: string): Promise<string> {
  const key = await h.t.api("GET", `/api/sites/${SITE}/assets/${asset}/report-key`);
  expect(key.status).toBe(200);
  return key.body.path;
}

async function open(asset: string) {
  const res = await h.t.api("GET", `/api/defects?site=${SITE}&asset=${asset}&status=unresolved`);
  return res.body.items as { id: number; fault: string; confirmed: boolean }[];
}

describe("the QR page keeps the customer informed", () => {
  it("a customer's QR report of bulb_out on an asset whose sensor said ok a minute earlier raises sensor_suspect; a second customer sees Already reported", async () => {
    await publish(sensor, topic(SENSOR, "health"), {
      id: "ok-1",
      asset: "elev-a-btn-12",
      state: "ok",
      ts: ago(MINUTE),
    });
    const path = await reportPath("elev-a-btn-12");
    const first = await h.open(path, "phone");
    await expect.poll(() => first.locator("h1").textContent()).toBe("Button 12 light");
    // A lighting asset: its lighting faults come first, "something else" last.
    const faults = await first.locator(".faults button").allTextContents();
    expect(faults.slice(0, 2)).toEqual(["Light is out", "Light flickers"]);
    expect(faults.at(-1)).toBe("Something else");
    await first
      .getByText("We write once, when it is fixed, and keep your address only until then.")
      .waitFor();
    await first.fill('input[name="email"]', "guest@example.test");
    await screenshot(first, "phone-r-report-email");
    await first.getByRole("button", { name: "Light is out" }).click();
    await first.getByText("Thank you!").waitFor();
    const reference = await first.getByTestId("reference").textContent();
    expect(reference).toMatch(/^D-\d+$/);
    await first
      .getByText("We will e-mail you once when it is fixed, then delete your address.")
      .waitFor();
    await screenshot(first, "phone-r-thanks-reference");

    const defects = await open("elev-a-btn-12");
    expect(defects.map((d) => d.fault).sort()).toEqual(["bulb_out", "sensor_suspect"]);
    expect(`D-${defects.find((d) => d.fault === "bulb_out")?.id}`).toBe(reference);

    const second = await h.open(path, "phone");
    await second.getByRole("button", { name: "Light is out" }).click();
    await second.getByText("Already reported", { exact: true }).waitFor();
    expect(await second.getByTestId("already-reported").textContent()).toMatch(
      /^Already reported (a moment|\d+ minutes?) ago; staff are on it\./,
    );
    expect(await second.getByTestId("reference").textContent()).toBe(reference);
    expect(await second.getByText("Thank you!").count()).toBe(0);
    await screenshot(second, "phone-r-already-reported");
    // Still one defect of the fault, and one suspect sensor.
    expect((await open("elev-a-btn-12")).length).toBe(2);
    await first.close();
    await second.close();
  });
});

describe("evidence on the board and the defect page", () => {
  it("shows Confirmed, the suspect sensor and the round-quality mark", async () => {
    // Confirmed: the sensor and a customer by QR code on the lamp.
    await publish(sensor, topic(SENSOR, "health"), {
      id: "lamp-out",
      asset: "elev-a-lamp",
      state: "fault",
      fault: "bulb_out",
    });
    const guest = await h.open(await reportPath("elev-a-lamp"), "phone");
    await guest.getByRole("button", { name: "Light is out" }).click();
    await guest.getByText("Already reported", { exact: true }).waitFor();
    await guest.close();
    expect((await open("elev-a-lamp"))[0]).toMatchObject({ confirmed: true });
    // A round passed the spot light 12 minutes before its sensor saw it out.
    await publish(pad, topic(PAD, "checkin"), {
      id: "round-1",
      checkpoint: "elev-a-check",
      result: "ok",
      staff: "kari",
      ts: ago(12 * MINUTE),
    });
    await publish(sensor, topic(SENSOR, "health"), {
      id: "spot-out",
      asset: "elev-a-spot",
      state: "fault",
      fault: "bulb_out",
    });

    const board = await h.signIn(ADMIN, `/sites/${SITE}`);
    const table = board.getByTestId("defect-table");
    await table
      .getByText(`Sensor ${SENSOR} may be wrong: a customer reported bulb out while it said ok`)
      .waitFor({ timeout: WAIT_MS });
    await table.getByText("Confirmed: sensor + QR").waitFor();
    await table
      .getByText(/^Passed the \d\d:\d\d round \(Elevator A\) by kari 12 minutes before$/)
      .waitFor();
    await screenshot(board, "laptop-board-evidence");

    const suspect = (await open("elev-a-btn-12")).find((d) => d.fault === "sensor_suspect");
    await board.goto(`${h.url}/defects/${suspect?.id}`);
    const panel = board.getByTestId("evidence");
    await panel.getByText(`Sensor ${SENSOR} may be wrong`, { exact: false }).waitFor();
    await panel.getByText("The report it contradicts:", { exact: false }).waitFor();
    await screenshot(board, "laptop-defect-sensor-suspect");

    const phone = await h.signIn(ADMIN, `/sites/${SITE}`, "phone");
    await phone.getByTestId("defect-table").getByText("Confirmed: sensor + QR").waitFor();
    await screenshot(phone, "phone-board-evidence");
    await phone.close();
    await board.close();
  });
});
