import { describe, expect, it } from "vitest";
import { safeNext } from "../src/lib/server/next-path.ts";

/**
 * The way back after signing in, without a browser: every `next` is read as a browser would
 * read it, and only a path on this origin is kept, in the form a Location header can carry.
 */

const here = new URL("http://127.0.0.1:3000/login?next=x");

describe("the way back after signing in", () => {
  it.each([
    ["/sites/hotel-oslo", "/sites/hotel-oslo"],
    ["/defects?status=open&site=hotel-oslo#top", "/defects?status=open&site=hotel-oslo#top"],
    ["/defects?x=✓", "/defects?x=%E2%9C%93"],
    ["/\u00e6", "/%C3%A6"],
    ["/de\r\nfects", "/defects"],
    ["/de\tfects", "/defects"],
    ["  /defects  ", "/defects"],
    ["/a/../defects", "/defects"],
    ["/a\\b", "/a/b"],
  ])("keeps %j as %j", (next, expected) => {
    expect(safeNext(next, here)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "\u0000//evil.example",
    "\t//evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "https://evil.example/",
    "http://127.0.0.1:3001/",
    "javascript:alert(1)",
    "defects",
    "",
    null,
    undefined,
  ])("sends %j home", (next) => {
    expect(safeNext(next, here)).toBe("/");
  });
});
