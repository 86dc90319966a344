import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "./ids.ts";
import {
  ALL_DEVICE_MESSAGES,
  type DeviceTopic,
  deviceCommandPrefix,
  deviceTopic,
  isMessageKind,
  MESSAGE_KINDS,
  parseDeviceTopic,
  TOPIC_ROOT,
} from "./topics.ts";

const ID_63 = `a${"b".repeat(62)}`;
const ID_64 = `a${"b".repeat(63)}`;

const BAD_TOPIC_DETAIL = "expected bulbcheck/v1/{site}/{device}/{kind}";

describe("contract constants", () => {
  it("roots every topic at bulbcheck/v1 and lists exactly the five kinds of the contract", () => {
    expect(TOPIC_ROOT).toBe("bulbcheck/v1");
    expect([...MESSAGE_KINDS]).toEqual(["health", "report", "checkin", "resolve", "status"]);
    expect(ALL_DEVICE_MESSAGES).toBe("bulbcheck/v1/+/+/+");
  });

  it("isMessageKind accepts the five kinds and nothing else", () => {
    for (const kind of MESSAGE_KINDS) expect(isMessageKind(kind)).toBe(true);
    for (const other of ["cmd", "Health", "health ", "", "statuses", "#", "+"]) {
      expect(isMessageKind(other)).toBe(false);
    }
  });
});

describe("deviceTopic", () => {
  it("builds the contract topic", () => {
    expect(deviceTopic({ site: "hotel-oslo", device: "elev-a-sensor", kind: "health" })).toBe(
      "bulbcheck/v1/hotel-oslo/elev-a-sensor/health",
    );
  });

  it.each(MESSAGE_KINDS)("builds the %s topic", (kind) => {
    expect(deviceTopic({ site: "store-42", device: "pad-1", kind })).toBe(
      `bulbcheck/v1/store-42/pad-1/${kind}`,
    );
  });

  it("accepts ids at the edges of the pattern: one char, digits first, 63 chars", () => {
    expect(deviceTopic({ site: "7", device: ID_63, kind: "report" })).toBe(
      `bulbcheck/v1/7/${ID_63}/report`,
    );
    expect(deviceTopic({ site: "0-", device: "a--b", kind: "status" })).toBe(
      "bulbcheck/v1/0-/a--b/status",
    );
  });

  const invalidIds = [
    "",
    "Hotel-Oslo",
    "-hotel",
    "hotel_oslo",
    "hotel oslo",
    "hotel/oslo",
    "+",
    "#",
    "hotel.oslo",
    "hôtel",
    ID_64,
  ];

  it.each(invalidIds)("throws a RangeError naming the site for site id %j", (site) => {
    expect(() => deviceTopic({ site, device: "pad-1", kind: "report" })).toThrow(RangeError);
    expect(() => deviceTopic({ site, device: "pad-1", kind: "report" })).toThrow(
      `invalid site id: ${JSON.stringify(site)}`,
    );
  });

  it.each(invalidIds)("throws a RangeError naming the device for device id %j", (device) => {
    expect(() => deviceTopic({ site: "hotel-oslo", device, kind: "report" })).toThrow(RangeError);
    expect(() => deviceTopic({ site: "hotel-oslo", device, kind: "report" })).toThrow(
      `invalid device id: ${JSON.stringify(device)}`,
    );
  });
});

describe("parseDeviceTopic", () => {
  it.each(MESSAGE_KINDS)("accepts the %s kind", (kind) => {
    expect(parseDeviceTopic(`bulbcheck/v1/hotel-oslo/elev-a-sensor/${kind}`)).toEqual({
      ok: true,
      topic: { site: "hotel-oslo", device: "elev-a-sensor", kind },
    });
  });

  it("accepts 63-char and one-char ids", () => {
    expect(parseDeviceTopic(`bulbcheck/v1/${ID_63}/0/health`)).toEqual({
      ok: true,
      topic: { site: ID_63, device: "0", kind: "health" },
    });
  });

  describe("bad_topic", () => {
    it.each([
      ["empty topic", ""],
      ["root only", "bulbcheck/v1"],
      ["too few levels", "bulbcheck/v1/hotel-oslo/pad-1"],
      ["too many levels", "bulbcheck/v1/hotel-oslo/pad-1/health/extra"],
      ["trailing slash after the kind", "bulbcheck/v1/hotel-oslo/pad-1/health/"],
      ["leading slash", "/bulbcheck/v1/hotel-oslo/pad-1/health"],
      ["empty level inside the root", "bulbcheck//v1/hotel-oslo/pad-1/health"],
      ["extra empty level before the kind", "bulbcheck/v1/hotel-oslo/pad-1//health"],
      ["double slash everywhere", "bulbcheck//v1//hotel-oslo"],
      ["only slashes", "////"],
      ["wrong prefix", "bulb-check/v1/hotel-oslo/pad-1/health"],
      ["prefix in another case", "BulbCheck/v1/hotel-oslo/pad-1/health"],
      ["unknown version", "bulbcheck/v2/hotel-oslo/pad-1/health"],
      ["version spelled differently", "bulbcheck/V1/hotel-oslo/pad-1/health"],
      ["missing version", "bulbcheck/hotel-oslo/pad-1/health/x"],
      ["command topic of a device", "bulbcheck/v1/hotel-oslo/pad-1/cmd/reboot"],
      ["multi-level wildcard", "bulbcheck/v1/#"],
    ])("rejects %s", (_name, topic) => {
      expect(parseDeviceTopic(topic)).toEqual({
        ok: false,
        reason: "bad_topic",
        detail: BAD_TOPIC_DETAIL,
      });
    });
  });

  describe("bad_site", () => {
    it.each([
      ["empty site level", "bulbcheck/v1//pad-1/health"],
      ["uppercase", "bulbcheck/v1/Hotel-oslo/pad-1/health"],
      ["leading hyphen", "bulbcheck/v1/-hotel/pad-1/health"],
      ["64 chars", `bulbcheck/v1/${ID_64}/pad-1/health`],
      ["underscore", "bulbcheck/v1/hotel_oslo/pad-1/health"],
      ["space", "bulbcheck/v1/hotel oslo/pad-1/health"],
      ["single-level wildcard", "bulbcheck/v1/+/pad-1/health"],
      ["non-ASCII letter", "bulbcheck/v1/tromsø/pad-1/health"],
    ])("rejects %s", (_name, topic) => {
      expect(parseDeviceTopic(topic)).toEqual({
        ok: false,
        reason: "bad_site",
        detail: "site id is not valid",
      });
    });

    it("checks the site before the device and the kind", () => {
      const result = parseDeviceTopic("bulbcheck/v1/Bad/Bad/nope");
      expect(result.ok ? undefined : result.reason).toBe("bad_site");
    });
  });

  describe("bad_device", () => {
    it.each([
      ["empty device level", "bulbcheck/v1/hotel-oslo//health"],
      ["uppercase", "bulbcheck/v1/hotel-oslo/Elev-A-Sensor/health"],
      ["leading hyphen", "bulbcheck/v1/hotel-oslo/-pad/health"],
      ["64 chars", `bulbcheck/v1/hotel-oslo/${ID_64}/health`],
      ["dot", "bulbcheck/v1/hotel-oslo/pad.1/health"],
      ["single-level wildcard", "bulbcheck/v1/hotel-oslo/+/health"],
    ])("rejects %s", (_name, topic) => {
      expect(parseDeviceTopic(topic)).toEqual({
        ok: false,
        reason: "bad_device",
        detail: "device id is not valid",
      });
    });

    it("accepts a 63-char device id, the longest allowed", () => {
      expect(parseDeviceTopic(`bulbcheck/v1/hotel-oslo/${ID_63}/health`)).toEqual({
        ok: true,
        topic: { site: "hotel-oslo", device: ID_63, kind: "health" },
      });
    });

    it("checks the device before the kind", () => {
      const result = parseDeviceTopic("bulbcheck/v1/hotel-oslo/Bad/nope");
      expect(result.ok ? undefined : result.reason).toBe("bad_device");
    });
  });

  describe("unknown_kind", () => {
    it.each([
      ["a command prefix", "bulbcheck/v1/hotel-oslo/pad-1/cmd"],
      ["uppercase kind", "bulbcheck/v1/hotel-oslo/pad-1/Health"],
      ["plural", "bulbcheck/v1/hotel-oslo/pad-1/reports"],
      ["empty kind level", "bulbcheck/v1/hotel-oslo/pad-1/"],
      ["wildcard", "bulbcheck/v1/hotel-oslo/pad-1/+"],
    ])("rejects %s", (_name, topic) => {
      expect(parseDeviceTopic(topic)).toEqual({
        ok: false,
        reason: "unknown_kind",
        detail: "kind must be one of health, report, checkin, resolve, status",
      });
    });
  });

  describe("round trip", () => {
    it("parses every built topic back to what it was built from", () => {
      for (const kind of MESSAGE_KINDS) {
        const topic: DeviceTopic = { site: "hotel-oslo", device: ID_63, kind };
        expect(parseDeviceTopic(deviceTopic(topic))).toEqual({ ok: true, topic });
      }
    });

    it("holds for any valid ids (property)", () => {
      const id = fc.stringMatching(ID_PATTERN);
      fc.assert(
        fc.property(id, id, fc.constantFrom(...MESSAGE_KINDS), (site, device, kind) => {
          const topic: DeviceTopic = { site, device, kind };
          expect(parseDeviceTopic(deviceTopic(topic))).toEqual({ ok: true, topic });
        }),
      );
    });
  });
});

describe("deviceCommandPrefix", () => {
  it("refuses ids that would make it a wildcard filter", () => {
    expect(() => deviceCommandPrefix("+", "pad-3")).toThrow(RangeError);
    expect(() => deviceCommandPrefix("store-7", "#")).toThrow(RangeError);
  });

  it("is the cmd level under the device's own topic", () => {
    expect(deviceCommandPrefix("hotel-oslo", "elev-a-pad")).toBe(
      "bulbcheck/v1/hotel-oslo/elev-a-pad/cmd",
    );
  });

  it("shares the device's publish prefix", () => {
    const publish = deviceTopic({ site: "store-7", device: "pad-3", kind: "report" });
    const prefix = deviceCommandPrefix("store-7", "pad-3");
    expect(publish.slice(0, publish.lastIndexOf("/"))).toBe(
      prefix.slice(0, prefix.lastIndexOf("/")),
    );
  });

  it("is not a topic a device may publish to", () => {
    const prefix = deviceCommandPrefix("hotel-oslo", "elev-a-pad");
    expect(parseDeviceTopic(prefix)).toMatchObject({ ok: false, reason: "unknown_kind" });
    expect(parseDeviceTopic(`${prefix}/reboot`)).toMatchObject({ ok: false, reason: "bad_topic" });
  });
});
