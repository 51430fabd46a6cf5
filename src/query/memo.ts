import type { Indexes } from "./indexes.js";

/**
 * @internal An index of the relation helpers, built lazily once per set of indexes (per dataset) and kept as long
 * as that set is. It reads collections through `indexes.collection`, so a helper's bundle carries only the
 * collections that helper wires.
 */
export function perIndexes<T>(build: (indexes: Indexes) => T): (indexes: Indexes) => T {
  const built = new WeakMap<Indexes, T>();
  return (indexes) => {
    if (!built.has(indexes)) built.set(indexes, build(indexes));
    return built.get(indexes) as T;
  };
}

/** @internal Appends to the list under a key, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** @internal Freezes every list of a map, so the helpers can hand them out as they are. */
export function freezeLists<K, V>(map: Map<K, V[]>): ReadonlyMap<K, readonly V[]> {
  for (const list of map.values()) Object.freeze(list);
  return map;
}
