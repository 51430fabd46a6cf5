import { isShipped } from "../freeze.js";
import { MAX_ARRAY_LENGTH } from "../limits.js";
import { hasOwn } from "./arguments.js";
import { wrongType, outOfRange } from "./errors.js";

/** Deeper than any record of the dataset (about 5 levels): deeper input is refused before it can overflow the stack. */
const MAX_DEPTH = 32;

type Path = string;

/** Where a value is: its parent's place and its key; `undefined` is the root. */
interface Where {
  readonly parent: Where | undefined;
  readonly key: string | number;
}

function isJsonPrimitive(value: unknown): boolean {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === undefined;
}

function childPath(path: Path, key: string | number): Path {
  return typeof key === "number" ? `${path}[${key}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key.slice(0, 40))}]`;
}

/**
 * @internal A deeply frozen structured copy of JSON-shaped data, made for `createQueryApi` so that the API never
 * freezes, mutates or later re-reads the caller's objects. Own enumerable string keys only (inherited and Symbol
 * keys are not data). The shipped dataset's collections and records (known by identity, see freeze.ts) are kept
 * as they are instead of copied; any other object is copied, deeply frozen or not. Cycles, excessive depth,
 * arrays with holes or longer than {@link MAX_ARRAY_LENGTH}, and values that are not JSON data (functions,
 * Symbols, bigints, class instances) are refused with the shared error, naming the path. The work is
 * proportional to the elements that exist: an array's length is read once and checked before any element, and
 * the first hole ends the copy.
 */
export function frozenSnapshot(helper: string, root: unknown, rootPath: Path): unknown {
  const ancestors = new Set<object>();
  // Paths are built only for a message: a linked list while copying, so a million aliases cost no strings.
  const pathOf = (where: Where | undefined): Path => (where === undefined ? rootPath : childPath(pathOf(where.parent), where.key));
  const copyOf = (value: unknown, parent: Where | undefined, key: string | number, depth: number): unknown =>
    isJsonPrimitive(value) ? value : visit(value, { parent, key }, depth);
  const visit = (value: unknown, where: Where | undefined, depth: number): unknown => {
    if (typeof value !== "object" || value === null) {
      if (isJsonPrimitive(value)) return value;
      throw wrongType(helper, pathOf(where), value, "JSON data (a string, number, boolean, null, array or plain object)");
    }
    if (isShipped(value)) return value;
    if (ancestors.has(value)) throw wrongType(helper, pathOf(where), value, "acyclic data (this value contains itself)");
    if (depth > MAX_DEPTH) throw outOfRange(helper, pathOf(where), value, `data nested at most ${MAX_DEPTH} levels deep`);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return visitArray(value, where, depth);
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw wrongType(helper, pathOf(where), value, "a plain object or array (no class instances)");
      }
      const entries: [string, unknown][] = [];
      // Each property read once (a getter runs once, here).
      for (const key of Object.keys(value)) entries.push([key, copyOf((value as Record<string, unknown>)[key], where, key, depth + 1)]);
      // Object.fromEntries defines own properties, so an own "__proto__" key stays a key and sets no prototype.
      return Object.freeze(Object.fromEntries(entries));
    } finally {
      ancestors.delete(value);
    }
  };
  const visitArray = (array: readonly unknown[], where: Where | undefined, depth: number): unknown => {
    // Read once: a Proxy may answer differently each time.
    const length: unknown = array.length;
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0 || length > MAX_ARRAY_LENGTH) {
      throw outOfRange(helper, pathOf(where), array, `an array of at most ${MAX_ARRAY_LENGTH} elements`);
    }
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      if (!hasOwn(array, index)) {
        throw outOfRange(helper, pathOf({ parent: where, key: index }), undefined, "an element (arrays with holes, sparse arrays, are refused)");
      }
      copy.push(copyOf(array[index], where, index, depth + 1));
    }
    return Object.freeze(copy);
  };
  try {
    return visit(root, undefined, 0);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      if (error.message.startsWith(`${helper}: `)) throw error;
    }
    // A getter or Proxy trap of the caller's threw, or a revoked Proxy: the shared error, with the cause kept.
    const refusal = wrongType(helper, rootPath, root, "readable JSON data (reading it threw: a getter, a Proxy trap or a revoked Proxy)");
    throw Object.assign(refusal, { cause: error });
  }
}
