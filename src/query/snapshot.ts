import { isShipped } from "../freeze.js";
import { MAX_ARRAY_LENGTH } from "../limits.js";
import { hasOwn } from "./arguments.js";
import { wrongType, outOfRange } from "./errors.js";

/** Deeper than any record of the dataset (about 5 levels): deeper input is refused before it can overflow the stack. */
const MAX_DEPTH = 32;

type Path = string;

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
  const visit = (value: unknown, path: Path, depth: number): unknown => {
    if (typeof value !== "object" || value === null) {
      if (typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
        throw wrongType(helper, path, value, "JSON data (a string, number, boolean, null, array or plain object)");
      }
      return value;
    }
    if (isShipped(value)) return value;
    if (ancestors.has(value)) throw wrongType(helper, path, value, "acyclic data (this value contains itself)");
    if (depth > MAX_DEPTH) throw outOfRange(helper, path, value, `data nested at most ${MAX_DEPTH} levels deep`);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return visitArray(value, path, depth);
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw wrongType(helper, path, value, "a plain object or array (no class instances)");
      }
      const entries: [string, unknown][] = [];
      for (const key of Object.keys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined) continue;
        const child = hasOwn(descriptor, "value") ? descriptor.value : (value as Record<string, unknown>)[key];
        entries.push([key, visit(child, childPath(path, key), depth + 1)]);
      }
      // Object.fromEntries defines own properties, so an own "__proto__" key stays a key and sets no prototype.
      return Object.freeze(Object.fromEntries(entries));
    } finally {
      ancestors.delete(value);
    }
  };
  const visitArray = (array: readonly unknown[], path: Path, depth: number): unknown => {
    // Read once: a Proxy may answer differently each time.
    const length: unknown = array.length;
    if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0 || length > MAX_ARRAY_LENGTH) {
      throw outOfRange(helper, path, array, `an array of at most ${MAX_ARRAY_LENGTH} elements`);
    }
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(array, index);
      if (descriptor === undefined) throw outOfRange(helper, childPath(path, index), undefined, "an element (arrays with holes, sparse arrays, are refused)");
      const child = hasOwn(descriptor, "value") ? descriptor.value : array[index];
      copy.push(visit(child, childPath(path, index), depth + 1));
    }
    return Object.freeze(copy);
  };
  try {
    return visit(root, rootPath, 0);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      if (error.message.startsWith(`${helper}: `)) throw error;
    }
    // A getter or Proxy trap of the caller's threw, or a revoked Proxy: the shared error, with the cause kept.
    const refusal = wrongType(helper, rootPath, root, "readable JSON data (reading it threw: a getter, a Proxy trap or a revoked Proxy)");
    throw Object.assign(refusal, { cause: error });
  }
}
