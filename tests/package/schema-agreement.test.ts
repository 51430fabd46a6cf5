import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { mutation, mutate } from "./hardening/mutations.js";
import { installPacked, type Packed } from "./hardening/packed.js";

/**
 * Issue 11, class 6, on the packed tarball: dist/schema.json (ajv) and the Zod schemas of `./schemas` accept and
 * refuse the same records, except for the rules JSON Schema cannot state, which the schema's descriptions and
 * the README name: an event's endDate not before its date, a "nearly"/"more-than" figure's bound equal to its
 * value, and a figure's bounds not contradicting its value. String lengths agree: both count code points.
 */

type Data = Record<string, any>;
type Validate = (record: unknown) => boolean;

const DEFINITIONS = {
  sources: "Source",
  people: "Person",
  organizations: "Organization",
  places: "Place",
  programs: "Program",
  deployments: "Deployment",
  events: "Event",
  figures: "Figure",
  metrics: "Metric",
  notes: "Note",
} as const;
type Collection = keyof typeof DEFINITIONS;
const COLLECTIONS = Object.keys(DEFINITIONS) as Collection[];

let packed: Packed;
let schema: { $id: string; description: string; $defs: Record<string, { description?: string }> };
let dataset: Data;
const ajvValid = {} as Record<Collection, Validate>;
const zodValid = {} as Record<Collection, Validate>;

beforeAll(async () => {
  packed = await installPacked("schema-agreement", inject("packedTarball"));
  schema = JSON.parse(readFileSync(packed.file("schema.json"), "utf8"));
  dataset = JSON.parse(readFileSync(packed.file("dataset.json"), "utf8"));
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  ajv.addSchema(schema);
  for (const name of COLLECTIONS) {
    const validate = ajv.getSchema(`${schema.$id}#/$defs/${DEFINITIONS[name]}`);
    if (!validate) throw new Error(`schema.json has no $defs/${DEFINITIONS[name]}`);
    ajvValid[name] = (record) => validate(record) === true;
    const zodSchema = packed.schemas.collectionSchemas[name];
    zodValid[name] = (record) => zodSchema.safeParse(record).success;
  }
});
afterAll(async () => {
  await packed?.consumer.remove();
});

/** The documented rules only Zod checks, that this record breaks. Empty: ajv and Zod must agree on it. */
function rulesOnlyZodChecks(collection: Collection, record: Data): string[] {
  const broken: string[] = [];
  if (collection === "events" && typeof record.endDate === "string" && typeof record.date === "string" && record.endDate < record.date) {
    broken.push("endDate before date");
  }
  if (collection === "figures" && record.qualifier === "nearly" && record.upperBound !== record.value) broken.push("nearly: upperBound = value");
  if (collection === "figures" && record.qualifier === "more-than" && record.lowerBound !== record.value) broken.push("more-than: lowerBound = value");
  const isNumber = (value: unknown) => typeof value === "number";
  if (collection === "figures" && isNumber(record.value) && isNumber(record.lowerBound) && record.lowerBound > record.value) broken.push("lowerBound ≤ value");
  if (collection === "figures" && isNumber(record.value) && isNumber(record.upperBound) && record.upperBound < record.value) broken.push("upperBound ≥ value");
  return broken;
}

describe("schema.json and the Zod schemas agree", () => {
  it("$id names the version it describes", () => {
    expect(schema.$id).toBe(`https://unpkg.com/vietnam-us-relations@${packed.consumer.pkg.version}/dist/schema.json`);
  });

  it("on every shipped record", () => {
    for (const name of COLLECTIONS) {
      for (const record of dataset[name] as Data[]) {
        expect([ajvValid[name](record), zodValid[name](record)]).toEqual([true, true]);
      }
    }
  });

  /** [label, collection, edit]: the disagreements the issue found, and each conditional rule. */
  const targeted: [string, Collection, (record: Data) => void, "both refuse" | "only Zod refuses (documented)"][] = [
    ["2025-02-30", "events", (r) => (r.date = "2025-02-30"), "both refuse"],
    ["2025-13", "figures", (r) => (r.asOf = "2025-13"), "both refuse"],
    ["year 0000", "deployments", (r) => (r.asOf = "0000"), "both refuse"],
    ["29 February 1900", "events", (r) => (r.date = "1900-02-29"), "both refuse"],
    ["an inferred date without dateNote", "events", (r) => ((r.dateCertainty = "inferred"), delete r.dateNote), "both refuse"],
    ["a stated date with a dateNote", "figures", (r) => ((r.dateCertainty = "stated"), (r.dateNote = "A note that should not be here.")), "both refuse"],
    ["an exact figure with a lowerBound", "figures", (r) => ((r.qualifier = "exact"), (r.lowerBound = 1)), "both refuse"],
    ["a nearly figure without upperBound", "figures", (r) => ((r.qualifier = "nearly"), delete r.upperBound), "both refuse"],
    ["a more-than figure without lowerBound", "figures", (r) => ((r.qualifier = "more-than"), delete r.lowerBound, delete r.upperBound), "both refuse"],
    ["an unknown-date source with published", "sources", (r) => ((r.dateCertainty = "unknown"), (r.published = "2025"), (r.dateNote = "Not stated in the text.")), "both refuse"],
    ["an unknown-date source without dateNote", "sources", (r) => ((r.dateCertainty = "unknown"), delete r.published, delete r.dateNote), "both refuse"],
    ["a stated-date source without published", "sources", (r) => ((r.dateCertainty = "stated"), delete r.published, delete r.dateNote), "both refuse"],
    ["a nearly figure whose bound differs", "figures", (r) => ((r.qualifier = "nearly"), (r.upperBound = r.value + 1), delete r.lowerBound), "only Zod refuses (documented)"],
    ["an endDate before the date", "events", (r) => ((r.date = "2025-07-01"), (r.endDate = "2025-06-30")), "only Zod refuses (documented)"],
  ];
  it.each(targeted)("%s", (_, collection, edit, expected) => {
    const record = structuredClone((dataset[collection] as Data[])[0] as Data);
    edit(record);
    const outcome = [ajvValid[collection](record), zodValid[collection](record)];
    expect(outcome).toEqual(expected === "both refuse" ? [false, false] : [true, false]);
  });

  it("names, in schema.json, every rule it cannot state", () => {
    expect(schema.$defs["Event"]?.description).toMatch(/not expressible in JSON Schema.*endDate is not before date/);
    expect(schema.$defs["Figure"]?.description).toMatch(/not expressible in JSON Schema.*"nearly", upperBound equals value.*"more-than", lowerBound equals value/);
  });

  it("on 1,500 random mutations, except on the documented rules", () => {
    let checked = 0;
    fc.assert(
      fc.property(mutation(COLLECTIONS), ({ collection, index, edits, quote }) => {
        const record = mutate(dataset, collection, index, edits, quote);
        const byAjv = ajvValid[collection](record);
        const byZod = zodValid[collection](record);
        checked++;
        if (byAjv === byZod) return true;
        const excused = rulesOnlyZodChecks(collection, record);
        // Outside the documented rules, any disagreement is a bug; the message shows the record.
        if (excused.length === 0) throw new Error(`ajv ${byAjv}, zod ${byZod} on ${collection}: ${JSON.stringify(record)}`);
        return true;
      }),
      { numRuns: 1500 },
    );
    expect(checked).toBeGreaterThanOrEqual(1500);
  });
});
