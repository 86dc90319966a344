import { type EventEmitter, once } from "node:events";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import {
  type AddressInfo,
  createServer as createTcpServer,
  type Socket,
  type Server as TcpServer,
} from "node:net";
import type { Duplex } from "node:stream";
import { Aedes, type Client } from "aedes";
import { type Logger, pino } from "pino";
import { createWebSocketStream, WebSocketServer } from "ws";
import { createAuthenticate } from "./auth/authenticate.ts";
import {
  type BeforeAck,
  createAuthorizePublish,
  createAuthorizeSubscribe,
} from "./auth/authorize.ts";
import { createPreConnect } from "./auth/connect-conformance.ts";
import { LoginGuard, type LoginGuardOptions } from "./auth/login-guard.ts";
import { attachContext, type ConnectionContext, contextOf } from "./connection-context.ts";
import type { CredentialsProvider } from "./credentials/principal.ts";
import { CloseLog } from "./limits/close-log.ts";
import { classifyClose } from "./limits/close-reasons.ts";
import { ConnectionGate } from "./limits/connection-gate.ts";
import { connectionsWithin, openFileLimit } from "./limits/open-files.ts";
import { guardWire } from "./limits/wire-guard.ts";
import { SessionStore } from "./persistence/session-store.ts";
import { BrokerCounters, type BrokerStats, type CloseReason, type Transport } from "./stats.ts";

export interface BrokerOptions {
  credentials: CredentialsProvider;
  /** Address to listen on. Default 127.0.0.1: exposing the broker is a decision, not a default. */
  host?: string;
  /** MQTT over TCP; 0 picks a free port. Default 1883. */
  port?: number;
  /** MQTT over WebSocket; 0 picks a free port, null serves none. Default 8083. */
  wsPort?: number | null;
  /** Largest packet accepted, checked before it is buffered. Default 64 KiB. */
  maxPacketSize?: number;
  /** Time a new connection has from its accept to its CONNECT, on either listener. Default 10 s. */
  connectTimeoutMs?: number;
  /**
   * Largest keepalive, in seconds: a CONNECT asking for more, or for none (0), gets this one.
   * Default 3600.
   */
  keepaliveLimitSeconds?: number;
  /** Topic levels allowed in a publish or subscribe. Default 16 (the contract uses 5 or 6). */
  maxTopicLevels?: number;
  /**
   * Open sockets at most, TCP and WebSocket together; beyond it new ones are closed. Lowered at
   * start to stay below the process's open-file limit. Default 16,000.
   */
  maxConnections?: number;
  /** Open sockets at most from one address; 0 for no limit per address. Default 2,000. */
  maxConnectionsPerAddress?: number;
  /**
   * Inbound QoS 2 messages a client may have waiting for their PUBREL; one more closes the
   * connection (MQTT 3.1.1 has no way to refuse it). Each holds up to a packet. Default 16.
   */
  maxInflightQos2?: number;
  /** The process's open-file limit; default: read at start. */
  openFileLimit?: number;
  /**
   * Where sessions, their QoS 1 and 2 queues, retained messages and wills are kept across a
   * restart (SQLite); default: in memory only.
   */
  sessions?: { path: string; synchronous: "normal" | "full" };
  loginGuard?: Partial<LoginGuardOptions>;
  /** How often `$SYS/{id}/bulbcheck/stats` is published; 0 turns it off. Default 10 s. */
  statsIntervalMs?: number;
  /**
   * aedes' heartbeat: the wills a broker that died left in the session store are published once
   * it has been silent for 3 heartbeats, checked every 4. Default 60 s (aedes'); tests shorten it.
   */
  heartbeatIntervalMs?: number;
  logger?: Logger;
  /** Called for each authorized publish; the PUBACK waits for it, and a failure withholds it. */
  beforeAck?: BeforeAck;
}

export interface BrokerAddresses {
  tcp: AddressInfo;
  ws?: AddressInfo;
}

const DEFAULTS: Required<
  Omit<
    BrokerOptions,
    "credentials" | "logger" | "beforeAck" | "loginGuard" | "openFileLimit" | "sessions"
  >
> = {
  host: "127.0.0.1",
  port: 1883,
  wsPort: 8083,
  maxPacketSize: 64 * 1024,
  connectTimeoutMs: 10_000,
  keepaliveLimitSeconds: 3600,
  maxTopicLevels: 16,
  maxConnections: 16_000,
  maxConnectionsPerAddress: 2000,
  maxInflightQos2: 16,
  statsIntervalMs: 10_000,
  heartbeatIntervalMs: 60_000,
};

/**
 * The retained stats of every broker id. aedes takes a new id at each start, so those of earlier
 * runs, kept in the session store, are dropped at start: a `$SYS` subscriber sees one broker.
 */
const STATS_TOPICS = "$SYS/+/bulbcheck/stats";

/** aedes' Client stops parsing its connection on `pause()` (lib/client.js); its types omit it. */
type Pausable = Client & { pause(): void };

/** The Bulb Check broker: aedes with device authentication, the topic ACL, limits and counters. */
export class BulbBroker {
  readonly aedes: Aedes;
  readonly logger: Logger;
  readonly #options: BrokerOptions & typeof DEFAULTS;
  readonly #counters = new BrokerCounters();
  readonly #guard: LoginGuard;
  readonly #closeLog: CloseLog;
  readonly #sessions: SessionStore;
  #gate?: ConnectionGate;
  readonly #clients = new Map<string, Client>();
  readonly #inFlight = new Set<Promise<void>>();
  readonly #streams = new Set<Duplex>();
  #tcp?: TcpServer;
  #http?: HttpServer;
  #wss?: WebSocketServer;
  #statsTimer?: NodeJS.Timeout;
  #addresses?: BrokerAddresses;
  #closing?: Promise<void>;

  constructor(options: BrokerOptions) {
    this.#options = { ...DEFAULTS, ...withoutUndefined(options) };
    this.logger = options.logger ?? pino({ level: "silent" });
    this.#guard = new LoginGuard(options.loginGuard);
    this.#closeLog = new CloseLog(this.logger);
    this.#sessions = new SessionStore({
      ...(options.sessions ? { file: options.sessions } : {}),
      maxInflightQos2: this.#options.maxInflightQos2,
    });
    const deps = { counters: this.#counters, logger: this.logger };
    this.aedes = new Aedes({
      persistence: this.#sessions,
      // The gate closes a socket without CONNECT in time (connection-gate.ts); aedes' own timer,
      // later, is only a backstop.
      connectTimeout: this.#options.connectTimeoutMs * 2,
      heartbeatInterval: this.#options.heartbeatIntervalMs,
      keepaliveLimit: this.#options.keepaliveLimitSeconds,
      maxTopicLevels: this.#options.maxTopicLevels,
      maxClientsIdLength: 64,
      maxInflightInbound: this.#options.maxInflightQos2,
      preConnect: createPreConnect({
        ...deps,
        keepaliveLimitSeconds: this.#options.keepaliveLimitSeconds,
      }),
      authenticate: createAuthenticate({
        ...deps,
        credentials: options.credentials,
        guard: this.#guard,
      }),
      authorizePublish: createAuthorizePublish({
        ...deps,
        credentials: options.credentials,
        beforeAck: options.beforeAck,
        track: (work) => this.#track(work),
      }),
      authorizeSubscribe: createAuthorizeSubscribe(deps),
    });
    this.#watchClients();
    // aedes raises what goes wrong outside a client (a will it could not publish, a failed
    // session write) as 'error'; unheard, an EventEmitter's 'error' would end the process. Its
    // types omit the event.
    (this.aedes as unknown as EventEmitter).on("error", (error: Error) =>
      this.logger.error({ err: error }, "broker error (aedes); carrying on"),
    );
  }

  /** Starts aedes and the listeners. */
  async start(): Promise<BrokerAddresses> {
    await this.aedes.listen();
    await this.#sessions.dropRetained(STATS_TOPICS, this.#statsTopic);
    const { host, port, wsPort } = this.#options;
    const gate = this.#startGate();

    const tcp = createTcpServer({ noDelay: true }, (socket) => {
      if (!this.#admit(gate, socket, "tcp")) return;
      this.#accept(socket, "tcp", socket.remoteAddress, gate.deadlineOf(socket));
    });
    this.#tcp = tcp;
    tcp.listen(port, host);
    await once(tcp, "listening");
    const addresses: BrokerAddresses = { tcp: tcp.address() as AddressInfo };

    if (wsPort !== null) {
      const http = createHttpServer((_req, res) =>
        res.writeHead(426, { "content-type": "text/plain" }).end("MQTT over WebSocket only\n"),
      );
      // Every socket of the HTTP server passes the gate before its request is read.
      http.on("connection", (socket: Socket) => void this.#admit(gate, socket, "ws"));
      const wss = new WebSocketServer({
        server: http,
        // ws checks this before buffering a frame; the wire guard then checks MQTT framing.
        maxPayload: this.#options.maxPacketSize,
        handleProtocols: (protocols) =>
          protocols.has("mqtt") ? "mqtt" : protocols.has("mqttv3.1") ? "mqttv3.1" : false,
      });
      wss.on("connection", (ws, req) => {
        const stream = createWebSocketStream(ws);
        this.#accept(stream, "ws", req.socket.remoteAddress, gate.deadlineOf(req.socket));
      });
      http.listen(wsPort, host);
      await once(http, "listening");
      this.#http = http;
      this.#wss = wss;
      addresses.ws = http.address() as AddressInfo;
    }

    if (this.#options.statsIntervalMs > 0) {
      this.#statsTimer = setInterval(() => this.#publishStats(), this.#options.statsIntervalMs);
      this.#statsTimer.unref();
    }
    this.#addresses = addresses;
    this.logger.info({ tcp: addresses.tcp, ws: addresses.ws }, "broker listening");
    return addresses;
  }

  get addresses(): BrokerAddresses {
    if (!this.#addresses) throw new Error("broker not started");
    return this.#addresses;
  }

  stats(): BrokerStats {
    return this.#counters.snapshot(this.#clients.size, this.#guard.activeBans());
  }

  /** Sockets at most, both listeners together, as lowered at start below the open-file limit. */
  get connectionLimit(): number {
    return this.#connectionLimit ?? this.#options.maxConnections;
  }

  #connectionLimit?: number;

  /** The gate, with the connection limit lowered to stay below the process's open files. */
  #startGate(): ConnectionGate {
    const { maxConnections, maxConnectionsPerAddress, connectTimeoutMs } = this.#options;
    const openFiles = this.#options.openFileLimit ?? openFileLimit();
    const limit =
      openFiles === undefined
        ? maxConnections
        : Math.min(maxConnections, connectionsWithin(openFiles));
    if (limit < maxConnections)
      this.logger.warn(
        { maxConnections, openFiles, limit },
        "connection limit lowered below the open-file limit; raise `ulimit -n` for more",
      );
    this.#connectionLimit = limit;
    this.#gate = new ConnectionGate({
      maxConnections: limit,
      maxPerAddress: maxConnectionsPerAddress,
      connectTimeoutMs,
      onConnectTimeout: (socket) =>
        this.#closed("connect_timeout", { address: socket.remoteAddress }, "no CONNECT in time"),
    });
    return this.#gate;
  }

  /** Whether the gate takes `socket`; a refused one is closed, counted and logged. */
  #admit(gate: ConnectionGate, socket: Socket, transport: Transport): boolean {
    const refusal = gate.admit(socket);
    if (!refusal) return true;
    socket.destroy();
    this.#closed(refusal, { address: socket.remoteAddress, transport }, "socket refused");
    return false;
  }

  /** Counts and logs (at most every 10 s per reason) a connection the broker closed. */
  #closed(reason: CloseReason, fields: Record<string, unknown>, message: string): void {
    this.#counters.close(reason);
    this.#closeLog.note(reason, fields, `connection closed: ${message}`);
  }

  /** Closes a client's connection now (a revoked or rotated device). Returns false if not connected. */
  disconnect(clientId: string): boolean {
    const client = this.#clients.get(clientId);
    if (!client) return false;
    client.close();
    return true;
  }

  /**
   * Graceful stop: stop accepting, let in-flight `beforeAck` work finish (up to `timeoutMs`),
   * then disconnect clients and close.
   */
  close({ timeoutMs = 5000 }: { timeoutMs?: number } = {}): Promise<void> {
    this.#closing ??= this.#close(timeoutMs);
    return this.#closing;
  }

  async #close(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    clearInterval(this.#statsTimer);
    const listenersClosed = [this.#tcp, this.#http]
      .filter((s) => s?.listening)
      .map((s) => once(s as TcpServer, "close"));
    this.#tcp?.close();
    this.#http?.close();
    this.#wss?.close();
    // Stop reading from connected clients: a publish read from here on would be committed after
    // the last PUBACKs left and its own PUBACK lost with the socket, so its device would send it
    // again after the restart. Unread, it stays the device's to send, and is stored once.
    for (const client of this.#clients.values()) (client as Pausable).pause();
    // What was read before goes on; wait until nothing is in flight.
    while (this.#inFlight.size > 0 && Date.now() < deadline) {
      await Promise.race([Promise.allSettled([...this.#inFlight]), sleep(deadline - Date.now())]);
    }
    // aedes writes a PUBACK a turn after its hook returns, and destroys sockets on close, which
    // drops unsent bytes: let the last acknowledgements leave first.
    await new Promise(setImmediate);
    while ([...this.#streams].some((s) => s.writableLength > 0) && Date.now() < deadline)
      await sleep(5);
    await new Promise<void>((resolve) => this.aedes.close(() => resolve()));
    // Closing its clients made aedes publish their wills and drop them: let those writes reach
    // the session store before it commits and closes.
    for (let turn = 0; turn < 3; turn++) await new Promise(setImmediate);
    await this.#sessions.destroy();
    for (const ws of this.#wss?.clients ?? []) ws.terminate();
    await Promise.all(listenersClosed);
    this.logger.info("broker stopped");
  }

  #accept(
    stream: Duplex,
    transport: Transport,
    address: string | undefined,
    connectDeadline: NodeJS.Timeout | undefined,
  ): void {
    const sockets = this.#counters.sockets;
    sockets[transport]++;
    sockets.total++;
    this.#streams.add(stream);
    stream.once("close", () => {
      sockets[transport]--;
      this.#streams.delete(stream);
    });
    const context: ConnectionContext = {
      address: address ?? "unknown",
      transport,
      ...(connectDeadline ? { connectDeadline } : {}),
    };
    attachContext(stream, context);
    guardWire(stream, this.#options.maxPacketSize, (violation) => {
      context.closeCounted = true;
      this.#closed(
        violation.kind,
        { ...violation, address: context.address, transport },
        "bad packet",
      );
    });
    this.aedes.handle(stream);
  }

  #watchClients(): void {
    const forget = (client: Client) => {
      if (this.#clients.get(client.id) === client) this.#clients.delete(client.id);
    };
    // A client is known from its registration, before its CONNACK leaves: `disconnect()` of a
    // device whose client has seen its CONNACK must find it (aedes' clientReady comes later,
    // after the offline queue). aedes registers a connection that died during its CONNECT
    // steps too, and skips clientDisconnect for a client whose session was taken over while its
    // socket closed (both found by fuzz.test.ts): a client is only counted while its connection
    // is open, and forgotten when that connection closes, whatever aedes says.
    this.aedes.on("client", (client) => {
      if (client.closed) return;
      this.#clients.set(client.id, client);
      (client.conn as Duplex).once("close", () => forget(client));
    });
    this.aedes.on("clientDisconnect", forget);
    // Whatever aedes closes a connection for (keepalive, topic levels, QoS 2 window, a packet it
    // cannot parse, another protocol level...) is counted here, once per connection; what the
    // hooks refused they counted themselves (CountedRefusal).
    const counted = (client: Client, error: Error) => {
      const context = contextOf(client);
      if (!context || context.closeCounted) return;
      const classified = classifyClose(error);
      if (!classified) return;
      context.closeCounted = true;
      const fields = {
        clientId: client.id ?? undefined,
        address: context.address,
        transport: context.transport,
        detail: error.message,
      };
      if (classified.kind === "close") {
        this.#closed(classified.reason, fields, "protocol error");
        return;
      }
      this.#counters.refuseConnect(classified.reason);
      this.logger.warn({ reason: classified.reason, ...fields }, "connect refused");
    };
    this.aedes.on("clientError", counted);
    this.aedes.on("connectionError", counted);
  }

  #track(work: Promise<void>): Promise<void> {
    this.#inFlight.add(work);
    work.finally(() => this.#inFlight.delete(work));
    return work;
  }

  get #statsTopic(): string {
    return `$SYS/${this.aedes.id}/bulbcheck/stats`;
  }

  #publishStats(): void {
    const payload = Buffer.from(JSON.stringify(this.stats()));
    this.aedes.publish(
      {
        cmd: "publish",
        topic: this.#statsTopic,
        payload,
        qos: 0,
        retain: true,
        dup: false,
      },
      () => {},
    );
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Creates and starts a broker.
 * @example
 * const broker = await createBroker({ credentials, port: 0, wsPort: null });
 * console.log(broker.addresses.tcp.port);
 * await broker.close();
 */
export async function createBroker(options: BrokerOptions): Promise<BulbBroker> {
  const broker = new BulbBroker(options);
  await broker.start();
  return broker;
}
