import { expect, it } from "vitest";
import { AddressList, unmapped } from "./address-list.ts";

it("holds addresses and ranges of both families, IPv4-mapped clients as IPv4", () => {
  const list = AddressList.parse(["127.0.0.1", "10.0.0.0/24", "fd00::/8", "::1"]);
  expect(list.has("127.0.0.1")).toBe(true);
  expect(list.has("::ffff:127.0.0.1")).toBe(true);
  expect(list.has("10.0.0.77")).toBe(true);
  expect(list.has("::ffff:10.0.0.77")).toBe(true);
  expect(list.has("10.0.1.1")).toBe(false);
  expect(list.has("127.0.0.2")).toBe(false);
  expect(list.has("fd12:3456::1")).toBe(true);
  expect(list.has("::1")).toBe(true);
  expect(list.has("fe80::1")).toBe(false);
  expect(list.has(undefined)).toBe(false);
  expect(list.has("not an address")).toBe(false);
});

it("says what is wrong with an entry", () => {
  expect(AddressList.problemOf("10.0.0.0/8")).toBeUndefined();
  expect(AddressList.problemOf("proxy.local")).toContain("not an IP address");
  expect(AddressList.problemOf("10.0.0.0/33")).toContain("0-32");
  expect(AddressList.problemOf("::/129")).toContain("0-128");
  expect(AddressList.problemOf("10.0.0.0/8/8")).toContain("not an IP address");
  expect(() => AddressList.parse(["10.0.0.1", "x"])).toThrow('"x"');
});

it("takes ::ffff:a.b.c.d as a.b.c.d and leaves other addresses as they are", () => {
  expect(unmapped("::ffff:10.1.2.3")).toBe("10.1.2.3");
  expect(unmapped("::1")).toBe("::1");
  expect(unmapped("10.1.2.3")).toBe("10.1.2.3");
});
