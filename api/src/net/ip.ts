import { isIP } from "node:net";

/**
 * IP addresses as numbers, ranges of them, and what the special-purpose ranges are for (the IANA
 * IPv4 and IPv6 Special-Purpose Address Registries, RFC 6890): for the proxies whose
 * `X-Forwarded-For` is believed and for where webhooks may go.
 */

export interface Address {
  family: 4 | 6;
  /** 32 bits for IPv4, 128 for IPv6. */
  value: bigint;
}

/** An address in its usual text (`127.0.0.1`, `::1`, `[::1]`), or undefined when it is none. */
export function parseAddress(text: string): Address | undefined {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const family = isIP(bare);
  if (family === 4) return { family: 4, value: ipv4Value(bare) };
  if (family === 6) return { family: 6, value: ipv6Value(bare) };
  return undefined;
}

function ipv4Value(text: string): bigint {
  return text.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

/** `isIP` has said it is IPv6: groups, one `::` at most, perhaps an IPv4 tail. */
function ipv6Value(text: string): bigint {
  let groups: number[] = [];
  const parse = (part: string): number[] => {
    if (part === "") return [];
    const out: number[] = [];
    for (const piece of part.split(":")) {
      if (piece.includes(".")) {
        const v4 = Number(ipv4Value(piece));
        out.push(v4 >>> 16, v4 & 0xffff);
      } else out.push(Number.parseInt(piece, 16));
    }
    return out;
  };
  const [head = "", tail] = text.split("::");
  if (tail === undefined) groups = parse(head);
  else {
    const front = parse(head);
    const back = parse(tail);
    groups = [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
  }
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** The address as text, IPv4 in dotted form; an IPv4-mapped IPv6 address as its IPv4 one. */
export function formatAddress(address: Address): string {
  const v4 = embeddedMapped(address);
  if (v4) return formatAddress(v4);
  if (address.family === 4)
    return [24n, 16n, 8n, 0n].map((shift) => String((address.value >> shift) & 0xffn)).join(".");
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n)
    groups.push(((address.value >> shift) & 0xffffn).toString(16));
  // The URL parser writes IPv6 as RFC 5952 does: lower case, the longest zero run as `::`.
  return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
}

/**
 * The address a text names, normalised for keys and comparisons: `::ffff:10.0.0.1` is `10.0.0.1`
 * (a dual-stack socket reports IPv4 clients so); text that is no address stays as it is.
 */
export function normalizeAddress(text: string): string {
  const address = parseAddress(text);
  return address ? formatAddress(address) : text;
}

/** `::ffff:a.b.c.d`: an IPv4 address as a dual-stack socket shows it. */
function embeddedMapped(address: Address): Address | undefined {
  if (address.family === 6 && address.value >> 32n === 0xffffn)
    return { family: 4, value: address.value & 0xffffffffn };
  return undefined;
}

export interface Range {
  family: 4 | 6;
  base: bigint;
  bits: number;
}

/** `10.0.0.0/8`, `fc00::/7`, or one address (`127.0.0.1`, a /32 or /128); undefined if neither. */
export function parseRange(text: string): Range | undefined {
  const [addressText = "", bitsText, extra] = text.trim().split("/");
  if (extra !== undefined) return undefined;
  const address = parseAddress(addressText);
  if (!address) return undefined;
  const width = address.family === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : Number(bitsText);
  if (!/^\d{1,3}$/.test(bitsText ?? String(width)) || bits > width) return undefined;
  return { family: address.family, base: address.value & mask(bits, width), bits };
}

function mask(bits: number, width: number): bigint {
  const all = (1n << BigInt(width)) - 1n;
  return all ^ ((1n << BigInt(width - bits)) - 1n);
}

export function inRange(address: Address, range: Range): boolean {
  const a = embeddedMapped(address) ?? address;
  if (a.family !== range.family) return false;
  const width = a.family === 4 ? 32 : 128;
  return (a.value & mask(range.bits, width)) === range.base;
}

/** A set of ranges: whom to believe, or where to allow. */
export class AddressRanges {
  readonly ranges: readonly Range[];
  readonly #texts: readonly string[];

  constructor(ranges: readonly Range[], texts: readonly string[] = []) {
    this.ranges = ranges;
    this.#texts = texts;
  }

  /** Parses `10.0.0.0/8, 127.0.0.1`; throws naming the entry that is neither. */
  static parse(entries: readonly string[]): AddressRanges {
    const ranges = entries.map((entry) => {
      const range = parseRange(entry);
      if (!range) throw new Error(`"${entry}" is not an IP address or a range such as 10.0.0.0/8`);
      return range;
    });
    return new AddressRanges(ranges, entries);
  }

  has(text: string): boolean {
    const address = parseAddress(text);
    return address !== undefined && this.ranges.some((range) => inRange(address, range));
  }

  get empty(): boolean {
    return this.ranges.length === 0;
  }

  toString(): string {
    return this.#texts.join(", ");
  }
}

/** Loopback in both families: what `loopback` means in a setting. */
export const LOOPBACK_RANGES = ["127.0.0.0/8", "::1/128"] as const;

/** Why an address is not a public one, as the webhook refusals name it. */
export type SpecialPurpose =
  | "unspecified"
  | "loopback"
  | "private"
  | "shared"
  | "link-local"
  | "multicast"
  | "documentation"
  | "benchmarking"
  | "reserved";

const SPECIAL: readonly [string, SpecialPurpose][] = [
  ["0.0.0.0/8", "unspecified"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "reserved"],
  ["192.0.2.0/24", "documentation"],
  ["192.88.99.0/24", "reserved"],
  ["192.168.0.0/16", "private"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation"],
  ["203.0.113.0/24", "documentation"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
  ["::/128", "unspecified"],
  ["::1/128", "loopback"],
  // IPv4-compatible (deprecated): nothing public is reached this way.
  ["::/96", "reserved"],
  ["64:ff9b:1::/48", "private"],
  ["100::/64", "reserved"],
  ["2001:db8::/32", "documentation"],
  ["2001::/23", "reserved"],
  ["fc00::/7", "private"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "private"],
  ["ff00::/8", "multicast"],
];
const SPECIAL_RANGES = SPECIAL.map(([text, purpose]) => ({
  range: parseRange(text) as Range,
  purpose,
}));

/**
 * What an address is reserved for, or undefined for a public one. IPv6 forms that carry an IPv4
 * address (mapped `::ffff:0:0/96`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) are judged by it, so
 * that `::ffff:127.0.0.1` is loopback like `127.0.0.1`.
 */
export function specialPurpose(address: Address): SpecialPurpose | undefined {
  const carried = carriedIpv4(address);
  if (carried) return specialPurpose(carried);
  return SPECIAL_RANGES.find(({ range }) => inRange(address, range))?.purpose;
}

function carriedIpv4(address: Address): Address | undefined {
  if (address.family !== 6) return undefined;
  const mapped = embeddedMapped(address);
  if (mapped) return mapped;
  if (address.value >> 32n === 0x0064ff9b0000000000000000n)
    return { family: 4, value: address.value & 0xffffffffn };
  if (address.value >> 112n === 0x2002n)
    return { family: 4, value: (address.value >> 80n) & 0xffffffffn };
  return undefined;
}
