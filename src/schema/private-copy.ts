import type { z } from "zod";

/**
 * A deep copy of a schema graph, for `validateDataset`'s own use: the exported schemas are ordinary zod objects a
 * caller can reach into (`eventSchema.shape.title = z.any()`), and what `validateDataset` accepts must not change
 * with them. Each schema is rebuilt by its own constructor from a copy of its definition, sub-schemas copied the
 * same way (once each: shared sub-schemas stay shared within the copy). Taken when the module loads, before any
 * caller's code runs.
 */
export function privateCopy<T extends z.ZodType>(schema: T, copies = new Map<unknown, unknown>()): T {
  const copyValue = (value: unknown): unknown => {
    if (isSchema(value)) return privateCopy(value, copies);
    if (Array.isArray(value)) return value.map(copyValue);
    if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, copyValue(child)]));
    }
    return value;
  };
  const existing = copies.get(schema);
  if (existing !== undefined) return existing as T;
  const internals = schema._zod as unknown as { def: Record<string, unknown>; constr: new (def: unknown) => T };
  const def: Record<string, unknown> = {};
  // Reading `shape` materializes an object's shape (a getter until first read).
  for (const key of Object.keys(internals.def)) {
    const value = internals.def[key];
    // Checks (refinements, lengths, patterns) are kept as they are, in a list of the copy's own.
    def[key] = key === "checks" && Array.isArray(value) ? [...value] : copyValue(value);
  }
  const copy = new internals.constr(def);
  copies.set(schema, copy);
  return copy;
}

function isSchema(value: unknown): value is z.ZodType {
  return typeof value === "object" && value !== null && "_zod" in value && typeof (value as { _zod?: { constr?: unknown } })._zod?.constr === "function";
}
