/**
 * MQTT topic-filter algebra for the ACL. Levels are split on `/`; `+` matches one level, `#` the
 * rest including the parent level (MQTT 3.1.1 §4.7.1.2). Filters starting with a wildcard never
 * match topics starting with `$` (§4.7.2-1), which is what keeps `$SYS` out of `#`.
 */

/** True when every topic `filter` can match is also matched by `allowed`. */
export function filterCovers(allowed: string, filter: string): boolean {
  const a = allowed.split("/");
  const f = filter.split("/");
  if (f[0]?.startsWith("$") && (a[0] === "+" || a[0] === "#")) return false;
  for (let i = 0; i < a.length; i++) {
    const level = a[i];
    if (level === "#") return true;
    const wanted = f[i];
    if (wanted === undefined) return false;
    if (level === "+") {
      if (wanted === "#") return false;
      continue;
    }
    if (wanted !== level) return false;
  }
  return f.length === a.length;
}

/** True when `topic` (no wildcards) matches `filter`. */
export function topicMatches(filter: string, topic: string): boolean {
  return filterCovers(filter, topic);
}
