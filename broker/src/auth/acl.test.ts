import { describe, expect, test } from "vitest";
import type { DevicePrincipal, ServicePrincipal } from "../credentials/principal.ts";
import { devicePublishTopic, mayLeaveWill, mayPublish, maySubscribe } from "./acl.ts";

const device: DevicePrincipal = {
  kind: "device",
  id: "lamp-1",
  site: "hotel-oslo",
  secretHash: "x",
};
const ingester: ServicePrincipal = {
  kind: "service",
  id: "ingester",
  secretHash: "x",
  publish: ["bulbcheck/v1/+/+/cmd/#"],
  subscribe: ["bulbcheck/v1/#"],
};

describe("device publish", () => {
  test("its own topics, every kind", () => {
    for (const kind of ["health", "report", "checkin", "resolve", "status"]) {
      expect(mayPublish(device, `bulbcheck/v1/hotel-oslo/lamp-1/${kind}`)).toBe(true);
    }
  });
  test.each([
    ["another device", "bulbcheck/v1/hotel-oslo/lamp-2/health"],
    ["another site", "bulbcheck/v1/store-bergen/lamp-1/health"],
    ["an unknown kind", "bulbcheck/v1/hotel-oslo/lamp-1/firmware"],
    ["its command topic", "bulbcheck/v1/hotel-oslo/lamp-1/cmd/reboot"],
    ["$SYS", "$SYS/broker/stats"],
    ["another version", "bulbcheck/v2/hotel-oslo/lamp-1/health"],
  ])("refused: %s", (_, topic) => {
    expect(mayPublish(device, topic)).toBe(false);
  });
  test("the parsed topic comes with the decision", () => {
    expect(devicePublishTopic(device, "bulbcheck/v1/hotel-oslo/lamp-1/report")).toEqual({
      site: "hotel-oslo",
      device: "lamp-1",
      kind: "report",
    });
    expect(devicePublishTopic(device, "bulbcheck/v1/hotel-oslo/lamp-2/report")).toBeUndefined();
  });
  test("ids outside the contract may publish nothing", () => {
    const slashed = { ...device, site: "hotel/oslo" };
    expect(mayPublish(slashed, "bulbcheck/v1/hotel/oslo/lamp-1/health")).toBe(false);
    expect(mayPublish({ ...device, id: "+" }, "bulbcheck/v1/hotel-oslo/+/health")).toBe(false);
  });
  test("a principal changed in place is judged by its new site", () => {
    const moved = { ...device };
    expect(mayPublish(moved, "bulbcheck/v1/hotel-oslo/lamp-1/health")).toBe(true);
    moved.site = "store-bergen";
    expect(mayPublish(moved, "bulbcheck/v1/hotel-oslo/lamp-1/health")).toBe(false);
    expect(mayPublish(moved, "bulbcheck/v1/store-bergen/lamp-1/health")).toBe(true);
  });
});

describe("device subscribe", () => {
  test("only below its own cmd/", () => {
    expect(maySubscribe(device, "bulbcheck/v1/hotel-oslo/lamp-1/cmd/#")).toBe(true);
    expect(maySubscribe(device, "bulbcheck/v1/hotel-oslo/lamp-1/cmd/reboot")).toBe(true);
    expect(maySubscribe(device, "bulbcheck/v1/hotel-oslo/lamp-1/cmd")).toBe(true);
  });
  test.each([
    "#",
    "$SYS/#",
    "bulbcheck/v1/#",
    "bulbcheck/v1/hotel-oslo/+/cmd/#",
    "bulbcheck/v1/hotel-oslo/lamp-1/#",
    "bulbcheck/v1/hotel-oslo/lamp-1/health",
    "bulbcheck/v1/hotel-oslo/lamp-2/cmd/#",
  ])("refused: %s", (filter) => {
    expect(maySubscribe(device, filter)).toBe(false);
  });
});

test("a device's will may only be its own status", () => {
  expect(mayLeaveWill(device, "bulbcheck/v1/hotel-oslo/lamp-1/status")).toBe(true);
  expect(mayLeaveWill(device, "bulbcheck/v1/hotel-oslo/lamp-1/health")).toBe(false);
  expect(mayLeaveWill(device, "bulbcheck/v1/hotel-oslo/lamp-2/status")).toBe(false);
  expect(mayLeaveWill(device, "alarm/everything")).toBe(false);
});

test("a service does exactly what its filters list", () => {
  expect(maySubscribe(ingester, "bulbcheck/v1/+/+/+")).toBe(true);
  expect(maySubscribe(ingester, "#")).toBe(false);
  expect(maySubscribe(ingester, "$SYS/#")).toBe(false);
  expect(mayPublish(ingester, "bulbcheck/v1/hotel-oslo/lamp-1/cmd/reboot")).toBe(true);
  expect(mayPublish(ingester, "bulbcheck/v1/hotel-oslo/lamp-1/health")).toBe(false);
  expect(mayPublish({ ...ingester, publish: ["#"] }, "$SYS/x")).toBe(false);
});
