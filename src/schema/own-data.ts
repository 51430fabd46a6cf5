/**
 * A copy of JSON-shaped input made of own enumerable properties only (in null-prototype objects when
 * `Object.prototype` carries keys of its own), for
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
  // Null-prototype objects are slow for zod (several times slower to parse); they are needed only when
  // Object.prototype carries keys of its own that zod could read as a record's.
  const makeObject = isObjectPrototypePristine() ? () => ({}) as Record<string, unknown> : () => Object.create(null) as Record<string, unknown>;
  let values = 0;
  // Paths are built only for a problem: a linked list while copying, so a large record costs no path arrays.
  const pathOf = (where: Where | undefined): PropertyKey[] => (where === undefined ? [...path] : [...pathOf(where.parent), where.key]);
  const tooMany = (where: Where | undefined, count: number) =>
    new UncopyableData(pathOf(where), `holds ${count} values or more; a record may hold at most ${maxValues} (README, "Inputs, snapshots and edge cases")`);
  const visit = (node: unknown, where: Where | undefined, depth: number): unknown => {
    if (++values > maxValues) throw tooMany(where, values);
    if (typeof node !== "object" || node === null) return node;
    if (ancestors.has(node)) throw new UncopyableData(pathOf(where), "contains itself (cyclic data)");
    if (depth > MAX_DEPTH) throw new UncopyableData(pathOf(where), `nested more than ${MAX_DEPTH} levels deep`);
    const prototype: unknown = Object.getPrototypeOf(node);
    const isArray = Array.isArray(node);
    // Class instances (Date, Map, …) are left for the schema to refuse.
    if (!isArray && prototype !== Object.prototype && prototype !== null) return node;
    ancestors.add(node);
    try {
      if (isArray) {
        const array = node as readonly unknown[];
        const length = array.length;
        if (length > MAX_ARRAY_LENGTH) throw new UncopyableData(pathOf(where), `has length ${length}; arrays longer than ${MAX_ARRAY_LENGTH} are refused`);
        if (values + length > maxValues) throw tooMany(where, values + length);
        const copy = new Array<unknown>(length);
        for (let index = 0; index < length; index++) {
          if (!Object.prototype.hasOwnProperty.call(array, index)) {
            throw new UncopyableData(pathOf({ parent: where, key: index }), "is a hole (sparse arrays are refused)");
          }
          copy[index] = visit(array[index], { parent: where, key: index }, depth + 1);
        }
        return copy;
      }
      const copy = makeObject();
      for (const key of Object.keys(node)) {
        const child = visit((node as Record<string, unknown>)[key], { parent: where, key }, depth + 1);
        // An own "__proto__" key stays a key (an assignment would set the copy's prototype).
        if (key === "__proto__") Object.defineProperty(copy, key, { value: child, enumerable: true, writable: true, configurable: true });
        else copy[key] = child;
      }
      return copy;
    } finally {
      ancestors.delete(node);
    }
  };
  return visit(value, undefined, 0);
}

/** The own keys of an untouched `Object.prototype` (Node 20 and later). */
const PRISTINE_KEYS = new Set([
  "constructor",
  "__defineGetter__",
  "__defineSetter__",
  "hasOwnProperty",
  "__lookupGetter__",
  "__lookupSetter__",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "valueOf",
  "__proto__",
  "toLocaleString",
]);

/** Whether `Object.prototype` has only its standard keys, checked on each call (pollution may come at any time). */
function isObjectPrototypePristine(): boolean {
  return Object.getOwnPropertyNames(Object.prototype).every((key) => PRISTINE_KEYS.has(key));
}

/** Where a value is: its parent's place and its key; `undefined` is the root. */
interface Where {
  readonly parent: Where | undefined;
  readonly key: PropertyKey;
}
