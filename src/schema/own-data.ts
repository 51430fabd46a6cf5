/**
 * A copy of JSON-shaped input made of own enumerable properties only, in null-prototype objects, for
 * `validateDataset`: zod reads optional keys with `input[key]` and lists keys with `for…in`, so properties
 * inherited from a polluted `Object.prototype` would otherwise be validated (and refused as unknown keys) as if
 * they were the record's own. Getters are read once, here.
 */

/** Deeper than any record (about 5 levels); deeper input is a problem, not a stack overflow. */
const MAX_DEPTH = 64;

/** @internal Why a value could not be copied: it contains itself, or nests too deep. */
export class UncopyableData extends Error {
  constructor(
    readonly path: readonly PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

/** @internal The own-property copy; throws {@link UncopyableData} for cycles and excessive depth. */
export function ownDataCopy(value: unknown, path: readonly PropertyKey[] = []): unknown {
  const ancestors = new Set<object>();
  const visit = (node: unknown, at: PropertyKey[]): unknown => {
    if (typeof node !== "object" || node === null) return node;
    if (ancestors.has(node)) throw new UncopyableData(at, "contains itself (cyclic data)");
    if (at.length - path.length > MAX_DEPTH) throw new UncopyableData(at, `nested more than ${MAX_DEPTH} levels deep`);
    const prototype: unknown = Object.getPrototypeOf(node);
    const isArray = Array.isArray(node);
    // Class instances (Date, Map, …) are left for the schema to refuse.
    if (!isArray && prototype !== Object.prototype && prototype !== null) return node;
    ancestors.add(node);
    try {
      if (isArray) {
        const array = node as readonly unknown[];
        const copy = new Array<unknown>(array.length);
        for (let index = 0; index < array.length; index++) copy[index] = visit(array[index], [...at, index]);
        return copy;
      }
      const copy = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(node)) copy[key] = visit((node as Record<string, unknown>)[key], [...at, key]);
      return copy;
    } finally {
      ancestors.delete(node);
    }
  };
  return visit(value, [...path]);
}
