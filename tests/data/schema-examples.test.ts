import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schemas from "../../src/schema/index.js";

/**
 * The example values in the schemas' metadata appear in schema.json and, assigned to their types, in the TSDoc of
 * the generated record types: each must be a value its schema accepts.
 */
const exported = Object.entries(schemas as Record<string, unknown>).filter(
  (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
);

function examplesOf(schema: z.ZodType): readonly unknown[] {
  return (schema.meta()?.examples as unknown[] | undefined) ?? [];
}

describe("examples in the schemas' metadata", () => {
  it("exist for every named schema (they become the @example of its type)", () => {
    const named = exported.filter(([, schema]) => typeof schema.meta()?.id === "string");
    expect(named.length).toBeGreaterThan(25);
    const records = new Set(["Source", "Person", "Organization", "Place", "Program", "Deployment", "Event", "Figure", "Metric", "Note"]);
    const missing = named.filter(([, schema]) => examplesOf(schema).length === 0 && !records.has(String(schema.meta()?.id))).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it.each(exported)("of %s, and of its fields, pass the schema", (_name, schema) => {
    const fields = schema instanceof z.ZodObject ? Object.entries(schema.shape as Record<string, z.ZodType>) : [];
    for (const [field, fieldSchema] of [["(itself)", schema] as const, ...fields]) {
      for (const example of examplesOf(fieldSchema)) {
        expect(fieldSchema.safeParse(example).success, `${field}: ${JSON.stringify(example)}`).toBe(true);
      }
    }
  });
});
