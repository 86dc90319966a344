import { request } from "node:http";

/** One Server-Sent Event as `/api/stream` writes it. */
export interface SseMessage {
  event: string;
  data: string;
  id: string | undefined;
}

/**
 * A live-board subscriber of `GET /api/stream`, as small as a bench needs: it reads the stream
 * over plain node:http and hands each message to `onMessage` with the time its chunk arrived
 * (performance.now(), read once per chunk, so parsing does not count as latency).
 */
export class SseReader {
  readonly #close: () => void;

  private constructor(close: () => void) {
    this.#close = close;
  }

  /** Opens the stream; resolves once the server's `ready` event has arrived. */
  static open(
    url: string,
    token: string,
    onMessage: (message: SseMessage, receivedAt: number) => void,
  ): Promise<SseReader> {
    return new Promise((resolve, reject) => {
      const req = request(url, {
        headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
      });
      const reader = new SseReader(() => req.destroy());
      let ready = false;
      req.on("error", (error) => {
        if (!ready) reject(error);
      });
      req.on("response", (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`${url} answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          const receivedAt = performance.now();
          buffer += chunk;
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const message = parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf("\n\n");
            if (!message) continue;
            if (message.event === "ready" && !ready) {
              ready = true;
              resolve(reader);
            }
            onMessage(message, receivedAt);
          }
        });
      });
      req.end();
    });
  }

  close(): void {
    this.#close();
  }
}

/** One event block; undefined for a comment-only block (the keep-alive). */
function parse(block: string): SseMessage | undefined {
  let event = "message";
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
    else if (field === "id") id = value;
  }
  return data.length === 0 && event === "message"
    ? undefined
    : { event, data: data.join("\n"), id };
}
