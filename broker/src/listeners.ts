import { once } from "node:events";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Socket,
  type Server as TcpServer,
} from "node:net";
import type { Duplex } from "node:stream";
import { type SecureContext, TLSSocket } from "node:tls";
import { createWebSocketStream, WebSocketServer } from "ws";
import type { ConnectionGate } from "./limits/connection-gate.ts";
import type { AddressList } from "./proxy/address-list.ts";
import { readFirstBytes } from "./proxy/read-header.ts";
import type { CloseReason, Transport } from "./stats.ts";

/** What the listeners need of the broker. */
export interface ListenerDeps {
  host: string;
  maxPacketSize: number;
  connectTimeoutMs: number;
  gate: ConnectionGate;
  /** The proxies whose PROXY header the MQTT TCP and TLS listeners require; none if undefined. */
  proxies: AddressList | undefined;
  /** The certificate in force, for the next TLS connection. */
  secureContext: () => SecureContext;
  /** Whether the gate takes the socket (from `address`); a refused one is closed and counted. */
  admit(socket: Socket, transport: Transport, address?: string): boolean;
  /** Hands a connection to aedes. */
  accept(
    stream: Duplex,
    transport: Transport,
    address: string | undefined,
    connectDeadline: NodeJS.Timeout | undefined,
    via?: string,
  ): void;
  /** Counts and logs a connection the broker closed. */
  closed(reason: CloseReason, fields: Record<string, unknown>, message: string): void;
}

/**
 * The broker's listeners: MQTT over TCP and over TLS (with the PROXY protocol from listed
 * proxies), MQTT over WebSocket and over WebSocket over TLS. Every socket passes the gate before
 * anything is read from it; TLS is started here, on the admitted socket, so that a PROXY header
 * can come before the handshake and the gate knows the socket under each TLS connection.
 */
export class Listeners {
  readonly #deps: ListenerDeps;
  readonly #servers: (TcpServer | HttpServer)[] = [];
  readonly #webSockets: WebSocketServer[] = [];
  /** A TLS socket's TCP socket, which the gate knows. */
  readonly #tcpOf = new WeakMap<Duplex, Socket>();
  /** The HTTP servers behind the WSS listeners, which do not listen themselves. */
  readonly #engines: HttpServer[] = [];
  /** MQTT sockets whose first bytes have not come: not aedes' yet, so closed here on stop. */
  readonly #waiting = new Set<Socket>();

  constructor(deps: ListenerDeps) {
    this.#deps = deps;
  }

  /** MQTT over TCP or TLS on `port`. */
  mqtt(transport: "tcp" | "tls", port: number): Promise<AddressInfo> {
    const server = createTcpServer({ noDelay: true }, (socket) =>
      this.#takeMqtt(socket, transport),
    );
    return this.#listen(server, port);
  }

  /**
   * MQTT over WebSocket on `port`. Plain: the HTTP server listens, and its sockets pass the gate
   * first. Over TLS: a TCP listener admits the socket and starts TLS, then hands it to the HTTP
   * server.
   */
  webSocket(transport: "ws" | "wss", port: number): Promise<AddressInfo> {
    const { gate, maxPacketSize } = this.#deps;
    const http = createHttpServer((_req, res) =>
      res.writeHead(426, { "content-type": "text/plain" }).end("MQTT over WebSocket only\n"),
    );
    const wss = new WebSocketServer({
      server: http,
      // ws checks this before buffering a frame; the wire guard then checks MQTT framing.
      maxPayload: maxPacketSize,
      handleProtocols: (protocols) =>
        protocols.has("mqtt") ? "mqtt" : protocols.has("mqttv3.1") ? "mqttv3.1" : false,
    });
    this.#webSockets.push(wss);
    wss.on("connection", (ws, req) => {
      const socket = this.#tcpOf.get(req.socket) ?? req.socket;
      const stream = createWebSocketStream(ws);
      this.#deps.accept(stream, transport, socket.remoteAddress, gate.deadlineOf(socket));
    });
    if (transport === "ws") {
      // Every socket of the HTTP server passes the gate before its request is read.
      http.on("connection", (socket: Socket) => void this.#deps.admit(socket, "ws"));
      return this.#listen(http, port);
    }
    const tcp = createTcpServer({ noDelay: true }, (socket) => {
      if (!this.#deps.admit(socket, "wss")) return;
      http.emit("connection", this.#secure(socket, "wss", socket.remoteAddress ?? "unknown"));
    });
    this.#engines.push(http);
    return this.#listen(tcp, port);
  }

  /**
   * Stops accepting, and closes the sockets that have sent nothing yet and the idle HTTP
   * connections of the WSS listeners (what is idle on the plain one, its server's close ends);
   * resolves once every listener has closed, which waits for the connections aedes holds.
   */
  stopListening(): Promise<unknown> {
    const closed = this.#servers.filter((s) => s.listening).map((s) => once(s, "close"));
    for (const server of this.#servers) server.close();
    for (const wss of this.#webSockets) wss.close();
    for (const engine of this.#engines) engine.closeIdleConnections();
    for (const socket of this.#waiting) socket.destroy();
    return Promise.all(closed);
  }

  /** Ends the WebSocket connections left, which aedes' close does not reach. */
  terminateWebSockets(): void {
    for (const wss of this.#webSockets) for (const ws of wss.clients) ws.terminate();
  }

  async #listen(server: TcpServer | HttpServer, port: number): Promise<AddressInfo> {
    this.#servers.push(server);
    server.listen(port, this.#deps.host);
    await once(server, "listening");
    return server.address() as AddressInfo;
  }

  /**
   * A socket of an MQTT TCP or TLS listener: from a listed proxy, its PROXY header first, which
   * gives the address it is admitted and known by; from anyone else, admitted by its own address
   * and refused if it sends a header. Then TLS, for the TLS listener, and MQTT.
   */
  #takeMqtt(socket: Socket, transport: "tcp" | "tls"): void {
    const { gate, proxies, connectTimeoutMs } = this.#deps;
    const peer = socket.remoteAddress;
    // Reset before it was taken (a proxy's probe, say): nothing to read, nobody to count.
    if (peer === undefined) {
      socket.destroy();
      return;
    }
    const fromProxy = proxies?.has(peer) ?? false;
    if (!fromProxy && !this.#deps.admit(socket, transport)) return;
    const options = { expectHeader: fromProxy, timeoutMs: connectTimeoutMs };
    this.#waiting.add(socket);
    readFirstBytes(socket, options, (first) => {
      this.#waiting.delete(socket);
      if (first.kind === "closed") return;
      if (first.kind === "refused") {
        socket.destroy();
        const fields = { address: peer, transport, detail: first.detail };
        this.#deps.closed(first.reason, fields, "PROXY protocol");
        return;
      }
      let address = peer;
      if (first.kind === "header") {
        // LOCAL (the proxy's health check) and UNKNOWN keep the proxy's own address.
        if (first.header.command === "proxy") address = first.header.source.address;
        if (!this.#deps.admit(socket, transport, address)) return;
      }
      const stream = transport === "tls" ? this.#secure(socket, transport, address) : socket;
      const via = fromProxy ? peer : undefined;
      this.#deps.accept(stream, transport, address, gate.deadlineOf(socket), via);
    });
  }

  /** The server side of TLS on an admitted socket, with the certificate in force now. */
  #secure(socket: Socket, transport: "tls" | "wss", address: string): TLSSocket {
    const secure = new TLSSocket(socket, {
      isServer: true,
      secureContext: this.#deps.secureContext(),
    });
    this.#tcpOf.set(secure, socket);
    secure.once("error", (error: NodeJS.ErrnoException) => {
      // OpenSSL's errors (a client refusing the certificate, plain text on the TLS port); a
      // reset by the peer is not the broker's doing.
      if (/^ERR_(SSL|OSSL)_/.test(error.code ?? ""))
        this.#deps.closed("tls_error", { address, transport, detail: error.message }, "TLS error");
    });
    return secure;
  }
}
