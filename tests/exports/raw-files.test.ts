import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import ajvDraft04 from "ajv-draft-04";
import ajvFormats from "ajv-formats";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { COLLECTIONS, collectionFile, packageVersion } from "../../scripts/lib/load-data.js";
import { DIST_DIR } from "../../scripts/lib/paths.js";
import { csvCell, renderCsv, TABLES, tableColumns, tableRows } from "../../scripts/lib/raw-exports.js";
import { authoredDataset } from "../helpers/authored.js";

const require = createRequire(import.meta.url);
// Both are CommonJS packages whose ESM default import is the module object; the plugin is its `default`.
const AjvDraft04 = ajvDraft04.default;
const addFormats = ajvFormats.default;
const readDist = (path: string) => readFileSync(resolve(DIST_DIR, path), "utf8");
const readJson = (path: string) => JSON.parse(readDist(path)) as unknown;
const dataset = authoredDataset();

describe("raw JSON files", () => {
  it.each(COLLECTIONS)("dist/data/%s.json holds exactly data/%s.json", (name) => {
    expect(readJson(`data/${name}.json`)).toEqual(JSON.parse(readFileSync(collectionFile(name), "utf8")));
  });
  it("dist/dataset.json holds every collection and the package version", () => {
    const whole = readJson("dataset.json") as Record<string, unknown>;
    expect(whole.version).toBe(packageVersion());
    for (const name of COLLECTIONS) expect(whole[name]).toEqual(readJson(`data/${name}.json`));
  });
});

describe("schema.json (generated from the Zod schemas)", () => {
  const schema = readJson("schema.json") as { $id: string; $defs: Record<string, unknown> };
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validateDataset = ajv.compile(schema);

  it("validates dataset.json", () => {
    expect(validateDataset(readJson("dataset.json")), ajv.errorsText(validateDataset.errors)).toBe(true);
  });

  const definitions = { sources: "Source", people: "Person", organizations: "Organization", places: "Place", programs: "Program", deployments: "Deployment", events: "Event", figures: "Figure", metrics: "Metric", notes: "Note" } as const;
  it.each(COLLECTIONS)("validates every record of data/%s.json against its $defs entry", (name) => {
    const validateRecords = ajv.compile({ $schema: "https://json-schema.org/draft/2020-12/schema", type: "array", items: { $ref: `${schema.$id}#/$defs/${definitions[name]}` } } as never);
    const ok = validateRecords(readJson(`data/${name}.json`));
    expect(ok, ajv.errorsText(validateRecords.errors)).toBe(true);
  });

  it("rejects a record with an unknown key or a malformed id (a real validator, not a rubber stamp)", () => {
    const broken = structuredClone(readJson("dataset.json")) as { events: Record<string, unknown>[]; people: Record<string, unknown>[] };
    broken.events[0]!.colour = "red";
    expect(validateDataset(broken)).toBe(false);
    const badId = structuredClone(readJson("dataset.json")) as { people: Record<string, unknown>[] };
    badId.people[0]!.id = "Pham Minh Chinh";
    expect(validateDataset(badId)).toBe(false);
  });
});

describe("CSV tables", () => {
  it.each(TABLES)("dist/data/%s.csv is the generated table, and parses back to the records", (table) => {
    const text = readDist(`data/${table}.csv`);
    expect(text).toBe(renderCsv(dataset, table));
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual(tableColumns(table));
    const expected = tableRows(dataset, table).map((row) => tableColumns(table).map((column) => csvCell(row[column])));
    expect(rows).toEqual(expected);
  });
  it("keeps quotes and diacritics intact through the CSV round trip", () => {
    const [, ...rows] = parse(readDist("data/people.csv")) as string[][];
    const chinh = rows.find((row) => row[0] === "person:pham-minh-chinh");
    expect(chinh?.[1]).toBe("Phạm Minh Chính");
    expect(JSON.parse(chinh?.[2] ?? "[]")).toContain("Pham Minh Chinh");
  });
});

describe("datapackage.json", () => {
  const descriptor = readJson("datapackage.json") as {
    version: string;
    resources: { name: string; path: string; schema: { fields: { name: string }[]; primaryKey: string; foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[] } }[];
  };

  it("is a valid Tabular Data Package (Frictionless profile) carrying the version", () => {
    const profile = JSON.parse(readFileSync(require.resolve("datapackage/lib/profiles/tabular-data-package.json"), "utf8"));
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(profile);
    expect(validate(descriptor), ajv.errorsText(validate.errors)).toBe(true);
    expect(descriptor.version).toBe(packageVersion());
  });

  it("describes every CSV table with its fields, primary key and resolving foreign keys", () => {
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([...TABLES]);
    const ids = new Map(descriptor.resources.map((resource) => {
      const [header, ...rows] = parse(readDist(resource.path)) as string[][];
      return [resource.name, { header: header!, rows, ids: new Set(rows.map((row) => row[header!.indexOf("id")])) }];
    }));
    let checked = 0;
    for (const resource of descriptor.resources) {
      const table = ids.get(resource.name)!;
      expect(resource.schema.fields.map((field) => field.name)).toEqual(table.header);
      expect(resource.schema.primaryKey).toBe("id");
      expect(table.ids.size).toBe(table.rows.length);
      for (const key of resource.schema.foreignKeys ?? []) {
        const target = ids.get(key.reference.resource || resource.name)!;
        const column = table.header.indexOf(key.fields);
        for (const row of table.rows) {
          if (row[column] !== "") {
            expect(target.ids.has(row[column]), `${resource.name}.${key.fields} = ${row[column]}`).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
