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
 * keys are not data). Subtrees that are already deeply frozen and made of data properties only — the shipped
 * dataset's collections — are kept as they are instead of copied. Cycles, excessive depth and values that are
 * not JSON data (functions, Symbols, bigints, class instances) are refused with the shared error, naming the path.
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
    if (ancestors.has(value)) throw wrongType(helper, path, value, "acyclic data (this value contains itself)");
    if (depth > MAX_DEPTH) throw outOfRange(helper, path, value, `data nested at most ${MAX_DEPTH} levels deep`);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) return visitArray(value, path, depth);
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) {
        throw wrongType(helper, path, value, "a plain object or array (no class instances)");
      }
      let reusable = prototype === Object.prototype && Object.isFrozen(value);
      const entries: [string, unknown][] = [];
      for (const key of Object.keys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor === undefined) continue;
        if (!hasOwn(descriptor, "value")) reusable = false; // an accessor may answer differently next time
        const child = hasOwn(descriptor, "value") ? descriptor.value : (value as Record<string, unknown>)[key];
        const copied = visit(child, childPath(path, key), depth + 1);
        if (copied !== child) reusable = false;
        entries.push([key, copied]);
      }
      // Object.fromEntries defines own properties, so an own "__proto__" key stays a key and sets no prototype.
      return reusable ? value : Object.freeze(Object.fromEntries(entries));
    } finally {
      ancestors.delete(value);
    }
  };
  const visitArray = (array: readonly unknown[], path: Path, depth: number): unknown => {
    let reusable = Object.isFrozen(array);
    const length = array.length;
    const copy = new Array<unknown>(length);
    for (let index = 0; index < length; index++) {
      const descriptor = Object.getOwnPropertyDescriptor(array, index);
      if (descriptor === undefined || !hasOwn(descriptor, "value")) reusable = false;
      const child = descriptor && hasOwn(descriptor, "value") ? descriptor.value : array[index];
      const copied = visit(child, childPath(path, index), depth + 1);
      if (copied !== child) reusable = false;
      copy[index] = copied;
    }
    return reusable ? array : Object.freeze(copy);
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
