import { describe, expect, it } from "vitest";
import { collectionSchemas, validateDataset } from "../../src/schema/index.js";
import { COLLECTIONS } from "../../scripts/lib/load-data.js";
import { checkData } from "../../scripts/lib/data-check.js";
import { SHIPPED_FILE_NAME } from "../../scripts/lib/shipped-sources.js";
import { authoredDataset, mutableCopy } from "../helpers/authored.js";

describe("the authored dataset", () => {
  it("passes every schema and cross-record rule", () => {
    const result = validateDataset(mutableCopy());
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("has a file for every collection, each non-empty", () => {
    const dataset = authoredDataset();
    for (const name of COLLECTIONS) expect(dataset[name].length, name).toBeGreaterThan(0);
  });

  it("names every source's document by the convention, each file once", () => {
    const files = authoredDataset().sources.map((source) => source.file);
    for (const file of files) expect(file).toMatch(SHIPPED_FILE_NAME);
    expect(new Set(files).size).toBe(files.length);
    expect(new Set(files.map((file) => file.slice(0, 3))).size).toBe(files.length);
  });

  it("says for every source where it was published (url) or why it cannot (urlNote), never both", async () => {
    for (const source of authoredDataset().sources) {
      expect(source.url === undefined, source.id).toBe(source.urlNote !== undefined);
    }
    expect((await checkData()).problems).toEqual([]);
  });

  it("uses ids whose prefix names their collection", () => {
    const dataset = authoredDataset();
    const prefixes = { sources: "source", people: "person", organizations: "org", places: "place", programs: "program", deployments: "deployment", events: "event", figures: "figure", notes: "note" } as const;
    for (const [name, prefix] of Object.entries(prefixes)) {
      for (const record of dataset[name as keyof typeof prefixes]) expect(record.id.startsWith(`${prefix}:`), record.id).toBe(true);
    }
    for (const person of dataset.people) for (const post of person.posts) expect(post.id.startsWith("post:")).toBe(true);
  });
});

describe("validateDataset rejects broken data", () => {
  const problemsOf = (mutate: (data: Record<string, any>) => void) => {
    const data = mutableCopy();
    mutate(data);
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    return result.problems.map((p) => `${p.path}: ${p.message}`).join("\n");
  };

  it("an unknown key (schemas are strict)", () => {
    expect(problemsOf((d) => (d.events[0].colour = "red"))).toMatch(/events\[0\].*colour/);
  });
  it("a duplicate post id across two people", () => {
    expect(problemsOf((d) => (d.people[1].posts[0].id = d.people[0].posts[0].id))).toMatch(/duplicate id "post:/);
  });
  it("a duplicate id within a collection", () => {
    expect(problemsOf((d) => (d.events[1].id = d.events[0].id))).toMatch(/duplicate id "event:/);
  });
  it("a reference that does not resolve", () => {
    expect(problemsOf((d) => (d.events[0].participants[0].entityId = "person:nobody"))).toMatch(/"person:nobody" does not resolve/);
  });
  it("a reference to a record of the wrong kind", () => {
    expect(problemsOf((d) => (d.people[0].countryId = "place:hanoi"))).toMatch(/"place:hanoi" is not a country/);
  });
  it("a figure whose unit differs from its metric's", () => {
    expect(problemsOf((d) => (d.figures[0].unit = "boxes"))).toMatch(/unit "boxes" differs/);
  });
  it("a figure whose value is not written in its quote", () => {
    expect(problemsOf((d) => (d.figures[0].value += 1))).toMatch(/no quote states the value/);
  });
  it("a figure of an unknown metric", () => {
    expect(problemsOf((d) => (d.figures[0].metric = "no-such-metric"))).toMatch(/unknown metric "no-such-metric"/);
  });
  it("an impossible date", () => {
    expect(problemsOf((d) => (d.events[0].date = "2025-02-30"))).toMatch(/events\[0\]\.date/);
  });
  it("an inferred date without a note saying how", () => {
    const inferred = mutableCopy().events.findIndex((e: any) => e.dateCertainty === "inferred");
    expect(problemsOf((d) => delete d.events[inferred].dateNote)).toMatch(new RegExp(`events\\[${inferred}\\]\\.dateNote`));
  });
  it("a source that nothing cites", () => {
    expect(
      problemsOf((d) =>
        d.sources.push({ ...d.sources[0], id: "source:uncited-document", file: "009_0000000000000000.txt" }),
      ),
    ).toMatch(/source "source:uncited-document" is never cited/);
  });
  it("a quote longer than 120 characters", () => {
    expect(problemsOf((d) => (d.events[0].citations[0].quote = "x".repeat(121)))).toMatch(/events\[0\]\.citations\[0\]\.quote/);
  });
  it("a source with a malformed SHA-256 (a missing one is the build's concern: tests/schema/citations.test.ts)", () => {
    expect(problemsOf((d) => (d.sources[0].sha256 = "ABC"))).toMatch(/sources\[0\]\.sha256/);
  });
  it("a source file that is not a relative path", () => {
    expect(problemsOf((d) => (d.sources[0].file = "../001_a093653b43277145.txt"))).toMatch(/sources\[0\]\.file: not a relative path/);
  });
  it("a person's death pointing at something that is not an event", () => {
    const trong = mutableCopy().people.findIndex((p: any) => p.id === "person:nguyen-phu-trong");
    expect(problemsOf((d) => (d.people[trong].death.eventId = "event:nothing-here"))).toMatch(/death\.eventId.*is not an event/);
  });
  it("a related metric or note that does not exist", () => {
    expect(problemsOf((d) => (d.metrics[0].relatedMetrics[0].metric = "no-such-metric"))).toMatch(/relatedMetrics\[0\]\.metric: unknown metric/);
    expect(problemsOf((d) => (d.metrics[0].relatedMetrics[0].noteId = "note:nothing-here"))).toMatch(/"note:nothing-here" does not resolve/);
    expect(problemsOf((d) => (d.metrics[0].relatedMetrics[0].metric = d.metrics[0].id))).toMatch(/cannot be related to itself/);
  });
  it("\"nearly a year\" states the value 1, and no other quote does by its article alone", () => {
    const nearlyAYear = mutableCopy().figures.findIndex((f: any) => f.id === "figure:2024-07-27-comprehensive-strategic-partnership-years");
    expect(validateDataset(mutableCopy()).ok).toBe(true);
    expect(
      problemsOf((d) => (d.figures[nearlyAYear].citations = [{ documentId: "source:vns-chinh-receives-blinken", quote: "a key focus and driving force" }])),
    ).toMatch(/no quote states the value 1/);
  });
  it("an approximate figure without its bound", () => {
    const nearly = mutableCopy().figures.findIndex((f: any) => f.qualifier === "nearly");
    expect(problemsOf((d) => delete d.figures[nearly].upperBound)).toMatch(/upperBound/);
  });
});

describe("collection schemas", () => {
  it("exist for exactly the collections of the dataset", () => {
    expect(Object.keys(collectionSchemas)).toEqual(COLLECTIONS);
  });
});
