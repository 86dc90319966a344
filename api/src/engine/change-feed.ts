import type { DEFECT_CHANGES } from "@bulbcheck/shared";
import type { StoredDefect } from "../store/defect-store.ts";

/** What live boards hear about: defect, device and inspection changes, after they are committed. */
export type Change =
  | {
      type: "defect";
      change: (typeof DEFECT_CHANGES)[number];
      defect: StoredDefect;
    }
  | {
      type: "device";
      change: "online" | "offline" | "rejected" | "revoked" | "restored";
      device: string;
      site: string;
      at: number;
      reason?: string;
    }
  | {
      type: "inspection";
      site: string;
      checkpoint: string;
      result: "ok" | "defects";
      staff: string | null;
      at: number;
    };

export type ChangeListener = (change: Change) => void;

/**
 * A synchronous fan-out of committed changes. Listeners must be quick and must not throw; a
 * listener that throws is removed rather than allowed to break the others.
 */
export class ChangeFeed {
  readonly #listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  get listenerCount(): number {
    return this.#listeners.size;
  }

  publish(changes: readonly Change[]): void {
    if (changes.length === 0 || this.#listeners.size === 0) return;
    for (const listener of this.#listeners) {
      try {
        for (const change of changes) listener(change);
      } catch {
        this.#listeners.delete(listener);
      }
    }
  }
}
