/**
 * A copy of JSON-shaped input made of own enumerable properties only, in null-prototype objects, for
 * `validateDataset`: zod reads optional keys with `input[key]` and lists keys with `for…in`, so properties
 * inherited from a polluted `Object.prototype` would otherwise be validated (and refused as unknown keys) as if
 * they were the record's own. Getters are read once, here.
 */
import { MAX_ARRAY_LENGTH, MAX_VALUES_PER_RECORD } from "../limits.js";

/** Deeper than any record (about 5 levels); deeper input is a problem, not a stack overflow. */
const MAX_DEPTH = 64;

/** @internal Why a value could not be copied: it contains itself, nests too deep, has holes or is too large. */
export class UncopyableData extends Error {
  constructor(
    readonly path: readonly PropertyKey[],
    message: string,
  ) {
    super(message);
  }
}

/**
 * @internal The own-property copy; throws {@link UncopyableData} for cycles, excessive depth, holes and for more
 * than `maxValues` values. An array's length is read once and checked against what is left of the budget before
 * any element is visited, so a Proxy or sparse array claiming a huge length costs nothing.
 */
export function ownDataCopy(value: unknown, path: readonly PropertyKey[] = [], maxValues = MAX_VALUES_PER_RECORD): unknown {
  const ancestors = new Set<object>();
  let values = 0;
  const tooMany = (at: PropertyKey[], count: number) =>
    new UncopyableData(at, `holds ${count} values or more; a record may hold at most ${maxValues} (README, "Inputs, snapshots and edge cases")`);
  const visit = (node: unknown, at: PropertyKey[]): unknown => {
    if (++values > maxValues) throw tooMany(at, values);
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
        const length = array.length;
        if (length > MAX_ARRAY_LENGTH) throw new UncopyableData(at, `has length ${length}; arrays longer than ${MAX_ARRAY_LENGTH} are refused`);
        if (values + length > maxValues) throw tooMany(at, values + length);
        const copy = new Array<unknown>(length);
        for (let index = 0; index < length; index++) {
          if (!Object.prototype.hasOwnProperty.call(array, index)) throw new UncopyableData([...at, index], "is a hole (sparse arrays are refused)");
          copy[index] = visit(array[index], [...at, index]);
        }
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
