import { describe, expect, it } from "vitest";
import { AddressRanges, normalizeAddress, parseAddress, parseRange, specialPurpose } from "./ip.ts";

const purposeOf = (text: string) => {
  const address = parseAddress(text);
  if (!address) throw new Error(`not an address: ${text}`);
  return specialPurpose(address);
};

describe("addresses and ranges", () => {
  it("reads IPv4, IPv6 (with an IPv4 tail, in brackets) and refuses what is neither", () => {
    expect(parseAddress("10.1.2.3")).toEqual({ family: 4, value: 0x0a010203n });
    expect(parseAddress("[::1]")).toEqual({ family: 6, value: 1n });
    expect(parseAddress("::ffff:127.0.0.1")).toEqual({ family: 6, value: 0xffff7f000001n });
    expect(parseAddress("fe80::1:2")?.value).toBe((0xfe80n << 112n) | 0x10002n);
    for (const text of ["2130706433", "0x7f.1", "127.1", "localhost", "1.2.3.4.5", ""])
      expect(parseAddress(text), text).toBeUndefined();
  });

  it("normalises IPv4-mapped and long IPv6 forms, and leaves other text alone", () => {
    expect(normalizeAddress("::ffff:10.0.0.7")).toBe("10.0.0.7");
    expect(normalizeAddress("2001:0db8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(normalizeAddress("not-an-address")).toBe("not-an-address");
  });

  it("matches ranges in both families, an IPv4-mapped address as its IPv4 one", () => {
    const ranges = AddressRanges.parse(["10.0.0.0/8", "192.168.1.7", "fd00::/8"]);
    expect(ranges.has("10.255.0.1")).toBe(true);
    expect(ranges.has("::ffff:10.0.0.1")).toBe(true);
    expect(ranges.has("11.0.0.1")).toBe(false);
    expect(ranges.has("192.168.1.7")).toBe(true);
    expect(ranges.has("192.168.1.8")).toBe(false);
    expect(ranges.has("fd12::1")).toBe(true);
    expect(ranges.has("fe80::1")).toBe(false);
    expect(ranges.has("garbage")).toBe(false);
    expect(() => AddressRanges.parse(["10.0.0.0/33"])).toThrow(/10\.0\.0\.0\/33/);
    expect(() => AddressRanges.parse(["example.com"])).toThrow(/example\.com/);
    expect(parseRange("10.1.2.3/8")).toEqual({ family: 4, base: 0x0a000000n, bits: 8 });
  });
});

describe("special-purpose addresses", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.1.2", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["64:ff9b::7f00:1", "loopback"],
    ["2002:7f00:1::", "loopback"],
    ["10.0.0.5", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.1", "private"],
    ["fd00::1", "private"],
    ["100.64.0.1", "shared"],
    ["169.254.169.254", "link-local"],
    ["fe80::1", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["ff02::1", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.1", "documentation"],
    ["2001:db8::1", "documentation"],
    ["198.18.0.1", "benchmarking"],
  ])("%s is %s", (text, purpose) => {
    expect(purposeOf(text)).toBe(purpose);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "%s is public",
    (text) => {
      expect(purposeOf(text)).toBeUndefined();
    },
  );
});
