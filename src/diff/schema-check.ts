/**
 * Does the old data still pass the new side's JSON Schema? Answered without compiling the schema: a side's schema
 * is untrusted, and a JSON Schema validator (Ajv) turns it into code and runs its regular expressions, so one
 * catastrophically backtracking `pattern` would hang the command. This walks the keywords that say what a record
 * holds — `type`, `required`, `enum`, `const`, lengths, bounds, `items`, `properties`, `additionalProperties: false`,
 * `allOf`/`anyOf`/`oneOf` and local `$ref`s — with a step budget. `pattern` and `format` are not run: a changed
 * pattern is a major change found by comparing the two schemas as text.
 */

/** A JSON Schema node as read from an untrusted schema.json: any keyword may hold anything. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** How many mismatches are listed. */
const LISTED = 10;
/** How many schema-node visits the check may make in all; past it, it stops and reports what it found. */
const STEP_BUDGET = 2_000_000;
/** How many local `$ref`s may be followed in a row (a schema may refer to itself). */
const MAX_REF_CHAIN = 32;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const get = (node: SchemaNode, key: string): unknown => (Object.hasOwn(node, key) ? node[key] : undefined);

function typeOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

function matchesType(value: unknown, type: unknown): boolean {
  const one = (name: unknown) =>
    name === "integer" ? Number.isInteger(value) : name === "number" ? typeof value === "number" : typeOf(value) === name;
  return Array.isArray(type) ? type.some(one) : typeof type === "string" ? one(type) : true;
}

/** Equality of JSON values, for `enum` and `const`. */
function jsonEqual(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && JSON.stringify(a) === JSON.stringify(b));
}

class Budget {
  steps = 0;
  get spent(): boolean {
    return this.steps > STEP_BUDGET;
  }
}

/** The first mismatch of `value` against `node`, as a message, or undefined when it passes. */
function mismatch(value: unknown, node: unknown, path: string, defs: Record<string, unknown>, budget: Budget, refs = 0): string | undefined {
  if (!isObject(node) || budget.spent) return undefined;
  budget.steps += 1;
  const ref = get(node, "$ref");
  if (typeof ref === "string" && ref.startsWith("#/$defs/") && refs < MAX_REF_CHAIN) {
    const target = ref.slice("#/$defs/".length);
    const found = mismatch(value, Object.hasOwn(defs, target) ? defs[target] : undefined, path, defs, budget, refs + 1);
    if (found) return found;
  }
  const type = get(node, "type");
  if (type !== undefined && !matchesType(value, type)) return `${path} is ${typeOf(value)}, the schema wants ${JSON.stringify(type)}`;
  const members = get(node, "enum");
  if (Array.isArray(members) && !members.some((member) => jsonEqual(member, value))) return `${path} is not one of the schema's enum members`;
  if (Object.hasOwn(node, "const") && !jsonEqual(node["const"], value)) return `${path} is not the schema's const`;
  if (typeof value === "string") {
    let length = 0;
    for (const _ of value) length += 1; // code points, as JSON Schema counts them, without copying the string
    const [min, max] = [get(node, "minLength"), get(node, "maxLength")];
    if (typeof min === "number" && length < min) return `${path} is shorter than ${min} characters`;
    if (typeof max === "number" && length > max) return `${path} is longer than ${max} characters`;
  }
  if (typeof value === "number") {
    const bounds: [string, (bound: number) => boolean][] = [
      ["minimum", (bound) => value < bound],
      ["maximum", (bound) => value > bound],
      ["exclusiveMinimum", (bound) => value <= bound],
      ["exclusiveMaximum", (bound) => value >= bound],
    ];
    for (const [keyword, fails] of bounds) {
      const bound = get(node, keyword);
      if (typeof bound === "number" && fails(bound)) return `${path} breaks the schema's ${keyword} ${bound}`;
    }
  }
  if (Array.isArray(value)) {
    const [min, max] = [get(node, "minItems"), get(node, "maxItems")];
    if (typeof min === "number" && value.length < min) return `${path} has fewer than ${min} items`;
    if (typeof max === "number" && value.length > max) return `${path} has more than ${max} items`;
    const items = get(node, "items");
    for (const [index, item] of value.entries()) {
      const found = mismatch(item, items, `${path}[${index}]`, defs, budget);
      if (found) return found;
    }
  }
  if (isObject(value)) {
    const required = get(node, "required");
    if (Array.isArray(required)) for (const key of required) if (typeof key === "string" && !Object.hasOwn(value, key)) return `${path}.${key} is required by the schema`;
    const properties = isObject(get(node, "properties")) ? (get(node, "properties") as Record<string, unknown>) : {};
    for (const [key, field] of Object.entries(value)) {
      if (Object.hasOwn(properties, key)) {
        const found = mismatch(field, properties[key], `${path}.${key}`, defs, budget);
        if (found) return found;
      } else if (get(node, "additionalProperties") === false) return `${path}.${key} is not allowed by the schema`;
    }
  }
  const allOf = get(node, "allOf");
  if (Array.isArray(allOf)) for (const branch of allOf) {
    const found = mismatch(value, branch, path, defs, budget);
    if (found) return found;
  }
  for (const keyword of ["anyOf", "oneOf"]) {
    const branches = get(node, keyword);
    if (Array.isArray(branches) && branches.length > 0 && branches.every((branch) => mismatch(value, branch, path, defs, budget) !== undefined)) {
      return `${path} matches none of the schema's ${keyword} branches`;
    }
  }
  return undefined;
}

/**
 * Where the old dataset fails the new schema (at most 10 places, one per record), with the version left out
 * (it always differs). Empty when it passes, or when the schema gives no rule the check can read.
 *
 * @example
 * ```ts
 * checkDataAgainstSchema({ events: [{ id: "event:x" }] }, schema); // ["events[0].title is required by the schema"]
 * ```
 */
export function checkDataAgainstSchema(dataset: Readonly<Record<string, unknown>>, schema: SchemaNode): string[] {
  const defs = isObject(get(schema, "$defs")) ? (get(schema, "$defs") as Record<string, unknown>) : {};
  const properties = isObject(get(schema, "properties")) ? (get(schema, "properties") as Record<string, unknown>) : {};
  const budget = new Budget();
  const found: string[] = [];
  for (const [name, value] of Object.entries(dataset)) {
    if (name === "version" || !Object.hasOwn(properties, name)) continue;
    const collection = properties[name];
    const items = isObject(collection) ? get(collection, "items") : undefined;
    if (!Array.isArray(value) || items === undefined) {
      const problem = mismatch(value, collection, name, defs, budget);
      if (problem) found.push(problem);
      continue;
    }
    for (const [index, record] of value.entries()) {
      if (found.length >= LISTED || budget.spent) return found;
      const problem = mismatch(record, items, `${name}[${index}]`, defs, budget);
      if (problem) found.push(problem);
    }
  }
  const required = get(schema, "required");
  if (Array.isArray(required)) for (const key of required) if (typeof key === "string" && !Object.hasOwn(dataset, key)) found.push(`${key} is required by the schema`);
  return found.slice(0, LISTED);
}
