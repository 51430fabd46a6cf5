import { describe, expect, it } from "vitest";
import { createQueryApi, dataset, mergeDatasets, type Dataset, type DatasetAddition } from "../../src/index.js";
import { validateDataset } from "../../src/schema/index.js";
import { NEWSROOM_RECORDS, NEWSROOM_SOURCE } from "../helpers/newsroom.js";

describe("mergeDatasets", () => {
  const merged = mergeDatasets(dataset, NEWSROOM_RECORDS);

  it("appends each collection's records after the base's, keeping the base's version", () => {
    expect(merged.version).toBe(dataset.version);
    expect(merged.sources).toEqual([...dataset.sources, NEWSROOM_SOURCE]);
    expect(merged.events).toEqual([...dataset.events, ...NEWSROOM_RECORDS.events]);
    expect(merged.figures.at(-1)).toBe(NEWSROOM_RECORDS.figures[0]);
    expect(merged.people).toEqual(dataset.people);
    expect(Object.keys(merged)).toEqual(Object.keys(dataset));
  });

  it("gives what validateDataset and createQueryApi take", () => {
    const validation = validateDataset(merged);
    expect(validation.problems).toEqual([]);
    const api = createQueryApi(merged, { validate: validateDataset });
    expect(api.getFigure("example-forum-veteran-speakers")?.id).toBe("figure:2026-01-19-example-forum-veteran-speakers");
    expect(api.getEntity("source:example-newsroom-forum")).toEqual(NEWSROOM_SOURCE);
  });

  it("freezes the result and its arrays, and changes neither argument", () => {
    const addition: DatasetAddition = { sources: [NEWSROOM_SOURCE] };
    const base: Dataset = { ...dataset, sources: [...dataset.sources] };
    const result = mergeDatasets(base, addition);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.sources)).toBe(true);
    expect(Object.isFrozen(base.sources)).toBe(false);
    expect(base.sources).toHaveLength(dataset.sources.length);
    expect(addition.sources).toEqual([NEWSROOM_SOURCE]);
  });

  it("refuses an id the base already has, naming the id and where it is", () => {
    const event = { ...NEWSROOM_RECORDS.events[0], id: dataset.events[0]!.id };
    expect(() => mergeDatasets(dataset, { events: [event] })).toThrow(
      new RangeError(
        `mergeDatasets: parameter "addition.events[0].id" must be an id not yet in the dataset, but "${event.id}" is already the id of base.events[0]; received ${JSON.stringify(event.id.length > 40 ? `${event.id.slice(0, 40)}…` : event.id)} (${event.id.length > 40 ? `string of length ${event.id.length}` : "string"})`,
      ),
    );
  });

  it("refuses an id taken in another collection, by a post, or twice in the addition", () => {
    const person = dataset.people.find((p) => p.posts.length > 0)!;
    const postId = person.posts[0]!.id;
    const source = { ...NEWSROOM_SOURCE, id: "source:a" as const };
    expect(() => mergeDatasets(dataset, { people: [{ ...person, id: "person:someone-else", posts: [person.posts[0]!] }] })).toThrow(
      new RegExp(`"addition\\.people\\[0\\]\\.posts\\[0\\]\\.id" must be an id not yet in the dataset, but "${postId}" is already the id of base\\.people\\[\\d+\\]\\.posts\\[0\\]`),
    );
    expect(() => mergeDatasets(dataset, { sources: [source, source] })).toThrow(
      /"addition\.sources\[1\]\.id" must be an id not yet in the dataset, but "source:a" is already the id of addition\.sources\[0\]/,
    );
    const metricAsSource = { ...NEWSROOM_RECORDS.metrics[0], id: dataset.metrics[0]!.id };
    expect(() => mergeDatasets(dataset, { metrics: [metricAsSource] })).toThrow(RangeError);
  });

  it("reads own properties only: a polluted Object.prototype adds no collection and no record", () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype["notes"] = [{ id: "note:polluted" }];
    try {
      const result = mergeDatasets(dataset, {});
      expect(result.notes).toEqual(dataset.notes);
    } finally {
      delete prototype["notes"];
    }
  });
});
