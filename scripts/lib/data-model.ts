import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./paths.js";
import { renderNamedJsonSchema } from "./raw-exports.js";
import { loadAuthoredDataset } from "./load-data.js";

/** The data-model guide, whose field tables are generated from the schemas' descriptions. */
export const DATA_MODEL_FILE = resolve(ROOT, "docs/data-model.md");

/** `<!-- fields: Event -->` … `<!-- /fields -->`: the build rewrites what lies between with the type's table. */
const BLOCK = /(<!-- fields: (\w+) -->\n)[\s\S]*?(<!-- \/fields -->)/g;

interface Property {
  $ref?: string;
  type?: string;
  enum?: string[];
  pattern?: string;
  description?: string;
  items?: Property;
  anyOf?: Property[];
  tsType?: string;
  properties?: Record<string, Property>;
  required?: string[];
}

const PARTIAL_DATE_PATTERN = "^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$";

const nameOf = (ref: string) => ref.replace("#/$defs/", "");

/** A field's type in the words of the guide: `event:…`, `EventType`, partial date, `Citation`[]… */
function typeText(property: Property, definitions: Record<string, Property>): string {
  if (property.$ref !== undefined) {
    const name = nameOf(property.$ref);
    const definition = definitions[name] ?? {};
    if (definition.anyOf) return definition.anyOf.map((member) => typeText(member, definitions)).join(" \\| ");
    const prefix = /^\^\((\w+:)\)/.exec(definition.pattern ?? "")?.[1];
    if (prefix !== undefined) return `\`${prefix}…\``;
    return `\`${name}\``;
  }
  if (property.type === "array") return `${property.items ? typeText(property.items, definitions) : "any"}[]`;
  if (property.enum) return property.enum.map((value) => `\`${value}\``).join(" \\| ");
  if (property.type === "string" && property.pattern === PARTIAL_DATE_PATTERN) return "partial date";
  return property.type ?? "any";
}

/** The values of an enum a field refers to, each with its meaning where the schema gives one, to list after the field's meaning. */
function enumValues(property: Property, definitions: Record<string, Property>): string[] | undefined {
  const target = property.$ref !== undefined ? definitions[nameOf(property.$ref)] : property.items?.$ref !== undefined ? definitions[nameOf(property.items.$ref)] : undefined;
  const meanings = (target as { valueDescriptions?: Record<string, string> } | undefined)?.valueDescriptions;
  return target?.enum?.map((value) => (meanings?.[value] === undefined ? `\`${value}\`` : `\`${value}\` (${meanings[value].replace(/\.$/, "")})`));
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n+/g, " ");

/** The collection whose records a record type describes, for an example record where the schema gives none. */
const COLLECTION_OF: Readonly<Record<string, string>> = {
  Source: "sources",
  Person: "people",
  Organization: "organizations",
  Place: "places",
  Program: "programs",
  Deployment: "deployments",
  Event: "events",
  Figure: "figures",
  Metric: "metrics",
  Note: "notes",
};

/** The schema's own example, else the first live record of the authored data: one whole record per type. */
function exampleRecord(name: string, definition: Property, data: Record<string, unknown> | undefined): unknown {
  const own = (definition as { examples?: unknown[] }).examples?.[0];
  if (own !== undefined || data === undefined) return own;
  const records = data[COLLECTION_OF[name] ?? ""] as { deprecated?: unknown }[] | undefined;
  return records?.find((record) => record.deprecated === undefined);
}

/** The field table of one named object type of the JSON Schema. */
export function renderFieldTable(name: string, schema: Record<string, unknown> = renderNamedJsonSchema(), data?: Record<string, unknown>): string {
  const definitions = (schema.$defs ?? {}) as Record<string, Property>;
  const definition = definitions[name];
  if (definition?.properties === undefined) throw new Error(`docs/data-model.md names "${name}", which is not an object type of schema.json`);
  const required = new Set(definition.required ?? []);
  const rows = Object.entries(definition.properties).map(([field, property]) => {
    const values = enumValues(property, definitions);
    const meaning = [property.description ?? "", values ? `One of ${values.join(", ")}.` : ""].filter(Boolean).join(" ");
    return `| \`${field}\`${required.has(field) ? "" : "?"} | ${typeText(property, definitions)} | ${cell(meaning)} |`;
  });
  const example = exampleRecord(name, definition, data);
  const exampleBlock = example === undefined ? [] : ["", "An example record:", "", "```json", JSON.stringify(example, null, 2), "```"];
  return [`${cell(definition.description ?? "")}`, "", "| field | type | meaning |", "| --- | --- | --- |", ...rows, ...exampleBlock, ""].join("\n");
}

/** The guide with every generated block rewritten from the current schemas. */
export function renderDataModel(current: string): string {
  const schema = renderNamedJsonSchema();
  const data = loadAuthoredDataset() as unknown as Record<string, unknown>;
  return current.replace(BLOCK, (_match, open: string, name: string, close: string) => `${open}${renderFieldTable(name, schema, data)}${close}`);
}

/** Rewrites the generated blocks of `docs/data-model.md` in place. */
export function writeDataModel(): void {
  writeFileSync(DATA_MODEL_FILE, renderDataModel(readFileSync(DATA_MODEL_FILE, "utf8")));
}
