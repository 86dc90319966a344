import { describe, expect, test } from "vitest";
import { filterCovers, topicMatches } from "./topic-filter.ts";

describe("filterCovers", () => {
  test.each([
    ["a/b/c", "a/b/c", true],
    ["a/b/c", "a/b", false],
    ["a/b", "a/b/c", false],
    ["a/+/c", "a/x/c", true],
    ["a/+/c", "a/+/c", true],
    ["a/+/c", "a/#", false],
    ["a/#", "a", true],
    ["a/#", "a/b/c/d", true],
    ["a/#", "a/+/#", true],
    ["a/b/#", "a/+/c", false],
    ["#", "anything/at/all", true],
    ["#", "$SYS/broker", false],
    ["+/x", "$SYS/x", false],
    ["$SYS/#", "$SYS/broker/stats", true],
  ])("%s covers %s: %s", (allowed, filter, expected) => {
    expect(filterCovers(allowed, filter)).toBe(expected);
  });
});

test("topicMatches treats the topic literally", () => {
  expect(topicMatches("bulbcheck/v1/+/+/+", "bulbcheck/v1/s/d/health")).toBe(true);
  expect(topicMatches("bulbcheck/v1/+/+/+", "bulbcheck/v1/s/d/cmd/x")).toBe(false);
});
