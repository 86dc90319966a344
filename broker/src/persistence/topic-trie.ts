/**
 * Topic filters indexed by level, to find every filter that matches a topic without trying
 * each (MQTT 3.1.1 §4.7): `+` matches one level, `#` its parent level and everything below,
 * and a filter starting with a wildcard never matches a topic starting with `$` (§4.7.2).
 * Each filter holds values by key (a client id), so that adding again replaces.
 */
interface Node<V> {
  children: Map<string, Node<V>>;
  values: Map<string, V>;
}

function node<V>(): Node<V> {
  return { children: new Map(), values: new Map() };
}

export class TopicTrie<V> {
  readonly #root: Node<V> = node();
  #size = 0;

  /** Values held, over all filters. */
  get size(): number {
    return this.#size;
  }

  set(filter: string, key: string, value: V): void {
    let at = this.#root;
    for (const level of filter.split("/")) {
      let next = at.children.get(level);
      if (!next) {
        next = node();
        at.children.set(level, next);
      }
      at = next;
    }
    if (!at.values.has(key)) this.#size++;
    at.values.set(key, value);
  }

  delete(filter: string, key: string): void {
    const path: [Node<V>, string][] = [];
    let at = this.#root;
    for (const level of filter.split("/")) {
      const next = at.children.get(level);
      if (!next) return;
      path.push([at, level]);
      at = next;
    }
    if (at.values.delete(key)) this.#size--;
    // Drop the nodes left with nothing below them.
    for (let i = path.length - 1; i >= 0; i--) {
      const [parent, level] = path[i] as [Node<V>, string];
      const child = parent.children.get(level) as Node<V>;
      if (child.values.size > 0 || child.children.size > 0) break;
      parent.children.delete(level);
    }
  }

  /** Every value of every filter that matches `topic`. */
  match(topic: string): V[] {
    const levels = topic.split("/");
    const found: V[] = [];
    const walk = (at: Node<V>, i: number) => {
      const dollar = i === 0 && topic.startsWith("$");
      const rest = dollar ? undefined : at.children.get("#");
      if (rest) for (const v of rest.values.values()) found.push(v);
      if (i === levels.length) {
        for (const v of at.values.values()) found.push(v);
        return;
      }
      const exact = at.children.get(levels[i] as string);
      if (exact) walk(exact, i + 1);
      const one = dollar ? undefined : at.children.get("+");
      if (one) walk(one, i + 1);
    };
    walk(this.#root, 0);
    return found;
  }
}
