import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ID_PATTERN, isValidId } from "./ids.ts";
import {
  deviceCommandPrefix,
  deviceTopic,
  isMessageKind,
  MESSAGE_KINDS,
  parseDeviceTopic,
  TOPIC_ROOT,
} from "./topics.ts";

/**
 * The topic parser on any string: it never throws, it accepts exactly the contract's shape, and
 * what it accepts builds back to the same topic. The builders refuse ids outside the contract
 * with a RangeError, the one error they document.
 */

const CONTRACT =
  /^bulbcheck\/v1\/[a-z0-9][a-z0-9-]{0,62}\/[a-z0-9][a-z0-9-]{0,62}\/(health|report|checkin|resolve|status)$/;

const validId = fc.stringMatching(ID_PATTERN);
const oddId = fc.oneof(
  fc.string({ maxLength: 70 }),
  fc.constantFrom("", "+", "#", "/", "a/b", "-a", "A", "a b", "a".repeat(64), "\u0000", "é"),
);
const anyId = fc.oneof(validId, oddId);
const kind = fc.constantFrom(...MESSAGE_KINDS);

/** Topics near the contract's shape, and far from it. */
const topic = fc.oneof(
  fc
    .tuple(anyId, anyId, fc.oneof(kind, fc.string({ maxLength: 10 })))
    .map((levels) => [TOPIC_ROOT, ...levels].join("/")),
  fc
    .array(fc.oneof(anyId, fc.constantFrom("bulbcheck", "v1", "v2", "+", "#", "")), {
      maxLength: 8,
    })
    .map((levels) => levels.join("/")),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 100 }),
  fc.nat({ max: 1000 }).map((n) => `${TOPIC_ROOT}/${"a/".repeat(n)}health`),
);

describe("parseDeviceTopic", () => {
  it("never throws, and accepts exactly the contract's topics", () => {
    fc.assert(
      fc.property(topic, (text) => {
        const parsed = parseDeviceTopic(text);
        expect(parsed.ok).toBe(CONTRACT.test(text));
        if (parsed.ok) {
          expect(deviceTopic(parsed.topic)).toBe(text);
        } else {
          expect(["bad_topic", "bad_site", "bad_device", "unknown_kind"]).toContain(parsed.reason);
          expect(parsed.detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("names the first level at fault", () => {
    fc.assert(
      fc.property(anyId, anyId, fc.oneof(kind, fc.string({ maxLength: 10 })), (site, device, k) => {
        fc.pre(![site, device, k].some((level) => level.includes("/")));
        const parsed = parseDeviceTopic(`${TOPIC_ROOT}/${site}/${device}/${k}`);
        const expected = !isValidId(site)
          ? "bad_site"
          : !isValidId(device)
            ? "bad_device"
            : !isMessageKind(k)
              ? "unknown_kind"
              : undefined;
        expect(parsed.ok ? undefined : parsed.reason).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("topic builders", () => {
  it("build what the parser reads back, for every valid id and kind", () => {
    fc.assert(
      fc.property(validId, validId, kind, (site, device, k) => {
        const built = deviceTopic({ site, device, kind: k });
        expect(parseDeviceTopic(built)).toEqual({ ok: true, topic: { site, device, kind: k } });
        expect(deviceCommandPrefix(site, device)).toBe(`${TOPIC_ROOT}/${site}/${device}/cmd`);
      }),
      { numRuns: 1000 },
    );
  });

  it("refuse any other id with a RangeError, so that no id widens a topic or filter", () => {
    fc.assert(
      fc.property(anyId, anyId, kind, (site, device, k) => {
        const valid = isValidId(site) && isValidId(device);
        for (const build of [
          () => deviceTopic({ site, device, kind: k }),
          () => deviceCommandPrefix(site, device),
        ]) {
          if (valid) expect(build).not.toThrow();
          else expect(build).toThrow(RangeError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
