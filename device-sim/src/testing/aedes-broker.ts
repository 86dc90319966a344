import { once } from "node:events";
import { type AddressInfo, createServer, type Server } from "node:net";
import { Aedes, type AuthenticateError, type PublishPacket } from "aedes";

/** A publish as the test broker received it from a client. */
export interface SeenPublish {
  clientId: string;
  topic: string;
  payload: Buffer;
  qos: number;
}

export interface TestBroker {
  url: string;
  aedes: Aedes;
  /** Client publishes, in arrival order (aedes' own `$SYS` traffic left out). */
  seen: SeenPublish[];
  /** Open TCP connections right now. */
  openSockets(): Promise<number>;
  close(): Promise<void>;
}

export interface TestBrokerOptions {
  /** username -> password; a client with another password is refused with CONNACK 4. */
  passwords?: ReadonlyMap<string, string>;
  /** Refuses (and so disconnects, MQTT 3.1.1 §3.3.5) a client's publish when it returns true. */
  refusePublish?: (clientId: string, count: number) => boolean;
  /** Answers a client's CONNECT this much later (a slow login). */
  connectDelayMs?: (username: string | undefined) => number;
}

/**
 * A plain aedes broker on a free loopback port: enough MQTT to test the load engine against,
 * without depending on the Bulb Check broker package.
 */
export async function startTestBroker({
  passwords,
  refusePublish,
  connectDelayMs,
}: TestBrokerOptions = {}): Promise<TestBroker> {
  const seen: SeenPublish[] = [];
  const counts = new Map<string, number>();
  const authenticate = (
    username: string | undefined,
    password: Buffer | undefined,
    done: (error: AuthenticateError | null, success: boolean | null) => void,
  ): void => {
    if (
      !passwords ||
      (username !== undefined && passwords.get(username) === password?.toString())
    ) {
      done(null, true);
      return;
    }
    const error = new Error("bad username or password") as AuthenticateError;
    error.returnCode = 4;
    done(error, false);
  };
  const aedes = await Aedes.createBroker({
    authenticate(_client, username, password, done) {
      const delay = connectDelayMs?.(username) ?? 0;
      if (delay > 0) {
        setTimeout(() => authenticate(username, password, done), delay);
        return;
      }
      authenticate(username, password, done);
    },
    authorizePublish(client, packet: PublishPacket, done) {
      if (!client) return done(null);
      const count = (counts.get(client.id) ?? 0) + 1;
      counts.set(client.id, count);
      if (refusePublish?.(client.id, count)) return done(new Error("refused by the test"));
      seen.push({
        clientId: client.id,
        topic: packet.topic,
        payload: Buffer.from(packet.payload),
        qos: packet.qos,
      });
      done(null);
    },
  });
  const server: Server = createServer(aedes.handle);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `mqtt://127.0.0.1:${port}`,
    aedes,
    seen,
    openSockets: () =>
      new Promise((resolve, reject) =>
        server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
      ),
    close: async () => {
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
