import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { collectionSchemas, datasetSchema, postSchema } from "../../src/schema/index.js";
import type { CollectionName, Dataset } from "../../src/types.js";
import { COLLECTIONS } from "./load-data.js";
import { DIST_DIR } from "./paths.js";

/** The tables written as CSV: every collection, plus the people's posts as a table of their own. */
export type TableName = CollectionName | "posts";
export const TABLES: readonly TableName[] = [...COLLECTIONS.slice(0, 2), "posts", ...COLLECTIONS.slice(2)];

/** One row of a table: the record, with posts moved out of people and each post given its person's id. */
export function tableRows(dataset: Dataset, table: TableName): Record<string, unknown>[] {
  if (table === "posts") return dataset.people.flatMap((person) => person.posts.map((post) => ({ personId: person.id, ...post })));
  if (table === "people") return dataset.people.map(({ posts: _posts, ...person }) => person);
  return dataset[table].map((record) => ({ ...record }));
}

/** The zod schema of a table's rows, for column order and types. */
export function tableSchema(table: TableName): z.ZodObject {
  if (table === "posts") return z.object({ personId: z.string(), ...postSchema.shape });
  if (table === "people") return collectionSchemas.people.omit({ posts: true });
  return collectionSchemas[table] as unknown as z.ZodObject;
}

/** The columns of a table, in schema order. */
export function tableColumns(table: TableName): string[] {
  return Object.keys(tableSchema(table).shape);
}

/**
 * The flattening rule for CSV cells: strings and numbers as they are, booleans as `true`/`false`, arrays and
 * objects (aliases, citations, participants, …) as JSON text, absent optional fields as empty cells.
 */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A table as CSV text (RFC 4180, header row, `\n` line ends), written with csv-stringify. */
export function renderCsv(dataset: Dataset, table: TableName): string {
  const columns = tableColumns(table);
  const rows = tableRows(dataset, table).map((row) => columns.map((column) => csvCell(row[column])));
  return stringify([columns, ...rows], { record_delimiter: "unix" });
}

/**
 * The dataset's JSON Schema as zod generates it from the schemas and their metadata: every named type (records,
 * nested objects, ids, enums) under `$defs`, every field with its description. The record types and the field
 * tables of docs/data-model.md are generated from it.
 */
export function renderNamedJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
}

/** The `$defs` entries schema.json keeps: the record types, each collection's and the people's posts. */
const RECORD_DEFINITIONS = new Set(["Source", "Person", "Post", "Organization", "Place", "Program", "Deployment", "Event", "Figure", "Metric", "Note"]);

/** Replaces each `$ref` to a `$defs` entry not kept by the entry itself; the referring node's own keys win. */
function inlineDefinitions(node: unknown, definitions: Record<string, Record<string, unknown>>): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineDefinitions(item, definitions));
  if (typeof node !== "object" || node === null) return node;
  const { $ref, ...own } = node as Record<string, unknown>;
  const inlined = Object.fromEntries(Object.entries(own).map(([key, value]) => [key, inlineDefinitions(value, definitions)]));
  const name = typeof $ref === "string" ? $ref.replace("#/$defs/", "") : undefined;
  if (name === undefined) return inlined;
  if (RECORD_DEFINITIONS.has(name)) return { $ref, ...inlined };
  const { id: _id, title: _title, ...definition } = definitions[name] ?? {};
  return { ...(inlineDefinitions(definition, definitions) as Record<string, unknown>), ...inlined };
}

/**
 * JSON Schema (2020-12) of the dataset as published in schema.json: each record type under `$defs` by name, every
 * field with its description; ids, enums and nested objects written out where they are used.
 */
export function renderJsonSchema(): Record<string, unknown> {
  const named = renderNamedJsonSchema();
  const definitions = (named.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const { $defs: _defs, ...root } = inlineDefinitions(named, definitions) as Record<string, unknown>;
  const kept = Object.fromEntries(
    Object.entries(definitions)
      .filter(([name]) => RECORD_DEFINITIONS.has(name))
      .map(([name, definition]) => [name, inlineDefinitions(definition, definitions)]),
  );
  return {
    ...root,
    $defs: kept,
    $id: "https://unpkg.com/vietnam-us-relations/dist/schema.json",
    title: "vietnam-us-relations dataset",
    description: "The whole dataset (dataset.json). Each record type is under $defs; data/<collection>.json is an array of one of them.",
  };
}

/** Foreign keys of each table that reference exactly one other table. */
const FOREIGN_KEYS: Partial<Record<TableName, Record<string, TableName>>> = {
  people: { countryId: "places" },
  posts: { personId: "people", organizationId: "organizations", countryId: "places" },
  organizations: { countryId: "places", parentId: "organizations" },
  places: { countryId: "places", parentId: "places" },
  programs: { placeId: "places" },
  deployments: { contributorId: "places", missionId: "organizations" },
  events: { placeId: "places", partOfId: "events" },
  figures: { metric: "metrics", eventId: "events" },
};

type JsonSchemaProperty = { $ref?: string; type?: string; enum?: unknown[]; pattern?: string; minLength?: number; description?: string; anyOf?: JsonSchemaProperty[] };

/** A property with its `$ref` (a named type under `$defs`) resolved; the property's own description wins. */
function resolveRef(property: JsonSchemaProperty, definitions: Record<string, JsonSchemaProperty>): JsonSchemaProperty {
  if (property.$ref === undefined) return property;
  const { $ref, ...own } = property;
  return { ...resolveRef(definitions[$ref.replace("#/$defs/", "")] ?? {}, definitions), ...own };
}

function tableSchemaField(name: string, property: JsonSchemaProperty, required: boolean): Record<string, unknown> {
  const type = property.type ?? (property.anyOf ? property.anyOf[0]?.type : undefined);
  const fieldType = type === "array" ? "array" : type === "object" ? "object" : type === "boolean" ? "boolean" : type === "number" ? "number" : type === "integer" ? "integer" : "string";
  const constraints: Record<string, unknown> = {};
  if (required) constraints.required = true;
  if (property.enum) constraints.enum = property.enum;
  if (property.pattern && fieldType === "string") constraints.pattern = property.pattern;
  return { name, type: fieldType, ...(property.description ? { description: property.description } : {}), ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The Frictionless Tabular Data Package descriptor of the CSV tables. */
export function renderDataPackage(dataset: Dataset): Record<string, unknown> {
  return {
    profile: "tabular-data-package",
    name: "vietnam-us-relations",
    title: "Vietnam–US cooperation on war legacies and Vietnam's UN peacekeeping, as five news documents report it",
    version: dataset.version,
    licenses: [{ name: "MIT", path: "https://opensource.org/licenses/MIT", title: "MIT License" }],
    sources: dataset.sources.map((source) => ({ title: `${source.title} (${source.file})` })),
    resources: TABLES.map((table) => {
      const generated = z.toJSONSchema(tableSchema(table), { io: "output" }) as JsonSchemaProperty & { $defs?: Record<string, JsonSchemaProperty> };
      // A named record schema comes back as a `$ref` to its `$defs` entry.
      const jsonSchema = resolveRef(generated, generated.$defs ?? {}) as JsonSchemaProperty & {
        properties: Record<string, JsonSchemaProperty>;
        required?: string[];
        $defs?: Record<string, JsonSchemaProperty>;
      };
      const required = new Set(jsonSchema.required ?? []);
      const foreignKeys = Object.entries(FOREIGN_KEYS[table] ?? {}).map(([field, resource]) => ({
        fields: field,
        reference: { resource: resource === table ? "" : resource, fields: "id" },
      }));
      return {
        name: table,
        path: `data/${table}.csv`,
        profile: "tabular-data-resource",
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: {
          fields: tableColumns(table).map((column) => tableSchemaField(column, resolveRef(jsonSchema.properties[column] ?? {}, generated.$defs ?? {}), required.has(column))),
          primaryKey: "id",
          ...(foreignKeys.length ? { foreignKeys } : {}),
        },
      };
    }),
  };
}

/** Writes every raw file into dist/: JSON per collection, dataset.json, schema.json, CSV per table, datapackage.json. */
export function writeRawExports(dataset: Dataset): string[] {
  const written: string[] = [];
  const write = (path: string, text: string) => {
    mkdirSync(resolve(DIST_DIR, path, ".."), { recursive: true });
    writeFileSync(resolve(DIST_DIR, path), text);
    written.push(`dist/${path}`);
  };
  for (const name of COLLECTIONS) write(`data/${name}.json`, `${JSON.stringify(dataset[name], null, 2)}\n`);
  write("dataset.json", `${JSON.stringify(dataset, null, 2)}\n`);
  write("schema.json", `${JSON.stringify(renderJsonSchema(), null, 2)}\n`);
  for (const table of TABLES) write(`data/${table}.csv`, renderCsv(dataset, table));
  write("datapackage.json", `${JSON.stringify(renderDataPackage(dataset), null, 2)}\n`);
  return written;
}
