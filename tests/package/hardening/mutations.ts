/** Random mutations of shipped records, for the JSON Schema / Zod differential (schema-agreement.test.ts). */
import fc from "fast-check";

type Data = Record<string, any>;

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** Date-shaped strings, most of them not calendar dates: month 00-13, day 00-32, year 0000-9999. */
const dateString = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 3 }))
  .map(([year, month, day, parts]) => [pad(year, 4), pad(month, 2), pad(day, 2)].slice(0, parts).join("-"));
const edgeDate = fc.constantFrom("2024-02-29", "2025-02-29", "1900-02-29", "2000-02-29", "0000", "0000-02-29", "0004-02-29", "2025-04-31", "2025-12-31", "2025-13", "2025-00", "9999-12-31", "0001-01-01");

/** A value to write into a field; `undefined` deletes the field, `"(from another record)"` copies a valid one. */
const FROM_ANOTHER_RECORD = "(from another record)";
const fieldValue = fc.oneof(
  { arbitrary: fc.constant(FROM_ANOTHER_RECORD), weight: 4 },
  { arbitrary: fc.constant(undefined), weight: 3 },
  { arbitrary: fc.constantFrom("stated", "inferred", "unknown", "exact", "nearly", "more-than", "on", "before"), weight: 3 },
  { arbitrary: dateString, weight: 3 },
  { arbitrary: edgeDate, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, 0, -1, 1.5, 160, 750, "", "x", [], [{}], {}), weight: 1 },
  { arbitrary: fc.constantFrom("source:vna-giang-hegseth-talks", "person:pete-hegseth", "A dateNote that is long enough.", "repatriation-missions"), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** The fields the conditional rules read, tried on every record type, plus one no schema knows. */
const CONDITIONAL_FIELDS = ["dateNote", "dateCertainty", "published", "endDate", "qualifier", "value", "lowerBound", "upperBound", "unknownKey"];

/** One mutation: a record, one to three field edits (a field index into the record's fields), maybe a new quote. */
export const mutation = <C extends string>(collections: readonly C[]) =>
  fc.record({
    collection: fc.constantFrom(...collections),
    index: fc.nat(),
    edits: fc.array(fc.tuple(fc.nat(), fieldValue, fc.nat()), { minLength: 1, maxLength: 3 }),
    quote: fc.oneof({ arbitrary: fc.constant(undefined), weight: 9 }, { arbitrary: fc.string({ unit: "binary", maxLength: 210 }), weight: 1 }),
  });

/** Applies a mutation to a copy of a shipped record. */
export function mutate(dataset: Data, collection: string, index: number, edits: readonly [number, unknown, number][], quote: string | undefined): Data {
  const records = dataset[collection] as Data[];
  const record: Data = structuredClone(records[index % records.length] as Data);
  const fields = [...new Set([...Object.keys(record), ...CONDITIONAL_FIELDS])];
  for (const [fieldIndex, value, donor] of edits) {
    const field = fields[fieldIndex % fields.length] as string;
    if (value === FROM_ANOTHER_RECORD) {
      const other = records[donor % records.length] as Data;
      if (field in other) record[field] = structuredClone(other[field]);
      else delete record[field];
    } else if (value === undefined) delete record[field];
    else record[field] = value;
  }
  if (quote !== undefined && Array.isArray(record["citations"]) && record["citations"][0]) record["citations"][0].quote = quote;
  return record;
}
