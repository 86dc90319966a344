import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressRanges, readSystemConfig } from "../config.ts";
import { AddressRanges } from "../net/ip.ts";
import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  startTestSystem,
  type TestSystem,
} from "../testing/test-system.ts";
import { forwardedClient } from "./client-address.ts";

/**
 * Whose X-Forwarded-For is believed: the configured proxies' alone (BULBCHECK_TRUST_PROXY). Over
 * real HTTP from two loopback addresses, 127.0.0.2 playing the proxy and 127.0.0.1 any other
 * process on the machine; the address the API took is the one its audit log names.
 */

let t: TestSystem;

beforeAll(async () => {
  t = await startTestSystem({
    access: { trustedProxies: AddressRanges.parse(["127.0.0.2", "10.0.0.0/8"]) },
  });
});

afterAll(async () => {
  await t?.stop();
});

/** Signs in as the admin from `localAddress`, with this X-Forwarded-For: the status. */
function signInFrom(localAddress: string, forwardedFor: string): Promise<number> {
  const url = new URL("/api/sessions", t.system.apiUrl);
  const body = JSON.stringify({ username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "x-forwarded-for": forwardedFor,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function lastSignInAddress(): Promise<unknown> {
  const audit = await t.api("GET", "/api/audit?limit=5");
  const entry = audit.body.items.find((e: { action: string }) => e.action === "session.sign_in");
  return entry?.detail.address;
}

describe("X-Forwarded-For", () => {
  it("is believed from a configured proxy", async () => {
    expect(await signInFrom("127.0.0.2", "203.0.113.5")).toBe(201);
    expect(await lastSignInAddress()).toBe("203.0.113.5");
  });

  it("is not believed from any other process on this machine", async () => {
    expect(await signInFrom("127.0.0.1", "203.0.113.6")).toBe(201);
    expect(await lastSignInAddress()).toBe("127.0.0.1");
  });

  it("is read from the right, past every trusted proxy, to the first address that is not one", async () => {
    expect(await signInFrom("127.0.0.2", "192.0.2.1, 198.51.100.9, 10.1.2.3")).toBe(201);
    expect(await lastSignInAddress()).toBe("198.51.100.9");
  });
});

describe("who the client is behind proxies", () => {
  const trusted = AddressRanges.parse(["127.0.0.1", "10.0.0.0/8"]);

  it("stops at an entry that is no address, at the proxy that passed it on", () => {
    expect(forwardedClient("127.0.0.1", "198.51.100.1, nonsense, 10.0.0.3", trusted)).toBe(
      "10.0.0.3",
    );
    expect(forwardedClient("127.0.0.1", "", trusted)).toBe("127.0.0.1");
    expect(forwardedClient("127.0.0.1", undefined, trusted)).toBe("127.0.0.1");
  });

  it("ignores the header of a caller that is no trusted proxy, and writes IPv4-mapped as IPv4", () => {
    expect(forwardedClient("198.51.100.7", "10.0.0.1", trusted)).toBe("198.51.100.7");
    expect(forwardedClient("127.0.0.1", "::ffff:203.0.113.4", trusted)).toBe("203.0.113.4");
  });
});

describe("BULBCHECK_TRUST_PROXY", () => {
  const trustOf = (value?: string) =>
    readSystemConfig({
      BULBCHECK_DATA_DIR: "/tmp/bulbcheck-settings-test",
      ...(value === undefined ? {} : { BULBCHECK_TRUST_PROXY: value }),
    }).access.trustedProxies;

  it("is loopback by default: the dashboard on this machine", () => {
    const trust = trustOf();
    expect([trust.has("127.0.0.1"), trust.has("::1"), trust.has("10.0.0.1")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("takes a list of addresses and ranges, `loopback` among them, or `off`", () => {
    const list = trustOf("10.0.0.2, 192.168.0.0/16 loopback");
    expect(["10.0.0.2", "192.168.4.4", "127.0.0.1", "10.0.0.3"].map((a) => list.has(a))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(trustOf("off").empty).toBe(true);
    expect(trustOf("127.0.0.1").has("127.0.0.2")).toBe(false);
  });

  it("refuses what is neither, naming it", () => {
    expect(() => trustOf("10.0.0.0/33")).toThrow(/BULBCHECK_TRUST_PROXY: "10\.0\.0\.0\/33"/);
    expect(() => trustOf("proxy.example")).toThrow(/"proxy\.example" is not an IP address/);
    expect(() => trustOf("off, 10.0.0.1")).toThrow(/"off"/);
    expect(addressRanges(["loopback"]).has("127.9.9.9")).toBe(true);
  });
});
