/**
 * Words from a code's parameters, for the word modules that read what the API sent beside its
 * English (refusals, import rows): a parameter missing (an older API's answer) means no words,
 * so the caller falls back to the English.
 */
type Params = Readonly<Record<string, string>>;

/** The named parameters, or undefined when one is missing. */
export function pick<K extends string>(p: Params, ...keys: K[]): Record<K, string> | undefined {
  const out = {} as Record<K, string>;
  for (const key of keys) {
    const value = p[key];
    if (value === undefined) return undefined;
    out[key] = value;
  }
  return out;
}

/** The message with those parameters, or undefined without them. */
export const say = <T>(
  inputs: T | undefined,
  message: (inputs: T) => string,
): string | undefined => (inputs === undefined ? undefined : message(inputs));
