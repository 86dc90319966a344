import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ProxyParse,
  parseProxyHeader,
  startsLikeProxyHeader,
  V2_MAX_BYTES,
} from "./proxy-header.ts";

/** HAProxy's proxy-protocol.txt, §2.1 (v1) and §2.2 (v2), case by case. */

const SIGNATURE = Buffer.from("0d0a0d0a000d0a515549540a", "hex");

/** A v2 header: version/command byte, family/transport byte, then the body (length prefixed). */
function v2(versionCommand: number, familyTransport: number, body: Uint8Array): Buffer {
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length);
  return Buffer.concat([SIGNATURE, Buffer.from([versionCommand, familyTransport]), length, body]);
}

function ports(source: number, destination: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt16BE(source, 0);
  out.writeUInt16BE(destination, 2);
  return out;
}

const ipv4Body = Buffer.concat([Buffer.from([127, 0, 0, 2, 10, 0, 0, 1]), ports(50123, 1883)]);

function header(result: ProxyParse) {
  if (result.kind !== "header") throw new Error(`not a header: ${JSON.stringify(result)}`);
  return result;
}

describe("v1, the text line", () => {
  it("reads TCP4 with its addresses and ports, and says where the client's bytes begin", () => {
    const line = "PROXY TCP4 127.0.0.2 10.0.0.1 50123 1883\r\n";
    const result = header(parseProxyHeader(Buffer.from(`${line}\x10\x0c`, "latin1")));
    expect(result.length).toBe(line.length);
    expect(result.header).toEqual({
      version: 1,
      command: "proxy",
      family: "tcp4",
      source: { address: "127.0.0.2", port: 50123 },
      destination: { address: "10.0.0.1", port: 1883 },
    });
  });

  it("reads TCP6, the addresses as RFC 5952 writes them, IPv4-mapped ones as IPv4", () => {
    const result = header(
      parseProxyHeader(Buffer.from("PROXY TCP6 2001:DB8:0:0:0:0:0:1 ::ffff:10.0.0.1 1 65535\r\n")),
    );
    expect(result.header).toMatchObject({
      family: "tcp6",
      source: { address: "2001:db8::1", port: 1 },
      destination: { address: "10.0.0.1", port: 65535 },
    });
  });

  it("takes UNKNOWN with anything after it, and keeps the connection's own address", () => {
    for (const line of ["PROXY UNKNOWN\r\n", "PROXY UNKNOWN ffff::1 ffff::2 1 2\r\n"])
      expect(header(parseProxyHeader(Buffer.from(line))).header).toEqual({
        version: 1,
        command: "unknown",
      });
  });

  it("waits for the rest of a line that has not all arrived", () => {
    const line = "PROXY TCP4 127.0.0.2 10.0.0.1 50123 1883\r\n";
    for (let n = 1; n < line.length; n++)
      expect(parseProxyHeader(Buffer.from(line.slice(0, n))).kind, line.slice(0, n)).toBe(
        "incomplete",
      );
  });

  it.each([
    ["a protocol it does not know", "PROXY UDP4 127.0.0.2 10.0.0.1 1 2\r\n"],
    ["an IPv6 address under TCP4", "PROXY TCP4 ::1 10.0.0.1 1 2\r\n"],
    ["an IPv4 address under TCP6", "PROXY TCP6 127.0.0.1 ::1 1 2\r\n"],
    ["a name for an address", "PROXY TCP4 localhost 10.0.0.1 1 2\r\n"],
    ["a port over 65535", "PROXY TCP4 127.0.0.2 10.0.0.1 65536 2\r\n"],
    ["a port with a leading zero", "PROXY TCP4 127.0.0.2 10.0.0.1 080 2\r\n"],
    ["a missing field", "PROXY TCP4 127.0.0.2 10.0.0.1 1\r\n"],
    ["a field too many", "PROXY TCP4 127.0.0.2 10.0.0.1 1 2 3\r\n"],
    ["two spaces", "PROXY TCP4  127.0.0.2 10.0.0.1 1 2\r\n"],
    ["a bare LF", "PROXY TCP4 127.0.0.2 10.0.0.1 1 2\n"],
  ])("refuses %s", (_what, line) => {
    expect(parseProxyHeader(Buffer.from(line)).kind).toBe("invalid");
  });

  it("refuses a line that has no CRLF within 107 bytes, without waiting for more", () => {
    const long = Buffer.from(`PROXY UNKNOWN ${"x".repeat(200)}`);
    expect(parseProxyHeader(long.subarray(0, 106)).kind).toBe("incomplete");
    expect(parseProxyHeader(long.subarray(0, 107))).toMatchObject({ kind: "invalid" });
    // The longest line the spec allows (107 bytes with its CRLF) is taken.
    const longest = `PROXY UNKNOWN ${"x".repeat(107 - 16)}\r\n`;
    expect(longest.length).toBe(107);
    expect(parseProxyHeader(Buffer.from(longest)).kind).toBe("header");
  });
});

describe("v2, the binary header", () => {
  it("reads PROXY over TCP/IPv4, and ignores the TLVs after the addresses", () => {
    const tlv = Buffer.from([0x01, 0x00, 0x02, 0x68, 0x32]); // PP2_TYPE_ALPN "h2"
    const bytes = v2(0x21, 0x11, Buffer.concat([ipv4Body, tlv]));
    const result = header(parseProxyHeader(Buffer.concat([bytes, Buffer.from([0x10])])));
    expect(result.length).toBe(bytes.length);
    expect(result.header).toEqual({
      version: 2,
      command: "proxy",
      family: "tcp4",
      source: { address: "127.0.0.2", port: 50123 },
      destination: { address: "10.0.0.1", port: 1883 },
    });
  });

  it("reads PROXY over TCP/IPv6", () => {
    const source = Buffer.from("20010db8000000000000000000000001", "hex");
    const mapped = Buffer.from("00000000000000000000ffff0a000001", "hex");
    const bytes = v2(0x21, 0x21, Buffer.concat([source, mapped, ports(443, 8883)]));
    expect(header(parseProxyHeader(bytes)).header).toMatchObject({
      family: "tcp6",
      source: { address: "2001:db8::1", port: 443 },
      destination: { address: "10.0.0.1", port: 8883 },
    });
  });

  it("takes LOCAL (the proxy's own health check) whatever its address block says", () => {
    expect(header(parseProxyHeader(v2(0x20, 0x00, Buffer.alloc(0)))).header).toEqual({
      version: 2,
      command: "local",
    });
    expect(header(parseProxyHeader(v2(0x20, 0x11, ipv4Body))).header.command).toBe("local");
  });

  it("takes UNSPEC and UNIX as unknown: the connection's own address stands", () => {
    expect(header(parseProxyHeader(v2(0x21, 0x00, Buffer.alloc(0)))).header.command).toBe(
      "unknown",
    );
    expect(header(parseProxyHeader(v2(0x21, 0x31, Buffer.alloc(216)))).header.command).toBe(
      "unknown",
    );
  });

  it("waits for the rest of a header that has not all arrived", () => {
    const bytes = v2(0x21, 0x11, ipv4Body);
    for (let n = 1; n < bytes.length; n++)
      expect(parseProxyHeader(bytes.subarray(0, n)).kind, `${n} bytes`).toBe("incomplete");
  });

  it.each([
    ["version 1 in the binary form", v2(0x11, 0x11, ipv4Body)],
    ["a command other than LOCAL and PROXY", v2(0x22, 0x11, ipv4Body)],
    ["an unknown family", v2(0x21, 0x41, ipv4Body)],
    ["an unknown transport", v2(0x21, 0x13, ipv4Body)],
    ["UDP on a TCP listener", v2(0x21, 0x12, ipv4Body)],
    ["a length shorter than its addresses", v2(0x21, 0x21, ipv4Body)],
  ])("refuses %s", (_what, bytes) => {
    expect(parseProxyHeader(bytes).kind).toBe("invalid");
  });

  it(`refuses a header announcing more than ${V2_MAX_BYTES} bytes from its fixed part`, () => {
    const fixed = v2(0x21, 0x11, Buffer.alloc(V2_MAX_BYTES)).subarray(0, 16);
    expect(parseProxyHeader(fixed)).toMatchObject({ kind: "invalid" });
    const largest = v2(0x21, 0x11, Buffer.concat([ipv4Body, Buffer.alloc(V2_MAX_BYTES - 28)]));
    expect(header(parseProxyHeader(largest)).length).toBe(V2_MAX_BYTES);
  });
});

describe("what is not a header", () => {
  it("says none for MQTT's CONNECT and TLS's ClientHello, and they do not look like one", () => {
    for (const first of [Buffer.from([0x10, 0x0c, 0x00]), Buffer.from([0x16, 0x03, 0x01])]) {
      expect(parseProxyHeader(first).kind).toBe("none");
      expect(startsLikeProxyHeader(first)).toBe(false);
    }
  });

  it("sees the start of either version in the first bytes, however few", () => {
    expect(startsLikeProxyHeader(Buffer.from("P"))).toBe(true);
    expect(startsLikeProxyHeader(Buffer.from("PROXY TCP4 "))).toBe(true);
    expect(startsLikeProxyHeader(SIGNATURE.subarray(0, 1))).toBe(true);
    expect(startsLikeProxyHeader(Buffer.from("PRO_"))).toBe(false);
    expect(startsLikeProxyHeader(Buffer.alloc(0))).toBe(false);
  });

  it("never throws, and never reads past a v1 line's 107 bytes or a v2 header's limit", () => {
    const prefixes = fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from("PROXY "),
      Buffer.from("PROXY TCP4 "),
      SIGNATURE,
      Buffer.concat([SIGNATURE, Buffer.from([0x21, 0x11])]),
    );
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 1200 }), (prefix, rest) => {
        const bytes = Buffer.concat([prefix, rest]);
        const result = parseProxyHeader(bytes);
        if (result.kind === "header") expect(result.length).toBeLessThanOrEqual(V2_MAX_BYTES);
        if (result.kind === "incomplete") expect(bytes.length).toBeLessThan(V2_MAX_BYTES);
      }),
      { numRuns: 2000 },
    );
  });
});
