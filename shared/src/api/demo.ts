import { z } from "zod";

const iso = z.iso.datetime();

/** What a removal of the demo chain has deleted so far, by what people would call it. */
export const demoRemovalSchema = z.object({
  state: z.enum(["running", "done"]),
  startedAt: iso,
  finishedAt: iso.nullable(),
  by: z.string(),
  sites: z.array(z.string()),
  devices: z.number().int(),
  /** Rows deleted so far: `events`, `defects`, `inspections`, ... */
  deleted: z.record(z.string(), z.number().int()),
  /** What is being deleted now; null when done. */
  now: z.string().nullable(),
});
export type DemoRemoval = z.infer<typeof demoRemovalSchema>;

/** `GET /api/demo`: the demo chain's sites that are there, and its last removal. */
export const demoStateSchema = z.object({
  sites: z.array(z.object({ id: z.string(), name: z.string() })),
  removal: demoRemovalSchema.nullable(),
});
export type DemoState = z.infer<typeof demoStateSchema>;
