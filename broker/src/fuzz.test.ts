import { decodePayload, deviceTopic, Random } from "@bulbcheck/shared";
import type { MqttClient } from "mqtt";
import { expect, onTestFailed, test } from "vitest";
import type { AcceptedPublish } from "./auth/authorize.ts";
import {
  closed,
  connectAs,
  startTestBroker,
  type TestBroker,
  WAIT_MS,
  waitFor,
} from "./testing/fixtures.ts";
import { type FuzzCase, type FuzzIdentities, nextFuzzCase } from "./testing/fuzz-cases.ts";
import { forcedGc, playRaw, playWebSocket, sleep } from "./testing/raw-mqtt.ts";

/**
 * The broker fuzzer: hundreds of raw connections send random and broken MQTT while a
 * well-behaved device publishes at QoS 1 and a subscriber and the ingest hook count what arrives.
 * A failure prints its seed; `BULBCHECK_FUZZ_SEED=<seed>` replays the same run, and
 * `BULBCHECK_FUZZ_CONNECTIONS=<n>` makes it longer (default 3,000: about 10 s).
 */

const DEFAULT_CONNECTIONS = 3000;
const CONNECTIONS = Number(process.env.BULBCHECK_FUZZ_CONNECTIONS ?? DEFAULT_CONNECTIONS);
const SEED = Number(process.env.BULBCHECK_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const WARM_UP = 60;
const CONCURRENCY = 24;
const CONNECT_TIMEOUT_MS = 1000;
const KEEPALIVE_LIMIT_S = 5;
/**
 * A silent connection lives at most 1.5 keepalives (aedes) or the connect timeout; the slack is a
 * busy machine's, where thousands of sockets wait for the same two cores.
 */
const ABANDON_MS = KEEPALIVE_LIMIT_S * 1500 + WAIT_MS;
/**
 * Memory the broker may keep after the run, once collected. The fuzz connections push tens of
 * megabytes through the broker's parser, so keeping even a fraction of their buffers fails this.
 */
const RETAINED_LIMIT = 8 * 1024 * 1024;
/** Without a forced collection, garbage and retained memory cannot be told apart: be loose. */
const UNCOLLECTED_LIMIT = 96 * 1024 * 1024;

const SITE = "hotel-oslo";
const GOOD = "lamp-1";
const GOOD_TOPIC = deviceTopic({ site: SITE, device: GOOD, kind: "health" });

interface RunStats {
  cases: Record<string, number>;
  bytes: number;
  failures: string[];
}

/** Plays `count` hostile connections, `CONCURRENCY` at a time; silent ones wait without a slot. */
async function fuzz(
  t: TestBroker,
  rng: Random,
  ids: FuzzIdentities,
  count: number,
  stats: RunStats,
): Promise<void> {
  const silent: Promise<void>[] = [];
  let next = 0;
  const play = (index: number, fuzzCase: FuzzCase) => {
    const options = { ...fuzzCase, abandonMs: ABANDON_MS };
    const playing = fuzzCase.webSocket
      ? playWebSocket(t.wsUrl, fuzzCase.chunks, options)
      : playRaw(t.port, fuzzCase.chunks, options);
    return playing.then(
      () => {},
      (error: unknown) => {
        const transport = fuzzCase.webSocket ? "ws" : "tcp";
        stats.failures.push(
          `#${index} ${fuzzCase.name} (${transport}, ${fuzzCase.ending}): ${error}`,
        );
      },
    );
  };
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const fuzzCase = nextFuzzCase(rng, ids);
      stats.cases[fuzzCase.name] = (stats.cases[fuzzCase.name] ?? 0) + 1;
      stats.bytes += fuzzCase.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      if (fuzzCase.ending === "abandon") {
        // Give the write a moment, then let the broker's timeouts do the rest off the slot.
        const playing = play(index, fuzzCase);
        silent.push(playing);
        await sleep(1);
      } else {
        await play(index, fuzzCase);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await Promise.all(silent);
}

function retainedMemory(gc: (() => void) | undefined): number {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** Publishes `{id}` at QoS 1 one after another until stopped; every resolved publish was acked. */
function keepPublishing(device: MqttClient, acked: string[]) {
  let running = true;
  const gone = closed(device).then(() => {
    if (running) throw new Error(`${GOOD} was disconnected while publishing`);
  });
  const loop = (async () => {
    for (let n = 0; running; n++) {
      const id = `good-${n}`;
      const payload = JSON.stringify({ id, asset: "lamp", state: "ok" });
      await Promise.race([device.publishAsync(GOOD_TOPIC, payload, { qos: 1 }), gone]);
      acked.push(id);
      await sleep(5);
    }
  })();
  // Awaited by stop(); until then a disconnect must not count as an unhandled rejection.
  loop.catch(() => {});
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

test(
  "hostile connections never stop the broker, lose a good message, leak a socket or keep memory",
  async () => {
    onTestFailed(() => {
      console.error(
        `broker fuzz failed with seed ${SEED}; replay it with BULBCHECK_FUZZ_SEED=${SEED}` +
          ` BULBCHECK_FUZZ_CONNECTIONS=${CONNECTIONS} pnpm exec vitest run broker/src/fuzz.test.ts`,
      );
    });
    const rng = new Random(SEED);
    const hooked: string[] = [];
    let decoded = 0;
    const onPublish = ({ principal, deviceTopic: topic, payload, receivedAt }: AcceptedPublish) => {
      // What the ingester does with each accepted publish: decode it; that must never throw.
      if (topic) decoded += decodePayload(topic.kind, payload, { receivedAt }).ok ? 1 : 0;
      if (principal.id === GOOD) hooked.push(JSON.parse(payload.toString()).id);
      return undefined;
    };
    const t: TestBroker = await startTestBroker({
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      keepaliveLimitSeconds: KEEPALIVE_LIMIT_S,
      // The fuzzer fails logins by the thousand from one address; the guard has its own tests,
      // and here it would only ban the fuzzer before its garbage reached the parser.
      loginGuard: { maxFailuresPerClient: 1e9, maxFailuresPerAddress: 1e9 },
      beforeAck: onPublish,
    });
    try {
      const ids: FuzzIdentities = {
        device: { ...(await t.device("fuzz-dev", SITE)), site: SITE },
        // Nothing the fuzzer may publish matches what it may subscribe to: an offline session
        // of its own would rightly queue every message for it, and that is state, not a leak.
        service: await t.service("fuzz-svc", {
          publish: ["fuzz/#"],
          subscribe: [`bulbcheck/v1/${SITE}/fuzz-svc/#`],
        }),
        victimTopic: GOOD_TOPIC,
      };
      const device = await connectAs(t.url, await t.device(GOOD, SITE), { keepalive: 5 });
      const ingest = await connectAs(
        t.url,
        await t.service("ingest", { subscribe: ["bulbcheck/v1/#"] }),
        { keepalive: 5 },
      );
      const delivered: string[] = [];
      ingest.on("message", (topic, payload) => {
        if (topic === GOOD_TOPIC) delivered.push(JSON.parse(payload.toString()).id);
      });
      await ingest.subscribeAsync("bulbcheck/v1/+/+/+", { qos: 1 });
      const goodClients = 2;

      const stats: RunStats = { cases: {}, bytes: 0, failures: [] };
      await fuzz(t, rng, ids, WARM_UP, stats);
      const gc = forcedGc();
      const before = retainedMemory(gc);

      const acked: string[] = [];
      const publisher = keepPublishing(device, acked);
      await fuzz(t, rng, ids, CONNECTIONS, stats);
      await publisher.stop();

      expect(stats.failures.slice(0, 10)).toEqual([]);
      // Every acknowledged message reached the ingest hook and the subscriber, once each.
      await waitFor(
        "the subscriber to receive every message",
        () => delivered.length >= acked.length,
      );
      expect(acked.length).toBeGreaterThan(0);
      expect(hooked).toEqual(acked);
      expect(delivered).toEqual(acked);

      // The broker still takes new connections and publishes.
      const late = await connectAs(t.url, await t.device("lamp-2", SITE), { keepalive: 5 });
      await late.publishAsync(deviceTopic({ site: SITE, device: "lamp-2", kind: "health" }), "{}", {
        qos: 1,
      });
      await late.endAsync();

      // No socket or client outlives its connection.
      await waitFor(
        "the broker to forget every fuzz connection",
        () => t.broker.stats().connections.current === goodClients,
        ABANDON_MS,
      );
      expect(t.broker.stats().connections.clients).toBe(goodClients);
      expect(device.connected && ingest.connected).toBe(true);

      const grown = retainedMemory(gc) - before;
      const limit = gc ? RETAINED_LIMIT : UNCOLLECTED_LIMIT;
      const summary = {
        seed: SEED,
        connections: CONNECTIONS,
        fuzzMegabytes: Math.round(stats.bytes / 1e5) / 10,
        goodMessages: acked.length,
        decodedValid: decoded,
        retainedMegabytes: Math.round(grown / 1e5) / 10,
        closed: t.broker.stats().closed,
        refused: t.broker.stats().connects.refused,
        cases: stats.cases,
      };
      if (process.env.BULBCHECK_FUZZ_CONNECTIONS) console.log(JSON.stringify(summary));
      // The check is only as good as the traffic: it must dwarf the limit.
      if (CONNECTIONS >= DEFAULT_CONNECTIONS) expect(stats.bytes).toBeGreaterThan(2 * limit);
      expect(grown, JSON.stringify(summary)).toBeLessThan(limit);

      await device.endAsync();
      await ingest.endAsync();
    } finally {
      await t.close();
    }
  },
  60_000 + CONNECTIONS * 100,
);
