import fc from "fast-check";
import { expect, test } from "vitest";
import { topicMatches } from "../auth/topic-filter.ts";
import { TopicTrie } from "./topic-trie.ts";

const level = fc.constantFrom("a", "b", "", "$SYS", "c");
const topic = fc.array(level, { minLength: 1, maxLength: 4 }).map((l) => l.join("/"));
const filter = fc
  .array(fc.constantFrom("a", "b", "", "$SYS", "+"), { minLength: 1, maxLength: 4 })
  .chain((l) => fc.boolean().map((hash) => (hash ? [...l, "#"] : l).join("/")));

test("the trie finds exactly the filters that match a topic, as the ACL's matcher says", () => {
  fc.assert(
    fc.property(fc.uniqueArray(filter, { maxLength: 8 }), topic, (filters, t) => {
      const trie = new TopicTrie<string>();
      for (const f of filters) trie.set(f, "client", f);
      expect(trie.match(t).sort()).toEqual(filters.filter((f) => topicMatches(f, t)).sort());
    }),
  );
});

test("deleting a filter forgets it and nothing else", () => {
  const trie = new TopicTrie<string>();
  trie.set("a/#", "c1", "x");
  trie.set("a/+", "c2", "y");
  trie.set("a/+", "c1", "z");
  expect(trie.size).toBe(3);
  trie.delete("a/+", "c1");
  expect(trie.match("a/b").sort()).toEqual(["x", "y"]);
  trie.delete("a/#", "c1");
  trie.delete("a/+", "c2");
  expect(trie.match("a/b")).toEqual([]);
  expect(trie.size).toBe(0);
});
