import { isIPv4, isIPv6 } from "node:net";

/**
 * The PROXY protocol header a proxy in front (HAProxy `send-proxy` / `send-proxy-v2`, nginx
 * `proxy_protocol on`) writes before anything of its client's, in either version of HAProxy's
 * specification ("The PROXY protocol", versions 1 and 2, haproxy.org/download/3.0/doc/
 * proxy-protocol.txt; §2.1 the human-readable header, §2.2 the binary one). Pure: bytes in, a
 * header or a reason out, so that every case is tested without a socket.
 */

/** Where the proxy's client connected from, and to. */
export interface ProxyEndpoints {
  family: "tcp4" | "tcp6";
  source: { address: string; port: number };
  destination: { address: string; port: number };
}

export type ProxyHeader =
  | ({ version: 1 | 2; command: "proxy" } & ProxyEndpoints)
  /**
   * The proxy's own connection (v2 LOCAL: a health check), or a client whose address it does not
   * know or that is neither TCP over IPv4 nor IPv6 (v1 UNKNOWN, v2 UNSPEC or UNIX): the
   * connection's own address stands (§2.1, §2.2).
   */
  | { version: 1 | 2; command: "local" | "unknown" };

export type ProxyParse =
  /** Bytes so far begin a header; more are needed. */
  | { kind: "incomplete" }
  /** A whole header in the first `length` bytes; what follows is the client's. */
  | { kind: "header"; header: ProxyHeader; length: number }
  /** Not a header (`none`: no signature at all), or a broken one. */
  | { kind: "invalid"; reason: string }
  | { kind: "none" };

/** §2.1: "PROXY" and a space; a v1 line is 107 bytes at most, CRLF included. */
const V1_PREFIX = Buffer.from("PROXY ", "latin1");
const V1_MAX_BYTES = 107;
/** §2.2: the 12-byte signature, then version/command, family/transport and a 16-bit length. */
const V2_SIGNATURE = Buffer.from([
  0x0d, 0x0a, 0x0d, 0x0a, 0x00, 0x0d, 0x0a, 0x51, 0x55, 0x49, 0x54, 0x0a,
]);
const V2_FIXED_BYTES = 16;
/**
 * Largest v2 header taken, TLVs included: the addresses take 216 bytes at most (AF_UNIX), and
 * what HAProxy adds (ALPN, authority, SSL details, a unique id) fits well within; the 64 KiB the
 * length field allows is not held for anyone.
 */
export const V2_MAX_BYTES = 1024;

/** Whether `bytes`, as far as they go, are the start of a PROXY header of either version. */
export function startsLikeProxyHeader(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  return prefixOf(bytes, V1_PREFIX) || prefixOf(bytes, V2_SIGNATURE);
}

/**
 * Reads a PROXY header from the first bytes of a connection.
 * @example
 * parseProxyHeader(Buffer.from("PROXY TCP4 10.0.0.7 10.0.0.1 50123 8883\r\n"));
 * // { kind: "header", length: 41, header: { version: 1, command: "proxy", family: "tcp4",
 * //   source: { address: "10.0.0.7", port: 50123 }, destination: {...} } }
 */
export function parseProxyHeader(bytes: Uint8Array): ProxyParse {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (prefixOf(buffer, V2_SIGNATURE))
    return buffer.length < V2_SIGNATURE.length ? { kind: "incomplete" } : parseV2(buffer);
  if (prefixOf(buffer, V1_PREFIX))
    return buffer.length < V1_PREFIX.length ? { kind: "incomplete" } : parseV1(buffer);
  return { kind: "none" };
}

/** Whether `bytes` and `signature` agree on the bytes both have. */
function prefixOf(bytes: Uint8Array, signature: Buffer): boolean {
  const n = Math.min(bytes.length, signature.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== signature[i]) return false;
  return true;
}

function parseV1(buffer: Buffer): ProxyParse {
  const end = buffer.subarray(0, V1_MAX_BYTES).indexOf("\r\n", 0, "latin1");
  if (end < 0)
    return buffer.length >= V1_MAX_BYTES
      ? { kind: "invalid", reason: `v1 line without CRLF in ${V1_MAX_BYTES} bytes` }
      : buffer.includes(0x0a)
        ? { kind: "invalid", reason: "v1 line ends without CR" }
        : { kind: "incomplete" };
  const length = end + 2;
  const line = buffer.toString("latin1", 0, end);
  const parts = line.split(" ");
  const protocol = parts[1];
  // §2.1: UNKNOWN may be followed by anything, which the receiver ignores.
  if (protocol === "UNKNOWN")
    return { kind: "header", length, header: { version: 1, command: "unknown" } };
  if (protocol !== "TCP4" && protocol !== "TCP6")
    return { kind: "invalid", reason: `v1 protocol ${JSON.stringify(protocol ?? "")}` };
  if (parts.length !== 6) return { kind: "invalid", reason: "v1 line is not 6 fields" };
  const [, , sourceText = "", destinationText = "", sourcePort = "", destinationPort = ""] = parts;
  const isFamily = protocol === "TCP4" ? isIPv4 : isIPv6;
  if (!isFamily(sourceText) || !isFamily(destinationText))
    return { kind: "invalid", reason: `v1 addresses are not ${protocol}` };
  const ports = [port(sourcePort), port(destinationPort)];
  if (ports[0] === undefined || ports[1] === undefined)
    return { kind: "invalid", reason: "v1 port is not 0-65535" };
  const family = protocol === "TCP4" ? "tcp4" : "tcp6";
  return {
    kind: "header",
    length,
    header: {
      version: 1,
      command: "proxy",
      family,
      source: { address: canonical(sourceText, family), port: ports[0] },
      destination: { address: canonical(destinationText, family), port: ports[1] },
    },
  };
}

/** A decimal port, as §2.1 writes it: digits only, no leading zero, 0-65535. */
function port(text: string): number | undefined {
  if (!/^(0|[1-9][0-9]{0,4})$/.test(text)) return undefined;
  const value = Number(text);
  return value <= 65_535 ? value : undefined;
}

// §2.2: the low nibble of byte 13 is the command, the high nibble of byte 14 the family and its
// low nibble the transport.
const LOCAL = 0x0;
const PROXY = 0x1;
const AF_UNSPEC = 0x0;
const AF_INET = 0x1;
const AF_INET6 = 0x2;
const AF_UNIX = 0x3;
const STREAM = 0x1;
/** Bytes of the address block by family: two addresses and two ports; AF_UNIX two paths. */
const ADDRESS_BYTES: Record<number, number> = {
  [AF_UNSPEC]: 0,
  [AF_INET]: 12,
  [AF_INET6]: 36,
  [AF_UNIX]: 216,
};

function parseV2(buffer: Buffer): ProxyParse {
  if (buffer.length < V2_FIXED_BYTES) return { kind: "incomplete" };
  const versionCommand = buffer[12] as number;
  const familyTransport = buffer[13] as number;
  const length = V2_FIXED_BYTES + buffer.readUInt16BE(14);
  if (versionCommand >> 4 !== 0x2)
    return { kind: "invalid", reason: `v2 version ${versionCommand >> 4}` };
  const command = versionCommand & 0x0f;
  if (command !== LOCAL && command !== PROXY)
    return { kind: "invalid", reason: `v2 command ${command}` };
  if (length > V2_MAX_BYTES)
    return { kind: "invalid", reason: `v2 header of ${length} bytes (${V2_MAX_BYTES} at most)` };
  const family = familyTransport >> 4;
  const transport = familyTransport & 0x0f;
  const addressBytes = ADDRESS_BYTES[family];
  if (addressBytes === undefined) return { kind: "invalid", reason: `v2 family ${family}` };
  if (transport > 2) return { kind: "invalid", reason: `v2 transport ${transport}` };
  // §2.2: the length covers the addresses at least; what is left is TLVs, which are ignored.
  if (length - V2_FIXED_BYTES < addressBytes)
    return { kind: "invalid", reason: "v2 length shorter than its addresses" };
  if (buffer.length < length) return { kind: "incomplete" };
  // LOCAL: the proxy speaks for itself (a health check); the address block is to be ignored.
  if (command === LOCAL)
    return { kind: "header", length, header: { version: 2, command: "local" } };
  if (family === AF_UNSPEC || family === AF_UNIX)
    return { kind: "header", length, header: { version: 2, command: "unknown" } };
  // A datagram cannot be what arrived on a TCP listener.
  if (transport !== STREAM) return { kind: "invalid", reason: `v2 transport ${transport}` };
  const body = buffer.subarray(V2_FIXED_BYTES, length);
  const width = family === AF_INET ? 4 : 16;
  const address = (at: number) =>
    width === 4 ? [...body.subarray(at, at + 4)].join(".") : ipv6Text(body.subarray(at, at + 16));
  const endpoints: ProxyEndpoints = {
    family: family === AF_INET ? "tcp4" : "tcp6",
    source: { address: address(0), port: body.readUInt16BE(2 * width) },
    destination: { address: address(width), port: body.readUInt16BE(2 * width + 2) },
  };
  return { kind: "header", length, header: { version: 2, command: "proxy", ...endpoints } };
}

/** Sixteen bytes as IPv6 text, canonical (RFC 5952). */
function ipv6Text(bytes: Uint8Array): string {
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2)
    groups.push((((bytes[i] as number) << 8) | (bytes[i + 1] as number)).toString(16));
  return canonical(groups.join(":"), "tcp6");
}

/**
 * The address as the rest of the broker keys it: IPv6 as RFC 5952 writes it (WHATWG URL
 * serialises hosts so), and an IPv4-mapped one (`::ffff:10.0.0.7`) as its IPv4 address, as
 * the socket of a dual-stack listener would show the same client.
 */
function canonical(text: string, family: "tcp4" | "tcp6"): string {
  if (family === "tcp4") return text;
  const host = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (!mapped) return host;
  const high = Number.parseInt(mapped[1] as string, 16);
  const low = Number.parseInt(mapped[2] as string, 16);
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join(".");
}
