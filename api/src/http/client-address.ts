import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { type AddressRanges, normalizeAddress, parseAddress } from "../net/ip.ts";

/**
 * The address a request comes from, for per-address limits and the audit log. A request from a
 * trusted proxy (`BULBCHECK_TRUST_PROXY`: the dashboard, a TLS-terminating reverse proxy) carries
 * the client's address in `X-Forwarded-For`: each proxy appends the address it was called from,
 * so the entries are read from the right, past every trusted proxy, and the first one that is
 * not trusted is the client. A caller that is not a trusted proxy cannot choose its address this
 * way: its header is not read at all. An entry that is no address ends the walk at the proxy that
 * passed it on.
 */
export function clientAddress(c: Context, trustedProxies: AddressRanges): string {
  let remote = "unknown";
  try {
    remote = normalizeAddress(getConnInfo(c).remote.address ?? "unknown");
  } catch {
    // Not served by a Node server (app.request() in a test): there is no socket to ask.
  }
  return forwardedClient(remote, c.req.header("x-forwarded-for"), trustedProxies);
}

/** The client behind `remote`, given the `X-Forwarded-For` it sent (pure; see clientAddress). */
export function forwardedClient(
  remote: string,
  forwardedFor: string | undefined,
  trustedProxies: AddressRanges,
): string {
  let client = remote;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop !== "");
  while (trustedProxies.has(client)) {
    const hop = hops.pop();
    if (hop === undefined || !parseAddress(hop)) break;
    client = normalizeAddress(hop);
  }
  return client;
}
