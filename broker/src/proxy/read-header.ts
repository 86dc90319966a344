import type { Socket } from "node:net";
import { type ProxyHeader, parseProxyHeader, startsLikeProxyHeader } from "./proxy-header.ts";

/** How the first bytes of a connection on an MQTT TCP listener went. */
export type FirstBytes =
  /** A header from a listed proxy, read off the socket; the bytes after it are unread. */
  | { kind: "header"; header: ProxyHeader }
  /** No header, as expected from an address not listed: nothing has been consumed. */
  | { kind: "plain" }
  | { kind: "refused"; reason: ProxyRefusal; detail: string }
  /** The socket closed first. */
  | { kind: "closed" };

/**
 * `proxy_refused`: a header from an address not allowed to send one (a client pretending to be
 * someone else). `proxy_malformed`: a listed proxy sent no header or a broken one.
 * `proxy_timeout`: a listed proxy's header did not come in time.
 */
export type ProxyRefusal = "proxy_refused" | "proxy_malformed" | "proxy_timeout";

/**
 * Reads what a connection sends first, before TLS or MQTT see it. From a listed proxy
 * (`expectHeader`) a PROXY header is required within `timeoutMs`; from anyone else, bytes that
 * begin one are refused. The socket is left paused with the bytes after the header (or all
 * bytes, without one) unshifted for whoever reads it next. The caller closes a refused socket.
 */
export function readFirstBytes(
  socket: Socket,
  options: { expectHeader: boolean; timeoutMs: number },
  done: (outcome: FirstBytes) => void,
): void {
  let buffered: Buffer | undefined;
  let finished = false;
  const finish = (outcome: FirstBytes, rest?: Buffer) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    socket.off("readable", onReadable);
    socket.off("close", onClose);
    socket.off("error", ignore);
    if (rest && rest.length > 0) socket.unshift(rest);
    done(outcome);
  };
  const onReadable = () => {
    for (;;) {
      const chunk = socket.read() as Buffer | null;
      if (chunk === null) return;
      if (!options.expectHeader) {
        if (startsLikeProxyHeader(chunk))
          return finish({
            kind: "refused",
            reason: "proxy_refused",
            detail: "a PROXY header from an address not allowed to send one",
          });
        return finish({ kind: "plain" }, chunk);
      }
      buffered = buffered ? Buffer.concat([buffered, chunk]) : chunk;
      const parsed = parseProxyHeader(buffered);
      if (parsed.kind === "incomplete") continue;
      if (parsed.kind === "header")
        return finish({ kind: "header", header: parsed.header }, buffered.subarray(parsed.length));
      return finish({
        kind: "refused",
        reason: "proxy_malformed",
        detail: parsed.kind === "none" ? "no PROXY header from a listed proxy" : parsed.reason,
      });
    }
  };
  const onClose = () => finish({ kind: "closed" });
  // A reset before anything was read is the peer's doing: 'close' follows, and says it.
  const ignore = () => {};
  const timer = options.expectHeader
    ? setTimeout(
        () =>
          finish({
            kind: "refused",
            reason: "proxy_timeout",
            detail: `no complete PROXY header within ${options.timeoutMs} ms`,
          }),
        options.timeoutMs,
      )
    : undefined;
  socket.on("readable", onReadable);
  socket.on("close", onClose);
  socket.on("error", ignore);
}
