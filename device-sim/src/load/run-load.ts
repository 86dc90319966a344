import { DeviceConnection } from "./device-connection.ts";
import { okHealthPayload } from "./health-payload.ts";
import { type LoadOptions, type LoadPlan, planLoad } from "./load-options.ts";
import type { LoadProgress, LoadResult } from "./load-result.ts";
import { RunState } from "./run-state.ts";

const TICK_MS = 1000;

/**
 * Connects every device over its own TCP connection, publishes QoS 0 or 1 messages to each
 * device's `health` topic as fast as the broker acknowledges them (or at `rate`), then
 * disconnects everything. Connection problems are counted in `errors`; the promise rejects only
 * for invalid options or when no device could connect at all.
 *
 * @example
 * const result = await runLoad({
 *   url: "mqtt://127.0.0.1:1883",
 *   devices: [{ id: "load-1", site: "bench", secret }],
 *   messagesPerDevice: 10_000,
 *   qos: 1,
 * });
 * console.log(result.ratePerSecond, result.latencyMs.p99);
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const plan = planLoad(options);
  const state = new RunState(plan);
  const payload = options.payload ?? okHealthPayload;
  const connections = plan.devices.map(
    (device) =>
      new DeviceConnection({
        device,
        state,
        qos: plan.qos,
        window: plan.window,
        messages: plan.perDevice,
        payload,
      }),
  );
  const { signal } = options;
  const clock = new RunClock();
  let ticker: NodeJS.Timeout | undefined;
  let drainTimer: NodeJS.Timeout | undefined;
  let durationTimer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    if (state.stopping) return;
    state.stop();
    for (const c of connections) {
      if (c.connecting) void c.finish();
      else c.resume();
    }
    drainTimer = setTimeout(() => {
      for (const c of connections) c.abandon("drain_timeout");
    }, plan.drainTimeoutMs);
  };
  signal?.addEventListener("abort", onAbort, { once: true });

  try {
    const ready = signal?.aborted ? [] : await connectAll(connections, plan, signal);
    clock.connected();
    if (ready.length === 0 && !signal?.aborted) {
      throw new Error(`no device could connect to ${options.url}: ${describeErrors(state)}`);
    }
    state.lastAckAt = performance.now();
    const allDone = state.begin(ready.length);
    let lastAcked = 0;
    ticker = setInterval(() => {
      const now = performance.now();
      for (const c of ready) c.keepAlive(now);
      if (state.inflight > 0 && now - state.lastAckAt > plan.ackTimeoutMs) {
        state.stop();
        for (const c of ready) c.abandon("ack_timeout");
      }
      if (options.onProgress) {
        options.onProgress(progressOf(state, clock, ready.length, state.acked - lastAcked));
        lastAcked = state.acked;
      }
    }, TICK_MS);
    for (const c of ready) c.start();
    if (options.durationMs !== undefined) durationTimer = setTimeout(onAbort, options.durationMs);
    await allDone;
    clock.published();
    return resultOf(state, clock, ready.length);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    clearInterval(ticker);
    clearTimeout(drainTimer);
    clearTimeout(durationTimer);
    state.stop();
    await Promise.all(connections.map((c) => c.finish()));
  }
}

/** Opens connections `connectConcurrency` at a time; returns the ones that were accepted. */
async function connectAll(
  connections: readonly DeviceConnection[],
  plan: LoadPlan,
  signal: AbortSignal | undefined,
): Promise<DeviceConnection[]> {
  const ready: DeviceConnection[] = [];
  let next = 0;
  const worker = async () => {
    for (let c = connections[next++]; c && !signal?.aborted; c = connections[next++]) {
      if (await c.connect(plan.host, plan.port, plan.connectTimeoutMs)) ready.push(c);
    }
  };
  const workers = Math.min(plan.connectConcurrency, connections.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return ready;
}

/** The run's phases on the monotonic clock. */
class RunClock {
  readonly #start = performance.now();
  #connectedAt: number | undefined;
  #publishedAt: number | undefined;

  connected(): void {
    this.#connectedAt = performance.now();
  }

  published(): void {
    this.#publishedAt = performance.now();
  }

  get connectMs(): number {
    return (this.#connectedAt ?? performance.now()) - this.#start;
  }

  get publishMs(): number {
    const from = this.#connectedAt ?? performance.now();
    return (this.#publishedAt ?? performance.now()) - from;
  }
}

function progressOf(
  state: RunState,
  clock: RunClock,
  connected: number,
  ackedSinceLast: number,
): LoadProgress {
  return {
    elapsedMs: Math.round(clock.publishMs),
    sent: state.sent,
    acked: state.acked,
    inflight: state.inflight,
    connected,
    ratePerSecond: Math.round((ackedSinceLast * 1000) / TICK_MS),
    errors: { ...state.errors },
  };
}

function resultOf(state: RunState, clock: RunClock, connected: number): LoadResult {
  const durationMs = clock.publishMs;
  return {
    sent: state.sent,
    acked: state.acked,
    errors: { ...state.errors },
    durationMs: Math.round(durationMs),
    ratePerSecond: durationMs > 0 ? Math.round((state.acked * 1000) / durationMs) : 0,
    latencyMs: state.latency.summary(),
    connectMs: Math.round(clock.connectMs),
    connected,
  };
}

function describeErrors(state: RunState): string {
  const kinds = Object.entries(state.errors).map(([kind, n]) => `${kind} x${n}`);
  const first = state.firstError ? ` (first: ${state.firstError})` : "";
  return `${kinds.join(", ") || "no answer"}${first}`;
}
