import {
  type Fault,
  isOpenAt,
  type MessageKind,
  Random,
  type ReportableFault,
  type Severity,
  severityOf,
} from "@bulbcheck/shared";
import { ASSET_PROFILES } from "../fleet/asset-profiles.ts";
import type {
  SimAsset,
  SimButton,
  SimCheckpoint,
  SimFleet,
  SimSensor,
  SimSite,
} from "../fleet/sim-fleet.ts";
import { EventQueue } from "./event-queue.ts";

/**
 * The simulated chain as a discrete-event model: assets fail, sensors see what they can, staff
 * walk their rounds, customers notice, staff acknowledge and fix, devices drop off and come back.
 * It has no clock and no I/O: it turns simulated time into a list of actions for the runner, so
 * the same fleet, seed and start give the same actions, whatever the speed or the machine.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Behaviour {
  /** Multiplies every asset's failure rate; 0 turns spontaneous failures off. */
  failureRate: number;
  /** A sensor reports a fault it sees this long after it happens (uniform). */
  sensorDelayMs: readonly [number, number];
  /** Mean time until a customer reports a fault on a customer-visible asset. */
  customerNoticeMeanMs: number;
  /** The share of faults on other assets that customers report at all. */
  customerReportsHidden: number;
  staffAckMeanMs: number;
  /** Mean time to fix, by the defect's severity. */
  fixMeanMs: Readonly<Record<Severity, number>>;
  /** Unplanned disconnects per device per day (0 for none). */
  dropsPerDay: number;
  backOnlineMeanMs: number;
  /** Battery points a sensor loses per heartbeat. */
  drainPerHeartbeat: number;
  /** Share of messages followed by a malformed one, so the reject path is exercised. */
  malformedShare: number;
  /** Whether staff walk rounds on their own (scenarios may script them instead). */
  rounds: boolean;
  /**
   * A chain is never all fine: at the start, each asset has failed with the chance of this many
   * hours of its failure rate, over the first minutes, so that a new board has something on it.
   */
  backlogHours: number;
  /**
   * The share of checkpoints nobody walks (a round that fell through the cracks), so that the
   * board shows overdue inspections; they go overdue in real time, after their interval.
   */
  forgottenRounds: number;
}

export const DEFAULT_BEHAVIOUR: Behaviour = {
  failureRate: 1,
  sensorDelayMs: [2 * SECOND, 10 * SECOND],
  customerNoticeMeanMs: 25 * MINUTE,
  customerReportsHidden: 0.1,
  staffAckMeanMs: 10 * MINUTE,
  fixMeanMs: { high: 45 * MINUTE, medium: 3 * HOUR, low: 10 * HOUR },
  dropsPerDay: 0.3,
  backOnlineMeanMs: 15 * MINUTE,
  drainPerHeartbeat: 0.002,
  malformedShare: 0.005,
  rounds: true,
  backlogHours: 8,
  forgottenRounds: 0.1,
};

/** Behaviour of a scripted scenario: nothing happens that the script does not say. */
export const QUIET_BEHAVIOUR: Behaviour = {
  ...DEFAULT_BEHAVIOUR,
  failureRate: 0,
  customerNoticeMeanMs: Number.POSITIVE_INFINITY,
  customerReportsHidden: 0,
  staffAckMeanMs: Number.POSITIVE_INFINITY,
  fixMeanMs: {
    high: Number.POSITIVE_INFINITY,
    medium: Number.POSITIVE_INFINITY,
    low: Number.POSITIVE_INFINITY,
  },
  dropsPerDay: 0,
  malformedShare: 0,
  rounds: false,
  backlogHours: 0,
  forgottenRounds: 0,
};

export type SimAction =
  | { type: "connect"; device: string; site: string }
  /** Gone without a goodbye: the broker publishes the device's last will. */
  | { type: "drop"; device: string; site: string }
  | {
      type: "publish";
      device: string;
      site: string;
      kind: MessageKind;
      /** An object to send as JSON, or raw text (a status, or a malformed payload). */
      payload: Record<string, unknown> | string;
      retain?: boolean;
    }
  /** Staff acknowledge on the dashboard: the runner does it over REST. */
  | { type: "ack"; site: string; asset: string; fault: Fault; by: string }
  | { type: "note"; text: string };

export interface TimedAction {
  at: number;
  action: SimAction;
}

type SimEvent =
  | { type: "fail"; asset: SimAsset; fault?: ReportableFault }
  | { type: "sensorSees"; asset: SimAsset; fault: ReportableFault; epoch: number }
  | { type: "customerNotices"; asset: SimAsset; epoch: number }
  | { type: "ack"; asset: SimAsset; epoch: number }
  | { type: "fix"; asset: SimAsset; epoch: number; staff?: string }
  | { type: "heartbeat"; sensor: SimSensor; life: number }
  | { type: "alive"; button: SimButton; life: number }
  | { type: "round"; checkpoint: SimCheckpoint; scripted?: boolean }
  | { type: "drop"; device: string }
  | { type: "back"; device: string }
  | { type: "report"; asset: SimAsset; fault: ReportableFault; source: "staff" | "customer" }
  | { type: "emit"; action: SimAction };

interface AssetState {
  fault: ReportableFault | null;
  /** Bumped on every failure and fix, so that events of an earlier failure are ignored. */
  epoch: number;
  known: boolean;
  reportedBy: Set<"sensor" | "staff" | "customer">;
}

interface DeviceState {
  site: string;
  online: boolean;
  /** Bumped at every reconnect, so that timers of an earlier connection die with it. */
  life: number;
  seq: number;
  battery: number | undefined;
}

const STAFF_NAMES = ["kari", "ola", "ingrid", "lars", "sofia", "ahmed", "mette", "jonas"];

export interface ChainModelOptions {
  seed: number;
  /** Simulated start time, epoch ms. */
  start: number;
  behaviour?: Partial<Behaviour>;
}

export class ChainModel {
  readonly fleet: SimFleet;
  readonly behaviour: Behaviour;
  readonly #queue = new EventQueue<SimEvent>();
  readonly #random: Random;
  readonly #assets = new Map<string, AssetState>();
  readonly #devices = new Map<string, DeviceState>();
  readonly #sensors = new Map<string, SimSensor>();
  readonly #buttons = new Map<string, SimButton>();
  readonly #byKey = new Map<string, SimAsset>();
  readonly #sites = new Map<string, SimSite>();
  /** Prefix of event ids: a run started at another time never reuses an id. */
  readonly #runTag: string;
  #now: number;
  #out: TimedAction[] = [];

  constructor(fleet: SimFleet, options: ChainModelOptions) {
    this.fleet = fleet;
    this.behaviour = { ...DEFAULT_BEHAVIOUR, ...options.behaviour };
    this.#random = new Random(options.seed);
    this.#now = options.start;
    this.#runTag = Math.floor(options.start / 1000).toString(36);
    const start = options.start;
    for (const site of fleet.sites) {
      this.#sites.set(site.id, site);
      for (const asset of site.assets) {
        this.#byKey.set(key(site.id, asset.id), asset);
        this.#assets.set(key(site.id, asset.id), {
          fault: null,
          epoch: 0,
          known: false,
          reportedBy: new Set(),
        });
        this.#scheduleFailure(asset, start);
        const backlog =
          ASSET_PROFILES[asset.kind].failuresPerDay * (this.behaviour.backlogHours / 24);
        if (this.#random.chance(backlog * this.behaviour.failureRate))
          this.#queue.push(start + this.#random.between(5 * SECOND, 5 * MINUTE), {
            type: "fail",
            asset,
          });
      }
      for (const sensor of site.sensors) {
        this.#sensors.set(sensor.id, sensor);
        this.#devices.set(sensor.id, {
          site: site.id,
          online: false,
          life: 0,
          seq: 0,
          battery: Math.round(this.#random.between(60, 100)),
        });
      }
      for (const button of site.buttons) this.#buttons.set(button.id, button);
      for (const button of site.buttons)
        this.#devices.set(button.id, {
          site: site.id,
          online: false,
          life: 0,
          seq: 0,
          battery: undefined,
        });
      // Devices come up over the first seconds, not all in one instant.
      for (const device of [...site.sensors, ...site.buttons]) {
        this.#queue.push(start + this.#random.between(0, 3 * SECOND), {
          type: "back",
          device: device.id,
        });
      }
      if (this.behaviour.rounds) {
        for (const cp of site.checkpoints) {
          if (this.#random.chance(this.behaviour.forgottenRounds)) continue;
          this.#queue.push(start + this.#random.between(0, cp.intervalMs), {
            type: "round",
            checkpoint: cp,
          });
        }
      }
    }
  }

  get now(): number {
    return this.#now;
  }

  asset(site: string, asset: string): SimAsset {
    const found = this.#byKey.get(key(site, asset));
    if (!found) throw new Error(`no asset ${asset} at site ${site}`);
    return found;
  }

  checkpoint(site: string, id: string): SimCheckpoint {
    const found = this.#sites.get(site)?.checkpoints.find((c) => c.id === id);
    if (!found) throw new Error(`no checkpoint ${id} at site ${site}`);
    return found;
  }

  hasDevice(id: string): boolean {
    return this.#devices.has(id);
  }

  /** Scripted: the asset fails now (with this fault, or one drawn from its kind). */
  fail(at: number, site: string, asset: string, fault?: ReportableFault): void {
    this.#queue.push(at, {
      type: "fail",
      asset: this.asset(site, asset),
      ...(fault ? { fault } : {}),
    });
  }

  /** Scripted: a person reports a fault on an asset. */
  report(
    at: number,
    site: string,
    asset: string,
    fault: ReportableFault,
    source: "staff" | "customer",
  ): void {
    this.#queue.push(at, { type: "report", asset: this.asset(site, asset), fault, source });
  }

  /** Scripted: staff fix the asset and say so on their pad. */
  fix(at: number, site: string, asset: string, staff?: string): void {
    const target = this.asset(site, asset);
    // The epoch is read when the fix happens, so that it fixes whatever failure is current then.
    this.#queue.push(at, { type: "fix", asset: target, epoch: -1, ...(staff ? { staff } : {}) });
  }

  /** Scripted: staff acknowledge the asset's defects on the dashboard. */
  acknowledge(at: number, site: string, asset: string): void {
    this.#queue.push(at, { type: "ack", asset: this.asset(site, asset), epoch: -1 });
  }

  round(at: number, site: string, checkpoint: string): void {
    this.#queue.push(at, {
      type: "round",
      checkpoint: this.checkpoint(site, checkpoint),
      scripted: true,
    });
  }

  drop(at: number, device: string): void {
    this.#queue.push(at, { type: "drop", device });
  }

  reconnect(at: number, device: string): void {
    this.#queue.push(at, { type: "back", device });
  }

  note(at: number, text: string): void {
    this.#queue.push(at, { type: "emit", action: { type: "note", text } });
  }

  /** Runs the model up to `until` (inclusive) and returns what devices and staff did, in order. */
  advance(until: number): TimedAction[] {
    for (
      let next = this.#queue.peekTime();
      next !== undefined && next <= until;
      next = this.#queue.peekTime()
    ) {
      const entry = this.#queue.pop() as { at: number; item: SimEvent };
      this.#now = entry.at;
      this.#handle(entry.item);
    }
    this.#now = Math.max(this.#now, until);
    const out = this.#out;
    this.#out = [];
    return out;
  }

  #handle(event: SimEvent): void {
    switch (event.type) {
      case "fail":
        this.#onFail(event.asset, event.fault);
        return;
      case "sensorSees":
        this.#onSensorSees(event.asset, event.fault, event.epoch);
        return;
      case "customerNotices":
        this.#onCustomerNotices(event.asset, event.epoch);
        return;
      case "report":
        this.#onReport(event.asset, event.fault, event.source);
        return;
      case "ack":
        this.#onAck(event.asset, event.epoch);
        return;
      case "fix":
        this.#onFix(event.asset, event.epoch, event.staff);
        return;
      case "heartbeat":
        this.#onHeartbeat(event.sensor, event.life);
        return;
      case "alive":
        this.#onAlive(event.button, event.life);
        return;
      case "round":
        this.#onRound(event.checkpoint, event.scripted ?? false);
        return;
      case "drop":
        this.#onDrop(event.device);
        return;
      case "back":
        this.#onBack(event.device);
        return;
      case "emit":
        this.#emit(event.action);
        return;
    }
  }

  #state(asset: SimAsset): AssetState {
    return this.#assets.get(key(asset.site, asset.id)) as AssetState;
  }

  #scheduleFailure(asset: SimAsset, from: number): void {
    const rate = ASSET_PROFILES[asset.kind].failuresPerDay * this.behaviour.failureRate;
    if (rate <= 0) return;
    this.#queue.push(from + this.#random.exponential(DAY / rate), { type: "fail", asset });
  }

  #onFail(asset: SimAsset, scripted?: ReportableFault): void {
    const state = this.#state(asset);
    if (state.fault !== null) return;
    const fault = scripted ?? this.#random.weighted(ASSET_PROFILES[asset.kind].faults);
    state.fault = fault;
    state.epoch++;
    state.known = false;
    state.reportedBy.clear();
    const { epoch } = state;
    if (asset.sensor && ASSET_PROFILES[asset.kind].sensorSees.includes(fault)) {
      const [min, max] = this.behaviour.sensorDelayMs;
      this.#queue.push(this.#now + this.#random.between(min, max), {
        type: "sensorSees",
        asset,
        fault,
        epoch,
      });
    }
    const b = this.behaviour;
    if (asset.customerVisible || this.#random.chance(b.customerReportsHidden)) {
      const mean = asset.customerVisible ? b.customerNoticeMeanMs : b.customerNoticeMeanMs * 4;
      if (Number.isFinite(mean))
        this.#queue.push(this.#now + this.#random.exponential(mean), {
          type: "customerNotices",
          asset,
          epoch,
        });
    }
  }

  #onSensorSees(asset: SimAsset, fault: ReportableFault, epoch: number): void {
    const state = this.#state(asset);
    const sensor = asset.sensor;
    if (state.epoch !== epoch || state.fault !== fault || !sensor || !this.#isOnline(sensor))
      return;
    this.#health(sensor, asset);
    this.#becomesKnown(asset, "sensor");
  }

  #onCustomerNotices(asset: SimAsset, epoch: number): void {
    const state = this.#state(asset);
    if (state.epoch !== epoch || state.fault === null || state.reportedBy.has("customer")) return;
    // Customers rarely report what is already being dealt with in front of them.
    if (state.known && !this.#random.chance(0.2)) return;
    this.#onReport(asset, state.fault, "customer");
  }

  #onReport(asset: SimAsset, fault: ReportableFault, source: "staff" | "customer"): void {
    const state = this.#state(asset);
    const device = this.#reporter(asset, source);
    if (!device) return;
    this.#publish(device, asset.site, "report", {
      asset: asset.id,
      fault,
      source,
      ...(source === "customer" && this.#random.chance(0.3) ? { note: "noticed by a guest" } : {}),
    });
    if (state.fault === fault) this.#becomesKnown(asset, source);
  }

  #becomesKnown(asset: SimAsset, by: "sensor" | "staff" | "customer"): void {
    const state = this.#state(asset);
    state.reportedBy.add(by);
    if (state.known) return;
    state.known = true;
    const b = this.behaviour;
    const { epoch } = state;
    if (Number.isFinite(b.staffAckMeanMs))
      this.#queue.push(this.#now + this.#random.exponential(b.staffAckMeanMs), {
        type: "ack",
        asset,
        epoch,
      });
    const severity = severityOf(state.fault as ReportableFault, asset.customerVisible);
    const fixMean = b.fixMeanMs[severity];
    if (Number.isFinite(fixMean))
      this.#queue.push(this.#now + this.#random.exponential(fixMean), {
        type: "fix",
        asset,
        epoch,
      });
  }

  #onAck(asset: SimAsset, epoch: number): void {
    const state = this.#state(asset);
    if (state.fault === null || (epoch !== -1 && state.epoch !== epoch)) return;
    this.#emit({
      type: "ack",
      site: asset.site,
      asset: asset.id,
      fault: state.fault,
      by: this.#staffName(),
    });
  }

  #onFix(asset: SimAsset, epoch: number, staff?: string): void {
    const state = this.#state(asset);
    if (state.fault === null || (epoch !== -1 && state.epoch !== epoch)) return;
    const { pad, later } = this.#resolver(asset);
    if (!pad && later) {
      // The pads that may resolve it are all offline: staff say so once one is back.
      this.#queue.push(this.#now + 10 * MINUTE, {
        type: "fix",
        asset,
        epoch,
        ...(staff ? { staff } : {}),
      });
      return;
    }
    const fault = state.fault;
    state.fault = null;
    state.epoch++;
    state.known = false;
    state.reportedBy.clear();
    if (pad)
      this.#publish(pad, asset.site, "resolve", {
        asset: asset.id,
        fault,
        staff: staff ?? this.#staffName(),
      });
    // The sensor sees the repair at its next heartbeat; the resolve has cleared the defect already.
    this.#scheduleFailure(asset, this.#now);
  }

  #onHeartbeat(sensor: SimSensor, life: number): void {
    const device = this.#devices.get(sensor.id) as DeviceState;
    if (!device.online || device.life !== life) return;
    const site = this.#sites.get(sensor.site) as SimSite;
    for (const id of sensor.watches) {
      const asset = this.#byKey.get(key(site.id, id));
      if (asset) this.#health(sensor.id, asset);
    }
    if (device.battery !== undefined) {
      device.battery = Math.max(
        0,
        device.battery - this.behaviour.drainPerHeartbeat * sensor.watches.length,
      );
      // Facility staff swap batteries once the board shows them low.
      if (device.battery < 5) device.battery = 100;
    }
    this.#queue.push(this.#now + sensor.intervalMs, { type: "heartbeat", sensor, life });
  }

  /** A button has nothing to report most of the time; it says it is alive once an interval. */
  #onAlive(button: SimButton, life: number): void {
    const device = this.#devices.get(button.id) as DeviceState;
    if (!device.online || device.life !== life) return;
    this.#publish(button.id, device.site, "status", "online", true);
    this.#queue.push(this.#now + button.intervalMs, { type: "alive", button, life });
  }

  #onRound(cp: SimCheckpoint, scripted: boolean): void {
    const site = this.#sites.get(cp.site) as SimSite;
    if (!scripted) {
      // Staff walk while the site is open; a closed site is looked at again a quarter later.
      const jitter = this.#random.between(0.9, 1.1);
      const open = isOpenAt(site.hours, site.timezone, this.#now);
      this.#queue.push(this.#now + (open ? cp.intervalMs * jitter : 15 * MINUTE), {
        type: "round",
        checkpoint: cp,
      });
      if (!open) return;
    }
    if (!cp.pad || !this.#isOnline(cp.pad)) return;
    let found = 0;
    for (const id of cp.assets) {
      const asset = this.#byKey.get(key(site.id, id));
      if (!asset) continue;
      const state = this.#state(asset);
      if (state.fault === null) continue;
      found++;
      if (!state.known) this.#onReport(asset, state.fault, "staff");
    }
    this.#publish(cp.pad, site.id, "checkin", {
      checkpoint: cp.id,
      result: found > 0 ? "defects" : "ok",
      staff: this.#staffName(),
    });
  }

  #onDrop(id: string): void {
    const device = this.#devices.get(id);
    if (!device?.online) return;
    device.online = false;
    this.#emit({ type: "drop", device: id, site: device.site });
    this.#queue.push(this.#now + this.#random.exponential(this.behaviour.backOnlineMeanMs), {
      type: "back",
      device: id,
    });
  }

  #onBack(id: string): void {
    const device = this.#devices.get(id);
    if (!device || device.online) return;
    device.online = true;
    device.life++;
    this.#emit({ type: "connect", device: id, site: device.site });
    this.#publish(id, device.site, "status", "online", true);
    const sensor = this.#sensors.get(id);
    if (sensor) this.#onHeartbeat(sensor, device.life);
    const button = this.#buttons.get(id);
    if (button)
      this.#queue.push(this.#now + button.intervalMs, { type: "alive", button, life: device.life });
    if (this.behaviour.dropsPerDay > 0)
      this.#queue.push(this.#now + this.#random.exponential(DAY / this.behaviour.dropsPerDay), {
        type: "drop",
        device: id,
      });
  }

  #isOnline(device: string): boolean {
    return this.#devices.get(device)?.online ?? false;
  }

  /**
   * The button a person uses to report on an asset: customers a feedback button, staff a pad,
   * the one in the asset's zone when it is there and working.
   */
  #reporter(asset: SimAsset, source: "staff" | "customer"): string | undefined {
    const site = this.#sites.get(asset.site) as SimSite;
    const working = site.buttons.filter((b) => this.#isOnline(b.id));
    const ofRole = working.filter((b) => b.role === source);
    const inZone = ofRole.filter((b) => b.id.includes(`-${asset.zone}-`));
    const pool = inZone.length > 0 ? inZone : ofRole.length > 0 ? ofRole : working;
    return pool.length > 0 ? this.#random.pick(pool).id : undefined;
  }

  /**
   * The staff pad a fix is said on: one whose scope has the asset (the server refuses others),
   * in the asset's zone when it is there and working. `later` when such pads exist but none is
   * online now.
   */
  #resolver(asset: SimAsset): { pad: string | undefined; later: boolean } {
    const site = this.#sites.get(asset.site) as SimSite;
    const able = site.buttons.filter((b) => b.role === "staff" && b.resolves.has(asset.id));
    const working = able.filter((b) => this.#isOnline(b.id));
    const inZone = working.filter((b) => b.id.includes(`-${asset.zone}-`));
    const pool = inZone.length > 0 ? inZone : working;
    if (pool.length === 0) return { pad: undefined, later: able.length > 0 };
    return { pad: this.#random.pick(pool).id, later: false };
  }

  #staffName(): string {
    return this.#random.pick(STAFF_NAMES);
  }

  #health(sensor: string, asset: SimAsset): void {
    const state = this.#state(asset);
    const sees =
      state.fault !== null && ASSET_PROFILES[asset.kind].sensorSees.includes(state.fault);
    const battery = this.#devices.get(sensor)?.battery;
    this.#publish(sensor, asset.site, "health", {
      asset: asset.id,
      ...(sees ? { state: "fault", fault: state.fault } : { state: "ok" }),
      ...(battery !== undefined ? { battery: Math.round(battery) } : {}),
    });
  }

  #publish(
    device: string,
    site: string,
    kind: MessageKind,
    payload: Record<string, unknown> | string,
    retain = false,
  ): void {
    const state = this.#devices.get(device) as DeviceState;
    const body =
      typeof payload === "string" ? payload : { id: `${this.#runTag}-${++state.seq}`, ...payload };
    this.#emit({
      type: "publish",
      device,
      site,
      kind,
      payload: body,
      ...(retain ? { retain } : {}),
    });
    if (kind !== "status" && this.#random.chance(this.behaviour.malformedShare)) {
      this.#emit({ type: "publish", device, site, kind, payload: this.#malformed(body) });
    }
  }

  /** What a faulty firmware sends now and then: cut off, a field missing, a fault nobody knows. */
  #malformed(body: Record<string, unknown> | string): string {
    const text = typeof body === "string" ? body : JSON.stringify(body);
    const variant = this.#random.int(3);
    if (variant === 0) return text.slice(0, Math.max(1, text.length - 7));
    if (variant === 1) {
      const { asset: _, checkpoint: __, ...rest } = body as Record<string, unknown>;
      return JSON.stringify(rest);
    }
    return JSON.stringify({
      ...(body as Record<string, unknown>),
      fault: "gremlins",
      state: "fault",
    });
  }

  #emit(action: SimAction): void {
    this.#out.push({ at: this.#now, action });
  }
}

function key(site: string, asset: string): string {
  return `${site}/${asset}`;
}
