import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DATA_MODEL_FILE, renderDataModel, renderFieldTable } from "../../scripts/lib/data-model.js";
import { renderJsonSchema } from "../../scripts/lib/raw-exports.js";
import { eventSchema, figureSchema } from "../../src/schema/index.js";

describe("docs/data-model.md", () => {
  const text = readFileSync(DATA_MODEL_FILE, "utf8");

  it("has field tables that are what the build generates from the schemas (run `npm run build` after editing src/schema/)", () => {
    expect(text).toBe(renderDataModel(text));
  });

  it("has a generated table for every record and nested object type", () => {
    const tables = [...text.matchAll(/<!-- fields: (\w+) -->/g)].map((match) => match[1]);
    expect(tables).toEqual(["Source", "Person", "Post", "Death", "Organization", "Place", "Program", "Deployment", "Event", "Participant", "Figure", "Metric", "RelatedMetric", "Note", "Citation", "Deprecation"]);
  });

  it("lists each field with its type and its description from the schema", () => {
    const table = renderFieldTable("Event");
    expect(table).toContain("| `partOfId`? | `event:…` | The larger event this one was part of (a speech at a ceremony, an award at a commemoration). |");
    expect(table).toContain("| `participants` | `Participant`[] | Who took part and in what role: people, organizations, places (countries) or programmes. |");
    expect(table).toContain("| `date` | partial date | When it happened (or began), to the precision the documents give. |");
    expect(renderFieldTable("Figure")).toContain("| `subjectId`? | `person:…` \\| `org:…` \\| `place:…` \\| `program:…` | What the number is about: a programme, organization, place or person. |");
    expect(renderFieldTable("Event").split("\n").filter((line) => line.startsWith("| `")).length).toBe(Object.keys(eventSchema.shape).length);
  });

  it("follows a schema's description: the description is the only place a field's meaning is written", () => {
    const changed = eventSchema.shape.title.meta({ description: "A changed description." });
    const schema = z.toJSONSchema(z.strictObject({ ...eventSchema.shape, title: changed }).meta({ id: "ChangedEvent" }), { target: "draft-2020-12", io: "output" });
    expect(renderFieldTable("ChangedEvent", schema as Record<string, unknown>)).toContain("| `title` | string | A changed description. |");
    expect(renderJsonSchema()).toMatchObject({ $defs: { Figure: { properties: { value: { description: figureSchema.shape.value.description } } } } });
  });
});
