/**
 * The one implementation of the data diff: `npm run data:diff`, `npm run version-packages`, the release check,
 * the `vietnam-us-relations diff` command and the `vietnam-us-relations/diff` subpath all use it. Every side is
 * treated as hostile: its shape is checked first (a reason naming the side, never a crash), its JSON Schema is
 * compared structurally and never compiled or run, and the work is proportional to the size of the sides.
 */
import diff from "microdiff";
import { type Bump, maxBump } from "./bump.js";
import type { DiffInputError } from "./errors.js";
import type { MAX_DEPTH, MAX_VERSION_LENGTH } from "./side-check.js";
import { checkDataAgainstSchema, type SchemaNode } from "./schema-check.js";
import { checkSide } from "./side-check.js";

/**
 * One side of a comparison: a dataset (as dataset.json holds it), when known its JSON Schema (schema.json), and
 * what to call it in the result.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import type { DiffSide } from "vietnam-us-relations/diff";
 *
 * const shipped: DiffSide = { dataset, label: dataset.version };
 * const mine: DiffSide = { dataset: { version: "0.1.0", events: [] }, label: "0.1.0" };
 * ```
 */
export interface DiffSide {
  /** The dataset, as `dataset.json` holds it (the package's typed `dataset` too); checked before it is compared. */
  readonly dataset: object;
  /** Its JSON Schema (`schema.json`), compared field by field with the other side's; never compiled or run. */
  readonly schema?: object | undefined;
  /** What the side is called in the result's `old` / `new` (the command puts the argument typed there). */
  readonly label?: string | undefined;
}

/**
 * A field-level change inside one record, as microdiff reports it, with a dotted path.
 *
 * @example
 * ```ts
 * import type { FieldChange } from "vietnam-us-relations/diff";
 *
 * const change: FieldChange = { path: "value", type: "CHANGE", oldValue: 25, value: 26 };
 * ```
 */
export interface FieldChange {
  /** Dotted path inside the record, e.g. `citations.0.quote`. */
  readonly path: string;
  /** `CREATE` (field added), `REMOVE` (field removed) or `CHANGE` (value changed). */
  readonly type: "CREATE" | "REMOVE" | "CHANGE";
  /** The old value (absent for `CREATE`). */
  readonly oldValue?: unknown;
  /** The new value (absent for `REMOVE`). */
  readonly value?: unknown;
}

/**
 * One changed record: its id and its field-level changes.
 *
 * @example
 * ```ts
 * import type { ChangedRecord } from "vietnam-us-relations/diff";
 *
 * const changed: ChangedRecord = { id: "figure:x", changes: [{ path: "value", type: "CHANGE", oldValue: 1, value: 2 }] };
 * ```
 */
export interface ChangedRecord {
  readonly id: string;
  readonly changes: FieldChange[];
}

/**
 * What changed in one collection.
 *
 * @example
 * ```ts
 * import type { CollectionDiff } from "vietnam-us-relations/diff";
 *
 * const events: CollectionDiff = { added: ["event:2025-01-01-example"], removed: [], deprecated: [], changed: [] };
 * ```
 */
export interface CollectionDiff {
  /** Ids only the new side has. */
  readonly added: string[];
  /** Ids only the old side has. */
  readonly removed: string[];
  /** Ids the new side marks `deprecated` (tombstoned) and the old side did not. */
  readonly deprecated: string[];
  /** Ids on both sides whose records differ. */
  readonly changed: ChangedRecord[];
}

/**
 * Why a bump is required: the rule of docs/versioning.md and the ids (or fields) that trigger it.
 *
 * @example
 * ```ts
 * import type { BumpReason } from "vietnam-us-relations/diff";
 *
 * const reason: BumpReason = { bump: "minor", rule: "new records", ids: ["event:2025-01-01-example"] };
 * ```
 */
export interface BumpReason {
  readonly bump: Exclude<Bump, "none">;
  readonly rule: string;
  readonly ids: string[];
}

/**
 * The full comparison of two datasets: what `vietnam-us-relations diff --json` prints, key for key.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { diffDatasets, type DataDiff } from "vietnam-us-relations/diff";
 *
 * const result: DataDiff = diffDatasets({ dataset, label: "shipped" }, { dataset: { ...dataset, events: [] }, label: "mine" });
 * console.log(result.bump, result.collections["events"]?.removed.length); // "major", the number of events
 * ```
 */
export interface DataDiff {
  /** The old side's label (`null` when it has none). */
  readonly old: string | null;
  /** The new side's label (`null` when it has none). */
  readonly new: string | null;
  /** The old dataset's `version` (`null` when it has none). */
  readonly from: string | null;
  /** The new dataset's `version` (`null` when it has none). */
  readonly to: string | null;
  /** What changed, by collection name (people's posts form a `posts` collection of their own). */
  readonly collections: Record<string, CollectionDiff>;
  /** Every rule that requires a bump, major first. */
  readonly reasons: BumpReason[];
  /** The bump the versioning policy requires: the largest of `reasons`, `none` when there is none. */
  readonly bump: Bump;
}

type Row = Readonly<Record<string, unknown>> & { readonly id: string };

const own = (object: object, key: string): boolean => Object.hasOwn(object, key);

/** Sets `key` as an own enumerable property, even when it is `__proto__`. */
function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The records of every collection by id; people's posts form a `posts` collection of their own. */
function recordsOf(dataset: object): Map<string, Map<string, Row>> {
  const collections = new Map<string, Map<string, Row>>();
  for (const [name, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) continue;
    const rows = value as Row[];
    if (name === "people") {
      collections.set("people", new Map(rows.map((person) => [person.id, withoutPosts(person)])));
      collections.set("posts", new Map(rows.flatMap((person) => (own(person, "posts") ? (person["posts"] as Row[]) : []).map((post) => [post.id, post] as const))));
    } else {
      collections.set(name, new Map(rows.map((row) => [row.id, row])));
    }
  }
  return collections;
}

function withoutPosts(person: Row): Row {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(person)) if (key !== "posts") define(copy, key, value);
  return copy as Row;
}

/**
 * A deep copy without prototypes: microdiff tests keys with `in`, which would see `toString` or `constructor` on
 * every plain object and report a record's own field of that name as changed to a function.
 */
function ownCopy(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(ownCopy);
  const copy = Object.create(null) as Record<string, unknown>;
  for (const [key, field] of Object.entries(value)) define(copy, key, ownCopy(field));
  return copy;
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Adds a reason, merging ids into an existing reason with the same rule. */
function addReason(reasons: BumpReason[], bump: BumpReason["bump"], rule: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const existing = reasons.find((reason) => reason.rule === rule);
  if (existing) {
    const known = new Set(existing.ids);
    existing.ids.push(...ids.filter((id) => !known.has(id)));
  } else reasons.push({ bump, rule, ids: [...ids] });
}

/** Fields (by top-level key) that a collection's records use at all. */
function fieldsUsed(rows: Iterable<Row>): Set<string> {
  const fields = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) fields.add(key);
  return fields;
}

function compareRecords(name: string, before: Map<string, Row>, after: Map<string, Row>, reasons: BumpReason[]): CollectionDiff {
  const result: CollectionDiff = { added: [], removed: [], deprecated: [], changed: [] };
  const fieldsAfter = fieldsUsed(after.values());
  const fieldsBefore = fieldsUsed(before.values());
  for (const id of before.keys()) if (!after.has(id)) result.removed.push(id);
  for (const [id, row] of after) {
    const old = before.get(id);
    if (!old) {
      result.added.push(id);
      continue;
    }
    if (!own(old, "deprecated") && own(row, "deprecated")) result.deprecated.push(id);
    const changes: FieldChange[] = diff(ownCopy(old) as Record<string, unknown>, ownCopy(row) as Record<string, unknown>).map((change) => ({
      path: change.path.join("."),
      type: change.type,
      ...("oldValue" in change ? { oldValue: change.oldValue } : {}),
      ...("value" in change ? { value: change.value } : {}),
    }));
    if (changes.length === 0) continue;
    result.changed.push({ id, changes });
    for (const key of new Set([...Object.keys(old), ...Object.keys(row)])) {
      if (key === "deprecated") continue;
      if (own(old, key) && !own(row, key) && !fieldsAfter.has(key)) addReason(reasons, "major", `field "${name}.${key}" removed`, [id]);
      else if (own(old, key) && own(row, key) && kindOf(old[key]) !== kindOf(row[key])) addReason(reasons, "major", `field "${name}.${key}" retyped`, [id]);
    }
    if (name === "metrics" && changes.some((change) => change.path === "unit" || change.path === "definition")) {
      addReason(reasons, "major", "metric unit or definition changed", [id]);
    }
    const corrections = changes.filter((change) => !change.path.startsWith("deprecated"));
    if (corrections.length > 0) addReason(reasons, "patch", "values, quotes, dates or spellings corrected", [id]);
  }
  for (const key of fieldsAfter) {
    if (!fieldsBefore.has(key) && before.size > 0) addReason(reasons, "minor", `new field "${name}.${key}"`, [...after.values()].filter((row) => own(row, key)).map((row) => row.id));
  }
  addReason(reasons, "major", "ids removed", result.removed);
  addReason(reasons, "minor", "new records", result.added);
  addReason(reasons, "minor", "records deprecated (tombstoned)", result.deprecated);
  return result;
}

/** A schema node's own object-valued keyword, or an empty object (a hostile schema may put anything there). */
function objectAt(node: SchemaNode, key: string): Record<string, SchemaNode> {
  const value = own(node, key) ? node[key] : undefined;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, SchemaNode>) : {};
}
function arrayAt(node: SchemaNode, key: string): readonly unknown[] | undefined {
  const value = own(node, key) ? node[key] : undefined;
  return Array.isArray(value) ? value : undefined;
}
function nodeAt(node: SchemaNode, key: string): SchemaNode | undefined {
  const value = own(node, key) ? node[key] : undefined;
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as SchemaNode) : undefined;
}

/** Compares two JSON Schemas record type by record type (`$defs`), field by field, nested properties included. */
function compareSchemas(before: SchemaNode, after: SchemaNode, reasons: BumpReason[]): void {
  const walk = (path: string, old: SchemaNode, now: SchemaNode) => {
    if (JSON.stringify(own(old, "type") ? old["type"] : null) !== JSON.stringify(own(now, "type") ? now["type"] : null)) addReason(reasons, "major", "field retyped in the schema", [path]);
    const oldEnum = arrayAt(old, "enum");
    const newEnum = arrayAt(now, "enum");
    if (oldEnum && newEnum) {
      const [oldKeys, newKeys] = [new Set(oldEnum.map((value) => JSON.stringify(value))), new Set(newEnum.map((value) => JSON.stringify(value)))];
      addReason(reasons, "major", "enum members removed", oldEnum.filter((value) => !newKeys.has(JSON.stringify(value))).map((value) => `${path}=${String(value)}`));
      addReason(reasons, "minor", "new enum members (exhaustive switches may need a case)", newEnum.filter((value) => !oldKeys.has(JSON.stringify(value))).map((value) => `${path}=${String(value)}`));
    }
    const oldPattern = own(old, "pattern") ? old["pattern"] : undefined;
    const newPattern = own(now, "pattern") ? now["pattern"] : undefined;
    if (oldPattern !== undefined && newPattern === undefined) addReason(reasons, "minor", "validation pattern removed (validation loosened)", [path]);
    else if (oldPattern !== undefined && oldPattern !== newPattern) addReason(reasons, "major", "validation pattern changed", [path]);
    const oldProps = objectAt(old, "properties");
    const newProps = objectAt(now, "properties");
    const oldRequired = new Set(arrayAt(old, "required") ?? []);
    const newRequired = new Set(arrayAt(now, "required") ?? []);
    for (const key of Object.keys(oldProps)) {
      if (!own(newProps, key)) addReason(reasons, "major", "field removed from the schema", [`${path}.${key}`]);
      else walk(`${path}.${key}`, nodeAt(oldProps, key) ?? {}, nodeAt(newProps, key) ?? {});
    }
    for (const key of Object.keys(newProps)) {
      if (own(oldProps, key)) continue;
      if (newRequired.has(key)) addReason(reasons, "major", "new required field (validation tightened)", [`${path}.${key}`]);
      else addReason(reasons, "minor", "new optional field", [`${path}.${key}`]);
    }
    for (const key of oldRequired) {
      if (typeof key === "string" && own(newProps, key) && !newRequired.has(key)) addReason(reasons, "minor", "required field made optional (readers must handle its absence)", [`${path}.${key}`]);
    }
    for (const key of newRequired) {
      if (typeof key === "string" && own(oldProps, key) && !oldRequired.has(key)) addReason(reasons, "major", "optional field made required (validation tightened)", [`${path}.${key}`]);
    }
    const [oldItems, newItems] = [nodeAt(old, "items"), nodeAt(now, "items")];
    if (oldItems && newItems) walk(`${path}[]`, oldItems, newItems);
  };
  const oldDefs = objectAt(before, "$defs");
  const newDefs = objectAt(after, "$defs");
  for (const name of Object.keys(oldDefs)) {
    if (!own(newDefs, name)) addReason(reasons, "major", "record type removed from the schema", [name]);
    else walk(name, nodeAt(oldDefs, name) ?? {}, nodeAt(newDefs, name) ?? {});
  }
  for (const name of Object.keys(newDefs)) if (!own(oldDefs, name)) addReason(reasons, "minor", "new record type", [name]);
}

/**
 * Compares two datasets and says what changed, per collection and per field, and which semver bump the versioning
 * policy (docs/versioning.md) requires, with the rule and the ids behind each part of it. The result is exactly
 * what `vietnam-us-relations diff --json` prints.
 *
 * Both sides are treated as untrusted: a side that is not a dataset (a record that is not an object with a string
 * id, a duplicate id, JSON nested deeper than {@link MAX_DEPTH}, a `version` that is not a string of at most {@link MAX_VERSION_LENGTH} characters) is refused with
 * a {@link DiffInputError} naming the side and the path. Schemas are compared structurally and checked against the
 * other side's data without compiling them; their `pattern`s are compared as text, never run.
 *
 * @throws {@link DiffInputError} when a side is not a dataset.
 * @example
 * ```ts
 * import { diffDatasets } from "vietnam-us-relations/diff";
 *
 * const result = diffDatasets({ dataset: { version: "1.0.0", events: [] } }, { dataset: { version: "1.1.0", events: [{ id: "event:x" }] } });
 * console.log(result.collections["events"]?.added); // ["event:x"]
 * console.log(result.bump); // "minor"
 * ```
 */
export function diffDatasets(before: DiffSide, after: DiffSide): DataDiff {
  checkSide(before, "old");
  checkSide(after, "new");
  const reasons: BumpReason[] = [];
  const oldRecords = recordsOf(before.dataset);
  const newRecords = recordsOf(after.dataset);
  const names = [...new Set([...oldRecords.keys(), ...newRecords.keys()])];
  const collections: Record<string, CollectionDiff> = {};
  for (const name of names) {
    const collectionDiff = compareRecords(name, oldRecords.get(name) ?? new Map(), newRecords.get(name) ?? new Map(), reasons);
    if (!oldRecords.has(name) && oldRecords.size > 0) addReason(reasons, "minor", "new collection", [name]);
    if (!newRecords.has(name)) addReason(reasons, "major", "collection removed", [name]);
    define(collections, name, collectionDiff);
  }
  if (before.schema && after.schema) compareSchemas(before.schema as SchemaNode, after.schema as SchemaNode, reasons);
  if (after.schema && oldRecords.size > 0) {
    addReason(reasons, "major", "old data fails the new schema (validation tightened)", checkDataAgainstSchema(before.dataset as Record<string, unknown>, after.schema as SchemaNode));
  }
  const bump = reasons.reduce<Bump>((max, reason) => maxBump(max, reason.bump), "none");
  const order = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => order[a.bump] - order[b.bump]);
  const version = (side: DiffSide) => (own(side.dataset, "version") ? ((side.dataset as Record<string, unknown>)["version"] as string) : null);
  return { old: before.label ?? null, new: after.label ?? null, from: version(before), to: version(after), collections, reasons, bump };
}

/**
 * A few lines per collection: counts of ids added, removed, deprecated and changed, with the ids.
 *
 * @example
 * ```ts
 * summarizeDiff(result); // ["events: 1 added (event:x)"]
 * ```
 */
export function summarizeDiff(result: DataDiff, { maxIds = 8 }: { maxIds?: number } = {}): string[] {
  const list = (ids: string[]) => (ids.length > maxIds ? `${ids.slice(0, maxIds).join(", ")}, … (${ids.length - maxIds} more)` : ids.join(", "));
  const lines: string[] = [];
  for (const [name, change] of Object.entries(result.collections)) {
    const parts = [
      change.added.length ? `${change.added.length} added (${list(change.added)})` : "",
      change.removed.length ? `${change.removed.length} removed (${list(change.removed)})` : "",
      change.deprecated.length ? `${change.deprecated.length} deprecated (${list(change.deprecated)})` : "",
      change.changed.length ? `${change.changed.length} changed (${list(change.changed.map((c) => c.id))})` : "",
    ].filter(Boolean);
    if (parts.length) lines.push(`${name}: ${parts.join("; ")}`);
  }
  return lines.length ? lines : ["no data changes"];
}
