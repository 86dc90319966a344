import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import {
  type AddressRanges,
  parseAddress,
  type SpecialPurpose,
  specialPurpose,
} from "../net/ip.ts";

/**
 * Where notifications may be sent: public addresses, and those an admin allows
 * (`BULBCHECK_WEBHOOK_ALLOW`). A webhook must not become a way to reach this machine or the
 * network behind it (a cloud's metadata service, an internal admin page): a channel URL is
 * checked when it is saved, and again on every attempt, on the addresses its name resolves to
 * then, in the lookup the connection itself uses, so that a name that changes its answer
 * between the check and the connection (DNS rebinding) gains nothing. Redirects are never
 * followed (webhook.ts), so no answer can send a request elsewhere.
 */

const PURPOSE_TEXT: Record<SpecialPurpose, string> = {
  unspecified: "an unspecified",
  loopback: "a loopback",
  private: "a private",
  shared: "a shared (carrier-grade NAT)",
  "link-local": "a link-local",
  multicast: "a multicast",
  documentation: "a documentation",
  benchmarking: "a benchmarking",
  reserved: "a reserved",
};

/** A request refused before it left, because of where it would have gone. */
export class AddressRefused extends Error {
  readonly code = "ADDRESS_REFUSED";
  readonly purpose: SpecialPurpose;

  constructor(host: string, address: string, purpose: SpecialPurpose) {
    const where = host === address ? `${address} is` : `${host} resolves to ${address},`;
    super(
      `${where} ${PURPOSE_TEXT[purpose]} address: notifications go to public addresses only, unless BULBCHECK_WEBHOOK_ALLOW names it`,
    );
    this.name = "AddressRefused";
    this.purpose = purpose;
  }
}

type Resolve = (
  hostname: string,
  options: LookupOptions & { all: true },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

export class OutboundPolicy {
  readonly allow: AddressRanges;
  readonly #resolve: Resolve;

  constructor(allow: AddressRanges, resolve: Resolve = dnsLookup as Resolve) {
    this.allow = allow;
    this.#resolve = resolve;
  }

  /** Why `address` may not be reached, or undefined when it may. */
  refusal(address: string): SpecialPurpose | undefined {
    const parsed = parseAddress(address);
    if (!parsed) return "reserved";
    if (this.allow.has(address)) return undefined;
    return specialPurpose(parsed);
  }

  /**
   * The host of a URL as the connection will see it: the URL parser has already turned numeric
   * forms (`2130706433`, `0x7f.1`, `127.1`) into `127.0.0.1`; brackets go.
   */
  static hostOf(url: URL): string {
    return url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  }

  /** Throws an AddressRefused when a literal address may not be reached; names pass. */
  checkLiteral(host: string): void {
    if (!parseAddress(host)) return;
    const purpose = this.refusal(host);
    if (purpose) throw new AddressRefused(host, host, purpose);
  }

  /**
   * Checks a URL now, as a channel is saved: a literal address at once, a name by every address
   * it resolves to. A name that does not resolve (yet) passes: every attempt checks again.
   */
  async checkUrl(text: string, timeoutMs = 5000): Promise<void> {
    const host = OutboundPolicy.hostOf(new URL(text));
    this.checkLiteral(host);
    if (parseAddress(host)) return;
    const addresses = await new Promise<LookupAddress[]>((resolve) => {
      const timer = setTimeout(() => resolve([]), timeoutMs);
      this.#resolve(host, { all: true }, (error, found) => {
        clearTimeout(timer);
        resolve(error ? [] : found);
      });
    });
    for (const { address } of addresses) {
      const purpose = this.refusal(address);
      if (purpose) throw new AddressRefused(host, address, purpose);
    }
  }

  /**
   * The lookup for the connection (`http.request({ lookup })`): it resolves the name and hands
   * on only the addresses that may be reached, or fails with an AddressRefused when none may.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.#resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const allowed = addresses.filter(({ address }) => this.refusal(address) === undefined);
      const first = addresses[0];
      if (allowed.length === 0 || !first) {
        const refused = first
          ? new AddressRefused(hostname, first.address, this.refusal(first.address) ?? "reserved")
          : Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" });
        callback(refused, "", 0);
        return;
      }
      if (options.all) callback(null, allowed);
      else {
        const [one] = allowed as [LookupAddress];
        callback(null, one.address, one.family);
      }
    });
  };
}
