import { BlockList, isIP } from "node:net";

/**
 * A list of addresses and ranges (`10.0.0.2`, `10.0.0.0/24`, `::1`, `fd00::/8`): the proxies
 * whose PROXY header the broker believes. An IPv4 client of a dual-stack listener shows as
 * `::ffff:10.0.0.2`, and is taken as `10.0.0.2`.
 */
export class AddressList {
  readonly entries: readonly string[];
  readonly #list = new BlockList();

  private constructor(entries: readonly string[]) {
    this.entries = entries;
    for (const entry of entries) {
      const [address = "", bits] = entry.split("/");
      const family = isIP(address) === 6 ? "ipv6" : "ipv4";
      if (bits === undefined) this.#list.addAddress(address, family);
      else this.#list.addSubnet(address, Number(bits), family);
    }
  }

  /** What is wrong with `entry` as an address or a range, or undefined when nothing is. */
  static problemOf(entry: string): string | undefined {
    const [address = "", bits, extra] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || extra !== undefined)
      return `"${entry}" is not an IP address or a range such as 10.0.0.0/8`;
    if (bits !== undefined && (!/^\d{1,3}$/.test(bits) || Number(bits) > (family === 4 ? 32 : 128)))
      return `"${entry}": the prefix length must be 0-${family === 4 ? 32 : 128}`;
    return undefined;
  }

  /**
   * The list of `entries`; throws on one that is not an address or a range.
   * @example
   * AddressList.parse(["127.0.0.1", "10.0.0.0/8"]).has("::ffff:10.1.2.3"); // true
   */
  static parse(entries: readonly string[]): AddressList {
    for (const entry of entries) {
      const problem = AddressList.problemOf(entry);
      if (problem) throw new Error(problem);
    }
    return new AddressList(entries);
  }

  has(address: string | undefined): boolean {
    if (!address) return false;
    const plain = unmapped(address);
    const family = isIP(plain);
    if (family === 0) return false;
    return this.#list.check(plain, family === 6 ? "ipv6" : "ipv4");
  }
}

/** `::ffff:10.0.0.2` as `10.0.0.2`; any other address as it is. */
export function unmapped(address: string): string {
  const v4 = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return v4 ? (v4[1] as string) : address;
}
