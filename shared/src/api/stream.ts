import { z } from "zod";
import { idSchema } from "../ids.ts";
import { defectSchema } from "./defects.ts";
import { siteSummarySchema } from "./registry.ts";

const iso = z.iso.datetime();

/** `assigned`, `held`, `reopened` and `commented` are additions (issue 20). */
export const DEFECT_CHANGES = [
  "opened",
  "merged",
  "acknowledged",
  "resolved",
  "assigned",
  "held",
  "reopened",
  "commented",
] as const;
export const DEVICE_CHANGES = ["online", "offline", "rejected", "revoked", "restored"] as const;

/**
 * The events of `GET /api/stream`, by SSE event name: what each `data:` line holds. Every event
 * is sent after its change was committed; a board applies it to what it shows.
 */
export const streamEventSchemas = {
  /** The first event of every connection: nothing that happened before it is replayed. */
  ready: z.object({ at: iso }),
  /** A defect was opened, got another report, or changed state: the defect as it is now. */
  defect: z.object({ change: z.enum(DEFECT_CHANGES), defect: defectSchema }),
  /** A device came online, went offline, had a message refused, was revoked or restored. */
  device: z.object({
    change: z.enum(DEVICE_CHANGES),
    device: z.string(),
    site: z.string(),
    at: iso,
    /** Why a message was refused (`rejected` only). */
    reason: z.string().optional(),
  }),
  /**
   * A site's summary after changes to it (counts, status, devices, inspections), at most a few
   * times a second per site however busy it is: what the overview's tile and a board's header
   * show, sent so that no board has to ask for it again.
   */
  site: z.object({ site: siteSummarySchema }),
  /** A checkpoint was checked (a check-in was recorded). */
  inspection: z.object({
    site: z.string(),
    checkpoint: z.string(),
    result: z.enum(["ok", "defects"]),
    staff: z.string().nullable(),
    at: iso,
  }),
};

export type StreamEventName = keyof typeof streamEventSchemas;
export type StreamEventData<E extends StreamEventName> = z.output<(typeof streamEventSchemas)[E]>;
/** One event as a board receives it. */
export type StreamEvent = {
  [E in StreamEventName]: { event: E; data: StreamEventData<E> };
}[StreamEventName];

/** Decodes one SSE event: undefined for an event this version does not know, or a bad one. */
export function parseStreamEvent(event: string, data: string): StreamEvent | undefined {
  if (!(event in streamEventSchemas)) return undefined;
  const name = event as StreamEventName;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const parsed = streamEventSchemas[name].safeParse(json);
  return parsed.success ? ({ event: name, data: parsed.data } as StreamEvent) : undefined;
}

export const streamQuerySchema = z.object({ site: idSchema.optional() });
