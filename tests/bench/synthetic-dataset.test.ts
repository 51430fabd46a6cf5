import { describe, expect, it } from "vitest";
import { dataset, type Dataset } from "vietnam-us-relations";
import { makeSyntheticDataset } from "../../bench/synthetic-dataset.js";
import { validateDataset } from "../../src/schema/index.js";

type Collections = [name: string, records: readonly { readonly id: string }[]][];

function collectionsOf(data: Dataset): Collections {
  return (Object.entries(data) as [string, unknown][]).filter((entry): entry is Collections[number] => Array.isArray(entry[1]));
}

/** Every record with an id: those of every collection, and the posts inside people. */
function recordsOf(data: Dataset): readonly { readonly id: string }[] {
  return [...collectionsOf(data).flatMap(([, records]) => records), ...data.people.flatMap((person) => person.posts)];
}

/** The strings inside a record (quotes aside) that are ids of the dataset. */
function idsIn(value: unknown, ids: ReadonlySet<string>, found: string[] = []): string[] {
  if (typeof value === "string" && ids.has(value)) found.push(value);
  else if (Array.isArray(value)) for (const item of value) idsIn(item, ids, found);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) if (key !== "quote") idsIn(child, ids, found);
  }
  return found;
}

describe("makeSyntheticDataset (bench/)", () => {
  const synthetic = makeSyntheticDataset(10);

  it("makes a dataset that validateDataset accepts", () => {
    const result = validateDataset(synthetic);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has exactly 10 times the records of every collection, and of posts", () => {
    const collections = collectionsOf(dataset);
    expect(collections.map(([name]) => name)).toEqual(collectionsOf(synthetic).map(([name]) => name));
    for (const [name, records] of collections) {
      expect(synthetic[name as keyof Dataset], name).toHaveLength(10 * records.length);
    }
    expect(recordsOf(synthetic)).toHaveLength(10 * recordsOf(dataset).length);
  });

  it("keeps each copy's references inside that copy, and moves its dates by whole years", () => {
    const records = recordsOf(synthetic);
    const ids = new Set(records.map((record) => record.id));
    const copy3 = records.filter((record) => record.id.endsWith("-x3"));
    expect(copy3).toHaveLength(recordsOf(dataset).length);
    for (const record of copy3) for (const id of idsIn(record, ids)) expect(id, `in ${record.id}`).toMatch(/-x3$/);
    const events = dataset.events.length;
    dataset.events.forEach((event, i) => {
      expect(Number(synthetic.events[3 * events + i]?.date.slice(0, 4))).toBe(Number(event.date.slice(0, 4)) + 3);
    });
  });

  it("is the shipped data at factor 1", () => {
    expect(makeSyntheticDataset(1)).toEqual(dataset);
  });
});
