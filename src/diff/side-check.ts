/**
 * The shape a side must have before it is compared, checked in time proportional to its size: a dataset is an
 * object whose array-valued keys are collections of records with unique string ids (people's posts too), nested
 * at most MAX_DEPTH levels, with a short string `version` if any. A schema, if any, is an object nested at most
 * MAX_DEPTH levels.
 */
import { DiffInputError } from "./errors.js";
import type { DiffSide } from "./data-diff.js";

/**
 * How deep a side's JSON may nest: the shipped data nests a few levels, and the comparison's recursion stays far
 * from the stack limit. A deeper side is refused with a DiffInputError.
 *
 * @example
 * ```ts
 * import { MAX_DEPTH } from "vietnam-us-relations/diff";
 *
 * let deep: unknown = [];
 * for (let level = 0; level < MAX_DEPTH; level += 1) deep = [deep];
 * const refused = { version: "1.0.0", events: [{ id: "event:deep", deep }] }; // diffDatasets throws on it
 * ```
 */
export const MAX_DEPTH = 64;
/**
 * The longest `version` a side may have (a semver is a few dozen characters); a longer one is refused.
 *
 * @example
 * ```ts
 * import { MAX_VERSION_LENGTH } from "vietnam-us-relations/diff";
 *
 * const refused = { version: "1".repeat(MAX_VERSION_LENGTH + 1) }; // diffDatasets throws on it
 * ```
 */
export const MAX_VERSION_LENGTH = 256;
/** How much of a value a message shows. */
const SHOWN = 60;

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (typeof value === "string") return value.length > SHOWN ? `a string of length ${value.length}` : JSON.stringify(value);
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** The depth of a JSON value, walked without recursion so that any depth is measured safely; stops past `limit`. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value !== "object" || value === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function checkRecords(rows: readonly unknown[], path: string, ids: Map<string, string>, fail: (message: string) => never): void {
  rows.forEach((row, index) => {
    if (!isRecord(row)) fail(`${path}[${index}] is not a record (${describe(row)})`);
    const id = Object.hasOwn(row, "id") ? row["id"] : undefined;
    if (typeof id !== "string") fail(`${path}[${index}].id is not a string (${describe(id)})`);
    const first = ids.get(id);
    if (first !== undefined) fail(`${path}[${index}] has the id ${describe(id)} of ${first}: ids must be unique`);
    ids.set(id, `${path}[${index}]`);
  });
}

/**
 * Throws a DiffInputError naming the side and the path when `side` is not a comparable dataset.
 *
 * @example
 * ```ts
 * checkSide({ dataset: { events: [null] } }, "old"); // throws "old side: events[0] is not a record (null)"
 * ```
 */
export function checkSide(side: DiffSide, which: "old" | "new"): void {
  const label = isRecord(side) && typeof side.label === "string" ? side.label : undefined;
  const name = `${which} side${label === undefined ? "" : ` (${label.length > SHOWN ? `${label.slice(0, SHOWN)}…` : label})`}`;
  const fail = (message: string): never => {
    throw new DiffInputError(which, `${name}: ${message}`);
  };
  if (!isRecord(side)) fail(`not a side ({ dataset, schema?, label? }) but ${describe(side)}`);
  if (side.label !== undefined && typeof side.label !== "string") fail(`label is not a string (${describe(side.label)})`);
  const { dataset, schema } = side as { dataset: unknown; schema: unknown };
  if (!isRecord(dataset)) return fail(`the dataset is not an object (${describe(dataset)})`);
  if (schema !== undefined && !isRecord(schema)) fail(`schema.json is not an object (${describe(schema)})`);
  if (depthExceeds(dataset, MAX_DEPTH)) fail(`the dataset nests deeper than ${MAX_DEPTH} levels`);
  if (schema !== undefined && depthExceeds(schema, MAX_DEPTH)) fail(`schema.json nests deeper than ${MAX_DEPTH} levels`);
  if (Object.hasOwn(dataset, "version")) {
    const version = dataset["version"];
    if (typeof version !== "string" || version.length > MAX_VERSION_LENGTH) fail(`version is not a string of at most ${MAX_VERSION_LENGTH} characters (${describe(version)})`);
  }
  for (const [collection, rows] of Object.entries(dataset)) {
    if (!Array.isArray(rows)) continue;
    checkRecords(rows, collection, new Map(), fail);
  }
  if (Object.hasOwn(dataset, "people") && Array.isArray(dataset["people"])) {
    const postIds = new Map<string, string>();
    (dataset["people"] as Record<string, unknown>[]).forEach((person, index) => {
      const posts = Object.hasOwn(person, "posts") ? person["posts"] : undefined;
      if (posts === undefined) return;
      if (!Array.isArray(posts)) fail(`people[${index}].posts is not an array (${describe(posts)})`);
      checkRecords(posts as unknown[], `people[${index}].posts`, postIds, fail);
    });
  }
}
