import type { Socket } from "node:net";

export interface ConnectionGateOptions {
  /** Sockets at most, TCP and WebSocket together. */
  maxConnections: number;
  /** Sockets at most from one address; 0 for no limit per address. */
  maxPerAddress: number;
  /** Time a socket has from its accept to its CONNECT, on either listener. */
  connectTimeoutMs: number;
  /** Called when a socket's time to send CONNECT runs out, before it is closed. */
  onConnectTimeout: (socket: Socket) => void;
}

export type GateRefusal = "max_connections" | "max_per_address";

/**
 * Every socket of both listeners passes here first, as it is accepted and before anything is
 * read from it: one count of open sockets for TCP and WebSocket together, one per address, and
 * one deadline for CONNECT. A WebSocket counts from its TCP accept, so one that never completes
 * its upgrade is closed like a TCP socket that never sends CONNECT (Node's HTTP server would
 * keep it up to 90 s, its headers timeout checked every 30 s).
 */
export class ConnectionGate {
  readonly #options: ConnectionGateOptions;
  readonly #byAddress = new Map<string, number>();
  readonly #deadlines = new WeakMap<Socket, NodeJS.Timeout>();
  #open = 0;

  constructor(options: ConnectionGateOptions) {
    this.#options = options;
  }

  /** Sockets open now. */
  get open(): number {
    return this.#open;
  }

  /**
   * Takes a socket just accepted, or says why not (the caller closes it). A socket taken is
   * counted until it closes, and closed if it sends no CONNECT in time.
   */
  admit(socket: Socket): GateRefusal | undefined {
    const { maxConnections, maxPerAddress, connectTimeoutMs } = this.#options;
    const address = socket.remoteAddress ?? "unknown";
    if (this.#open >= maxConnections) return "max_connections";
    const fromAddress = this.#byAddress.get(address) ?? 0;
    if (maxPerAddress > 0 && fromAddress >= maxPerAddress) return "max_per_address";
    this.#open++;
    this.#byAddress.set(address, fromAddress + 1);
    const deadline = setTimeout(() => {
      if (socket.destroyed) return;
      this.#options.onConnectTimeout(socket);
      socket.destroy();
    }, connectTimeoutMs);
    this.#deadlines.set(socket, deadline);
    socket.once("close", () => {
      clearTimeout(deadline);
      this.#open--;
      const left = (this.#byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.#byAddress.set(address, left);
      else this.#byAddress.delete(address);
    });
    return undefined;
  }

  /** The CONNECT deadline of an admitted socket, for whoever sees its CONNECT to clear. */
  deadlineOf(socket: Socket): NodeJS.Timeout | undefined {
    return this.#deadlines.get(socket);
  }
}
