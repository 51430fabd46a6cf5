import { describe, expect, it } from "vitest";
import {
  dataset,
  findByName,
  findEventsBetween,
  findEventsByYear,
  findEventsInvolving,
  findPostsHeld,
  findRecordsBySource,
  getFigureHistory,
  listMetrics,
} from "../../src/index.js";

/** Every object and array reachable from a value. */
function* reachable(value: unknown, seen = new Set<unknown>()): Generator<object> {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  yield value;
  for (const child of Object.values(value)) yield* reachable(child, seen);
}

describe("immutability", () => {
  it("freezes the dataset and everything in it", () => {
    let count = 0;
    for (const node of reachable(dataset)) {
      expect(Object.isFrozen(node)).toBe(true);
      count++;
    }
    expect(count).toBeGreaterThan(500);
  });

  it("freezes every array a helper returns", () => {
    const results = [
      findEventsByYear(2025),
      findEventsByYear(1990),
      findEventsBetween("2023", "2024"),
      findEventsInvolving("person:pete-hegseth"),
      findEventsInvolving("person:nobody"),
      findByName("vietnam"),
      getFigureHistory("us-servicemen-identified"),
      listMetrics(),
      findPostsHeld("person:phan-van-giang", { asOf: "2025" }),
      findRecordsBySource("source:vna-giang-hegseth-talks"),
    ];
    for (const result of results) for (const node of reachable(result)) expect(Object.isFrozen(node)).toBe(true);
  });

  it("throws on mutation in strict mode, and later calls see no change", () => {
    "use strict";
    const events = findEventsByYear(2025) as unknown as { id: string; title: string }[];
    const firstTitle = events[0]!.title;
    expect(() => events.push({ id: "event:x", title: "x" })).toThrow(TypeError);
    expect(() => {
      events[0]!.title = "changed";
    }).toThrow(TypeError);
    expect(() => {
      (dataset as unknown as { version: string }).version = "9.9.9";
    }).toThrow(TypeError);
    expect(() => (dataset.people as unknown as unknown[]).pop()).toThrow(TypeError);
    expect(() => {
      (dataset.figures[0] as unknown as { citations: unknown[] }).citations.length = 0;
    }).toThrow(TypeError);
    expect(() => (findByName("vietnam") as unknown as unknown[]).sort()).toThrow(TypeError);

    expect(findEventsByYear(2025)[0]!.title).toBe(firstTitle);
    expect(findEventsByYear(2025)).toHaveLength(events.length);
    expect(dataset.figures[0]!.citations.length).toBeGreaterThan(0);
  });
});
