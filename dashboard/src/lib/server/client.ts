import type { RequestEvent } from "@sveltejs/kit";

/**
 * The browser's address, passed to the API in X-Forwarded-For so that its per-address limits
 * (sign-in attempts, QR reports) count each browser, not the dashboard. Behind a proxy, set
 * adapter-node's ADDRESS_HEADER so that this is the real client.
 */
export function clientAddress(event: Pick<RequestEvent, "getClientAddress">): string | undefined {
  try {
    return event.getClientAddress();
  } catch {
    return undefined;
  }
}
