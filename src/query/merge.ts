import type { CollectionName, Dataset, DatasetAddition } from "../types.js";
import { hasOwn } from "./arguments.js";
import { COLLECTION_NAMES } from "./dataset-shape.js";
import { cutText, outOfRange, wrongType } from "./errors.js";

const HELPER = "mergeDatasets";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const DATASET_TEXT = "a dataset object { version, sources, people, … } (a plain object), such as `dataset`";
const ADDITION_TEXT = `a plain object whose keys are collection names (${COLLECTION_NAMES.map((name) => `"${name}"`).join(", ")}), each an array of records`;

/** The records of one collection of `value`, checked to be an array of objects with a string `id`. */
function recordsOf(value: Record<string, unknown>, name: CollectionName, parameter: string, required: boolean): readonly { id: string }[] {
  const records = hasOwn(value, name) ? value[name] : undefined;
  if (records === undefined && !required) return [];
  if (!Array.isArray(records)) throw wrongType(HELPER, `${parameter}.${name}`, records, `an array of ${name} records`);
  records.forEach((record: unknown, index) => {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      throw wrongType(HELPER, `${parameter}.${name}[${index}]`, record, `a record of ${name} (an object)`);
    }
    const id = hasOwn(record, "id") ? (record as { id?: unknown }).id : undefined;
    if (typeof id !== "string") throw wrongType(HELPER, `${parameter}.${name}[${index}].id`, id, "a string, the record's id");
  });
  return records as readonly { id: string }[];
}

/** The ids a collection's records hold: their own, and for people their posts' (ids are unique across the dataset). */
function* idsOf(name: CollectionName, records: readonly { id: string }[], path: string): Generator<readonly [string, string]> {
  for (const [index, record] of records.entries()) {
    yield [record.id, `${path}[${index}]`];
    if (name !== "people") continue;
    const posts = hasOwn(record, "posts") ? (record as { posts?: unknown }).posts : undefined;
    if (!Array.isArray(posts)) continue;
    for (const [j, post] of (posts as unknown[]).entries()) {
      const id = typeof post === "object" && post !== null && hasOwn(post, "id") ? (post as { id?: unknown }).id : undefined;
      if (typeof id === "string") yield [id, `${path}[${index}].posts[${j}]`];
    }
  }
}

/**
 * The records of `base` followed by those of `addition`, collection by collection: the shipped data plus your own
 * sources, events, figures, metrics… The result keeps `base`'s version and is what
 * {@link createQueryApi} and `validateDataset` (from `vietnam-us-relations/schemas`) take; validate it, since
 * merging checks only that ids stay unique (posts included), not that references resolve or records are well-formed.
 *
 * Both arguments are read once, own properties only; the records themselves are not copied, and the result and
 * its arrays are frozen.
 *
 * @param base - The dataset to add to, typically `dataset`.
 * @param addition - The records to add, by collection name.
 * @throws TypeError when `base` is not a dataset or `addition` is not an object of record arrays (each record an
 *   object with a string `id`); RangeError for a key of `addition` that is not a collection name, and for a
 *   record whose id is already taken, naming the id and where it is taken.
 *
 * @example
 * ```ts
 * import { createQueryApi, dataset, mergeDatasets, type Metric } from "vietnam-us-relations";
 *
 * const metric: Metric = {
 *   id: "newsroom-reported-remains",
 *   label: "Remains reported by our newsroom",
 *   definition: "Sets of remains our own reporters saw handed over, as our article states them.",
 *   unit: "sets of remains",
 *   kind: "count",
 *   topic: "mia-search",
 * };
 * const merged = mergeDatasets(dataset, { metrics: [metric] });
 * console.log(createQueryApi(merged).listMetrics().length === dataset.metrics.length + 1); // true
 * mergeDatasets(merged, { metrics: [metric] }); // RangeError: … "newsroom-reported-remains" is already the id of base.metrics[…]
 * ```
 */
export function mergeDatasets(base: Dataset, addition: DatasetAddition): Dataset {
  const before = guarded("base", base, () => readBase(base));
  const added = guarded("addition", addition, () => readAddition(addition));
  const taken = new Map<string, string>();
  guarded("base", base, () => {
    for (const [name, records] of before.collections) {
      for (const [id, path] of idsOf(name, records, `base.${name}`)) if (!taken.has(id)) taken.set(id, path);
    }
  });
  guarded("addition", addition, () => {
    for (const [name, records] of added) {
      for (const [id, path] of idsOf(name, records, `addition.${name}`)) {
        const earlier = taken.get(id);
        if (earlier !== undefined) {
          throw outOfRange(HELPER, `${path}.id`, id, `an id not yet in the dataset, but "${id}" is already the id of ${earlier}`);
        }
        taken.set(id, path);
      }
    }
  });
  const merged: Record<string, unknown> = { version: before.version };
  for (const [name, records] of before.collections) merged[name] = Object.freeze([...records, ...(added.get(name) ?? [])]);
  return Object.freeze(merged) as unknown as Dataset;
}

type Records = readonly { id: string }[];

/** Runs `read`; a revoked Proxy, a throwing trap or getter in `value` is refused in the shared format too. */
function guarded<T>(parameter: string, value: unknown, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if ((error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(`${HELPER}: `)) throw error;
    throw wrongType(HELPER, parameter, value, `${parameter === "base" ? DATASET_TEXT : ADDITION_TEXT} (reading it threw)`);
  }
}

function readBase(base: unknown): { version: string; collections: Map<CollectionName, Records> } {
  if (!isPlainObject(base)) throw wrongType(HELPER, "base", base, DATASET_TEXT);
  const version = hasOwn(base, "version") ? base["version"] : undefined;
  if (typeof version !== "string") throw wrongType(HELPER, "base.version", version, "a string, the dataset's version");
  return { version, collections: new Map(COLLECTION_NAMES.map((name) => [name, recordsOf(base, name, "base", true)])) };
}

function readAddition(addition: unknown): Map<CollectionName, Records> {
  if (!isPlainObject(addition)) throw wrongType(HELPER, "addition", addition, ADDITION_TEXT);
  const unknown = Object.keys(addition).filter((key) => !(COLLECTION_NAMES as readonly string[]).includes(key));
  if (unknown.length > 0) {
    throw outOfRange(HELPER, "addition", addition, `${ADDITION_TEXT} (unknown: ${unknown.slice(0, 3).map((key) => `"${cutText(key)}"`).join(", ")})`);
  }
  return new Map(COLLECTION_NAMES.map((name) => [name, recordsOf(addition, name, "addition", false)]));
}
