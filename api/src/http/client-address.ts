import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The address a request comes from, for per-address limits. Behind a proxy on this machine (the
 * dashboard, a TLS-terminating reverse proxy) every request comes from loopback, so then the
 * address that proxy appended last to `X-Forwarded-For` is the client's. A remote caller cannot
 * choose its address this way: its own header is trusted only from loopback.
 */
export function clientAddress(c: Context, trustLoopbackProxy: boolean): string {
  let remote = "unknown";
  try {
    remote = getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // Not served by a Node server (app.request() in a test): there is no socket to ask.
  }
  if (!trustLoopbackProxy || !LOOPBACK.test(remote)) return remote;
  const forwarded = c.req.header("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : remote;
}
