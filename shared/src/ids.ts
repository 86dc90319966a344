import { z } from "zod";

/** Site and device ids as the MQTT contract allows them: `[a-z0-9][a-z0-9-]{0,62}`. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const idSchema = z.string().regex(ID_PATTERN, "must match [a-z0-9][a-z0-9-]{0,62}");

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
