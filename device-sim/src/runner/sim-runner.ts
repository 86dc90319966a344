import type { ChainModel, SimAction, TimedAction } from "../sim/chain-model.ts";
import type { ApiClient } from "./api-client.ts";
import { DevicePool } from "./device-pool.ts";

export interface SimRunnerOptions {
  model: ChainModel;
  api: ApiClient;
  mqttUrl: string;
  secrets: ReadonlyMap<string, string>;
  /** Simulated time runs this many times faster than real time. */
  speed: number;
  /** Real time between model steps. Default 100 ms. */
  tickMs?: number;
  log: (line: string) => void;
}

export interface SimCounters {
  published: number;
  acknowledged: number;
  failed: number;
  /** In flight on a device when the simulation made it vanish. */
  lostWithDevice: number;
  acks: number;
  ackMisses: number;
  drops: number;
  errors: number;
}

/**
 * Plays a chain model against the real system in real time: simulated time advances `speed`
 * times faster, and each action is carried out as it falls due, publishes by the device's own
 * MQTT connection, acknowledgements over REST.
 */
export class SimRunner {
  readonly #options: SimRunnerOptions;
  readonly #pool: DevicePool;
  readonly #siteOf = new Map<string, string>();
  readonly #startReal = Date.now();
  readonly #startSim: number;
  #timer: NodeJS.Timeout | undefined;
  #pending = new Set<Promise<void>>();
  #acks = 0;
  #ackMisses = 0;
  #drops = 0;
  #errors = 0;
  readonly #reported = new Set<string>();

  constructor(options: SimRunnerOptions) {
    this.#options = options;
    this.#startSim = options.model.now;
    this.#pool = new DevicePool(options.mqttUrl, options.secrets, (device, error) => {
      this.#errors++;
      // The same failure on many devices is one problem: it is said once, and counted.
      if (this.#reported.has(error.message)) return;
      this.#reported.add(error.message);
      options.log(`device ${device}: ${error.message} (counted, not repeated, for other devices)`);
    });
  }

  /** Simulated time now. */
  simNow(): number {
    return this.#startSim + (Date.now() - this.#startReal) * this.#options.speed;
  }

  start(): void {
    const tick = () => {
      this.step();
      this.#timer = setTimeout(tick, this.#options.tickMs ?? 100);
    };
    tick();
  }

  /** Carries out everything due up to now. */
  step(): void {
    for (const timed of this.#options.model.advance(this.simNow())) this.#carryOut(timed);
  }

  counters(): SimCounters {
    const c = this.#pool.counters;
    return {
      published: c.published,
      acknowledged: c.acknowledged,
      failed: c.failed,
      lostWithDevice: c.lostWithDevice,
      acks: this.#acks,
      ackMisses: this.#ackMisses,
      drops: this.#drops,
      errors: this.#errors,
    };
  }

  get online(): number {
    return this.#pool.online;
  }

  /** Stops the clock, finishes REST calls under way, and takes every device offline. */
  async stop(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    await Promise.all(this.#pending);
    await this.#pool.close(this.#siteOf);
  }

  #carryOut({ at, action }: TimedAction): void {
    switch (action.type) {
      case "connect":
        this.#siteOf.set(action.device, action.site);
        this.#pool.connect(action.device, action.site);
        return;
      case "drop":
        this.#drops++;
        this.#pool.drop(action.device);
        return;
      case "publish":
        this.#pool.publish(
          action.device,
          action.site,
          action.kind,
          serialize(action, at),
          action.retain,
        );
        return;
      case "ack":
        this.#track(this.#acknowledge(action));
        return;
      case "note":
        this.#options.log(action.text);
        return;
    }
  }

  async #acknowledge(action: Extract<SimAction, { type: "ack" }>): Promise<void> {
    try {
      const open = await this.#options.api.defects({
        site: action.site,
        asset: action.asset,
        status: "open",
      });
      const defect = open.find((d) => d.fault === action.fault);
      if (!defect) {
        // Not on the board (yet): nothing for staff to acknowledge.
        this.#ackMisses++;
        return;
      }
      await this.#options.api.acknowledge(defect.id, `acknowledged by ${action.by}`);
      this.#acks++;
    } catch (error) {
      this.#errors++;
      this.#options.log(`acknowledge ${action.site}/${action.asset}: ${(error as Error).message}`);
    }
  }

  #track(work: Promise<void>): void {
    this.#pending.add(work);
    void work.finally(() => this.#pending.delete(work));
  }
}

/**
 * A payload as sent. The device's clock says when it happened; once simulated time runs ahead of
 * the real clock that time would be in the future, so it is left out and the server's is used.
 */
function serialize(action: Extract<SimAction, { type: "publish" }>, at: number): string {
  if (typeof action.payload === "string") return action.payload;
  if (at > Date.now()) return JSON.stringify(action.payload);
  return JSON.stringify({ ...action.payload, ts: new Date(at).toISOString() });
}
