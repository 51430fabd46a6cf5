/**
 * The one implementation of the data diff: `npm run data:diff`, `npm run version-packages`, the release check and
 * the `vietnam-us-relations diff` command all use it. Not part of the main entry (it needs microdiff and Ajv, which
 * the command bundles), so importing the dataset never loads it.
 */
import diff from "microdiff";
import { Ajv2020 } from "ajv/dist/2020.js";
import { type Bump, maxBump } from "./bump.js";

/**
 * One side of a comparison: a dataset (as dataset.json holds it) and, when known, its JSON Schema.
 *
 * @example
 * ```ts
 * const side: DiffSide = { dataset: { version: "0.1.0", events: [] } };
 * ```
 */
export interface DiffSide {
  readonly dataset: Record<string, unknown>;
  readonly schema?: Record<string, unknown> | undefined;
}

/**
 * A field-level change inside one record, as microdiff reports it, with a dotted path.
 *
 * @example
 * ```ts
 * const change: FieldChange = { path: "value", type: "CHANGE", oldValue: 25, value: 26 };
 * ```
 */
export interface FieldChange {
  readonly path: string;
  readonly type: "CREATE" | "REMOVE" | "CHANGE";
  readonly oldValue?: unknown;
  readonly value?: unknown;
}

/**
 * What changed in one collection.
 *
 * @example
 * ```ts
 * const events: CollectionDiff = { added: ["event:2025-01-01-example"], removed: [], deprecated: [], changed: [] };
 * ```
 */
export interface CollectionDiff {
  readonly added: string[];
  readonly removed: string[];
  readonly deprecated: string[];
  readonly changed: { readonly id: string; readonly changes: FieldChange[] }[];
}

/**
 * Why a bump is required: the rule of docs/versioning.md and the ids (or fields) that trigger it.
 *
 * @example
 * ```ts
 * const reason: BumpReason = { bump: "minor", rule: "new records", ids: ["event:2025-01-01-example"] };
 * ```
 */
export interface BumpReason {
  readonly bump: Exclude<Bump, "none">;
  readonly rule: string;
  readonly ids: string[];
}

/**
 * The full comparison of two datasets.
 *
 * @example
 * ```ts
 * const { bump, collections } = diffDatasets(oldSide, newSide);
 * ```
 */
export interface DataDiff {
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly collections: Record<string, CollectionDiff>;
  readonly reasons: BumpReason[];
  readonly bump: Bump;
}

type Row = Record<string, unknown> & { id: string; deprecated?: unknown };

/** The records of every collection by id; people's posts form a `posts` collection of their own. */
function recordsOf(dataset: Record<string, unknown>): Map<string, Map<string, Row>> {
  const collections = new Map<string, Map<string, Row>>();
  for (const [name, value] of Object.entries(dataset)) {
    if (!Array.isArray(value)) continue;
    const rows = value as Row[];
    if (name === "people") {
      collections.set("people", new Map(rows.map(({ posts: _posts, ...person }) => [person.id, person as Row])));
      collections.set("posts", new Map(rows.flatMap((person) => ((person.posts as Row[] | undefined) ?? []).map((post) => [post.id, post] as const))));
    } else {
      collections.set(name, new Map(rows.map((row) => [row.id, row])));
    }
  }
  return collections;
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Adds a reason, merging ids into an existing reason with the same rule. */
function addReason(reasons: BumpReason[], bump: BumpReason["bump"], rule: string, ids: string[]): void {
  if (ids.length === 0) return;
  const existing = reasons.find((reason) => reason.rule === rule);
  if (existing) existing.ids.push(...ids.filter((id) => !existing.ids.includes(id)));
  else reasons.push({ bump, rule, ids: [...ids] });
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
    if (old.deprecated === undefined && row.deprecated !== undefined) result.deprecated.push(id);
    const changes: FieldChange[] = diff(old, row).map((change) => ({
      path: change.path.join("."),
      type: change.type,
      ...("oldValue" in change ? { oldValue: change.oldValue } : {}),
      ...("value" in change ? { value: change.value } : {}),
    }));
    if (changes.length === 0) continue;
    result.changed.push({ id, changes });
    for (const key of new Set([...Object.keys(old), ...Object.keys(row)])) {
      if (key === "deprecated") continue;
      if (key in old && !(key in row) && !fieldsAfter.has(key)) addReason(reasons, "major", `field "${name}.${key}" removed`, [id]);
      else if (key in old && key in row && kindOf(old[key]) !== kindOf(row[key])) addReason(reasons, "major", `field "${name}.${key}" retyped`, [id]);
    }
    if (name === "metrics" && changes.some((change) => change.path === "unit" || change.path === "definition")) {
      addReason(reasons, "major", "metric unit or definition changed", [id]);
    }
    const corrections = changes.filter((change) => !change.path.startsWith("deprecated"));
    if (corrections.length > 0) addReason(reasons, "patch", "values, quotes, dates or spellings corrected", [id]);
  }
  for (const key of fieldsAfter) {
    if (!fieldsBefore.has(key) && before.size > 0) addReason(reasons, "minor", `new field "${name}.${key}"`, [...after.values()].filter((row) => key in row).map((row) => row.id));
  }
  addReason(reasons, "major", "ids removed", result.removed);
  addReason(reasons, "minor", "new records", result.added);
  addReason(reasons, "minor", "records deprecated (tombstoned)", result.deprecated);
  return result;
}

type JsonSchemaNode = {
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  enum?: unknown[];
  type?: unknown;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  pattern?: string;
  $defs?: Record<string, JsonSchemaNode>;
};

/** Compares two JSON Schemas record type by record type (`$defs`), field by field, one level of nesting deep. */
function compareSchemas(before: JsonSchemaNode, after: JsonSchemaNode, reasons: BumpReason[]): void {
  const walk = (path: string, old: JsonSchemaNode, now: JsonSchemaNode) => {
    if (JSON.stringify(old.type) !== JSON.stringify(now.type)) addReason(reasons, "major", "field retyped in the schema", [path]);
    if (old.enum && now.enum) {
      const removed = old.enum.filter((value) => !now.enum!.includes(value));
      const added = now.enum.filter((value) => !old.enum!.includes(value));
      addReason(reasons, "major", "enum members removed", removed.map((value) => `${path}=${String(value)}`));
      addReason(reasons, "minor", "new enum members (exhaustive switches may need a case)", added.map((value) => `${path}=${String(value)}`));
    }
    if (old.pattern !== undefined && now.pattern === undefined) addReason(reasons, "minor", "validation pattern removed (validation loosened)", [path]);
    else if (old.pattern !== now.pattern && old.pattern !== undefined) addReason(reasons, "major", "validation pattern changed", [path]);
    const oldProps = old.properties ?? {};
    const newProps = now.properties ?? {};
    for (const key of Object.keys(oldProps)) {
      if (!(key in newProps)) addReason(reasons, "major", "field removed from the schema", [`${path}.${key}`]);
      else walk(`${path}.${key}`, oldProps[key]!, newProps[key]!);
    }
    for (const key of Object.keys(newProps)) {
      if (key in oldProps) continue;
      if (now.required?.includes(key)) addReason(reasons, "major", "new required field (validation tightened)", [`${path}.${key}`]);
      else addReason(reasons, "minor", "new optional field", [`${path}.${key}`]);
    }
    for (const key of old.required ?? []) {
      if (key in newProps && !(now.required ?? []).includes(key)) addReason(reasons, "minor", "required field made optional (readers must handle its absence)", [`${path}.${key}`]);
    }
    for (const key of now.required ?? []) {
      if (key in oldProps && !(old.required ?? []).includes(key)) addReason(reasons, "major", "optional field made required (validation tightened)", [`${path}.${key}`]);
    }
    if (old.items && now.items) walk(`${path}[]`, old.items, now.items);
  };
  const oldDefs = before.$defs ?? {};
  const newDefs = after.$defs ?? {};
  for (const [name, definition] of Object.entries(oldDefs)) {
    if (!(name in newDefs)) addReason(reasons, "major", "record type removed from the schema", [name]);
    else walk(name, definition, newDefs[name]!);
  }
  for (const name of Object.keys(newDefs)) if (!(name in oldDefs)) addReason(reasons, "minor", "new record type", [name]);
}

/** Whether the old data still passes the new JSON Schema: if not, validation was tightened (a major change). */
function oldDataFailsNewSchema(oldDataset: Record<string, unknown>, newSchema: Record<string, unknown>): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const { $id: _id, ...schema } = newSchema;
  const validate = ajv.compile(schema);
  const candidate = { ...oldDataset, version: "0.0.0" };
  if (validate(candidate)) return [];
  return (validate.errors ?? []).slice(0, 10).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`.trim());
}

/**
 * Compares two datasets and says what changed, per collection and per field, and which semver bump the versioning
 * policy (docs/versioning.md) requires, with the rule and the ids behind each part of it.
 *
 * @example
 * ```ts
 * const result = diffDatasets({ dataset: { version: "1.0.0", events: [] } }, { dataset: { version: "1.1.0", events: [{ id: "event:x" }] } });
 * result.collections.events.added; // ["event:x"]
 * result.bump; // "minor"
 * ```
 */
export function diffDatasets(before: DiffSide, after: DiffSide): DataDiff {
  const reasons: BumpReason[] = [];
  const oldRecords = recordsOf(before.dataset);
  const newRecords = recordsOf(after.dataset);
  const names = [...new Set([...oldRecords.keys(), ...newRecords.keys()])];
  const collections: Record<string, CollectionDiff> = {};
  for (const name of names) {
    const collectionDiff = compareRecords(name, oldRecords.get(name) ?? new Map(), newRecords.get(name) ?? new Map(), reasons);
    if (!oldRecords.has(name) && oldRecords.size > 0) addReason(reasons, "minor", "new collection", [name]);
    if (!newRecords.has(name)) addReason(reasons, "major", "collection removed", [name]);
    collections[name] = collectionDiff;
  }
  if (before.schema && after.schema) compareSchemas(before.schema as JsonSchemaNode, after.schema as JsonSchemaNode, reasons);
  if (after.schema && oldRecords.size > 0) addReason(reasons, "major", "old data fails the new schema (validation tightened)", oldDataFailsNewSchema(before.dataset, after.schema));
  const bump = reasons.reduce<Bump>((max, reason) => maxBump(max, reason.bump), "none");
  const order = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => order[a.bump] - order[b.bump]);
  return {
    from: before.dataset.version as string | undefined,
    to: after.dataset.version as string | undefined,
    collections,
    reasons,
    bump,
  };
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
