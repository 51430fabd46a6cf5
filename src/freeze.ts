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
