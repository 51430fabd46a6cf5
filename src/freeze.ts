/**
 * Freezes a JSON-shaped value and everything in it. One pass over the value, each node once: the cost grows
 * linearly with the data, with no per-record overhead beyond `Object.freeze` itself.
 *
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/**
 * The shipped collections and their records, as the generated loaders made them. Module-private, so no caller
 * can add to it: `createQueryApi` shares these objects instead of copying them, and nothing else — a deeply
 * frozen object of the caller's (or a Proxy around a shipped record) is copied like any other input.
 */
const shipped = /* @__PURE__ */ new WeakSet<object>();

/**
 * @internal Deeply freezes one shipped collection (parsed by a generated loader) and marks it and each of its
 * records as the package's own.
 */
export function freezeShipped<T extends readonly object[]>(collection: T): T {
  deepFreeze(collection);
  shipped.add(collection);
  for (const record of collection) shipped.add(record);
  return collection;
}

/** @internal Whether a value is a shipped collection or record (identity, not shape: a Proxy never is). */
export function isShipped(value: object): boolean {
  return shipped.has(value);
}
