import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

type Call = [label: string, call: () => unknown, error: typeof TypeError | typeof RangeError, message: RegExp];
const any = (value: unknown) => value as never;

const calls: Call[] = [
  ["findEventsByYear('2025')", () => api.findEventsByYear(any("2025")), TypeError, /findEventsByYear: parameter "year" must be a number.*received "2025" \(string\)/],
  ["findEventsByYear(NaN)", () => api.findEventsByYear(Number.NaN), RangeError, /parameter "year" must be an integer year from 1 to 9999; received NaN \(number\)/],
  ["findEventsByYear(2025.5)", () => api.findEventsByYear(2025.5), RangeError, /received 2025\.5 \(number\)/],
  ["findEventsByYear(Infinity)", () => api.findEventsByYear(Number.POSITIVE_INFINITY), RangeError, /received Infinity/],
  ["findEventsByYear(0)", () => api.findEventsByYear(0), RangeError, /from 1 to 9999; received 0/],
  ["findEventsByYear()", () => (api.findEventsByYear as unknown as () => unknown)(), TypeError, /received undefined/],
  ["findEventsBetween('2025-13', '2026')", () => api.findEventsBetween("2025-13", "2026"), RangeError, /parameter "from" must be a partial ISO 8601 date.*received "2025-13"/],
  ["findEventsBetween('2025', '2025-02-30')", () => api.findEventsBetween("2025", "2025-02-30"), RangeError, /parameter "to".*"2025-02-30"/],
  ["findEventsBetween('2026', '2025')", () => api.findEventsBetween("2026", "2025"), RangeError, /parameter "to" must be a date not before "from"/],
  ["findEventsBetween(2025, '2026')", () => api.findEventsBetween(any(2025), "2026"), TypeError, /parameter "from" must be a string/],
  ["findEventsBetween('25', '2026')", () => api.findEventsBetween("25", "2026"), RangeError, /received "25"/],
  ["getMissionCount('bogus')", () => api.getMissionCount(any("bogus")), RangeError, /parameter "kind" must be one of "repatriation", "peacekeeping"; received "bogus"/],
  ["getMissionCount(1)", () => api.getMissionCount(any(1)), TypeError, /parameter "kind" must be a string/],
  ["getMissionCount('repatriation', { asOf: '2025-00' })", () => api.getMissionCount("repatriation", { asOf: "2025-00" }), RangeError, /parameter "options.asOf"/],
  ["getMissionCount('repatriation', { when: '2025' })", () => api.getMissionCount("repatriation", any({ when: "2025" })), RangeError, /only key is "asOf" \(unknown: when\)/],
  ["getMissionCount('repatriation', 'x')", () => api.getMissionCount("repatriation", any("x")), TypeError, /parameter "options" must be an object/],
  ["mergeDatasets: null base", () => api.mergeDatasets(any(null), {}), TypeError, /^mergeDatasets: parameter "base" must be a dataset object .*; received null \(null\)$/],
  ["mergeDatasets: array base", () => api.mergeDatasets(any([]), {}), TypeError, /parameter "base" must be a dataset object/],
  ["mergeDatasets: numeric version", () => api.mergeDatasets(any({ ...api.dataset, version: 1 }), {}), TypeError, /parameter "base\.version" must be a string/],
  ["mergeDatasets: missing collection", () => api.mergeDatasets(any({ ...api.dataset, events: undefined }), {}), TypeError, /parameter "base\.events" must be an array of events records; received undefined/],
  ["mergeDatasets: string addition", () => api.mergeDatasets(api.dataset, any("records")), TypeError, /parameter "addition" must be a plain object whose keys are collection names/],
  ["mergeDatasets: object collection", () => api.mergeDatasets(api.dataset, any({ events: {} })), TypeError, /parameter "addition\.events" must be an array of events records; received \{…\} \(object\)/],
  ["mergeDatasets: null record", () => api.mergeDatasets(api.dataset, any({ events: [null] })), TypeError, /parameter "addition\.events\[0\]" must be a record of events/],
  ["mergeDatasets: numeric id", () => api.mergeDatasets(api.dataset, any({ events: [{ id: 7 }] })), TypeError, /parameter "addition\.events\[0\]\.id" must be a string, the record's id; received 7 \(number\)/],
  ["mergeDatasets: version in the addition", () => api.mergeDatasets(api.dataset, any({ version: "9.9.9" })), RangeError, /\(unknown: "version"\)/],
  ["mergeDatasets: unknown collection", () => api.mergeDatasets(api.dataset, any({ event: [] })), RangeError, /\(unknown: "event"\)/],
  ["getFigure('bogus')", () => api.getFigure(any("bogus")), RangeError, /getFigure: parameter "metric" must be a metric id.*received "bogus"/],
  ["getFigure(null)", () => api.getFigure(any(null)), TypeError, /received null \(null\)/],
  ["getFigure('repatriation-missions', { asOf: 2025 })", () => api.getFigure("repatriation-missions", any({ asOf: 2025 })), TypeError, /parameter "options.asOf" must be a string/],
  ["getFigureHistory('bogus')", () => api.getFigureHistory(any("bogus")), RangeError, /getFigureHistory: parameter "metric"/],
  ["findByName(42)", () => api.findByName(any(42)), TypeError, /findByName: parameter "name" must be a string.*received 42 \(number\)/],
  ["findByName('  ')", () => api.findByName("  "), RangeError, /at least one letter or digit/],
  ["findByName('...')", () => api.findByName("..."), RangeError, /received "..."/],
  ["getEntity(7)", () => api.getEntity(any(7)), TypeError, /getEntity: parameter "id" must be a string/],
  ["findEventsInvolving('pete')", () => api.findEventsInvolving(any("pete")), RangeError, /findEventsInvolving: parameter "entityId" must be a record id/],
  ["findEventsInvolving('event:x')", () => api.findEventsInvolving(any("event:x")), RangeError, /prefix "person", "org", "place", "program"/],
  ["findEventsInvolving(undefined)", () => api.findEventsInvolving(any(undefined)), TypeError, /received undefined/],
  ["findRecordsBySource('person:x')", () => api.findRecordsBySource(any("person:x")), RangeError, /parameter "documentId".*prefix "source"/],
  ["findRecordsBySource({})", () => api.findRecordsBySource(any({})), TypeError, /received \{…\} \(object\)/],
  ["findPostsHeld('org:x')", () => api.findPostsHeld(any("org:x")), RangeError, /parameter "personId"/],
  ["findPostsHeld('person:x', { asOf: 'soon' })", () => api.findPostsHeld("person:x", { asOf: "soon" }), RangeError, /"options.asOf"/],
];

describe("helpers reject bad input with a named parameter, the value and what is accepted", () => {
  it.each(calls)("%s", (_, call, error, message) => {
    let thrown: unknown;
    try {
      call();
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(error);
    // RangeError and TypeError are siblings: make sure it is exactly the documented one.
    expect((thrown as Error).constructor).toBe(error);
    expect((thrown as Error).message).toMatch(message);
  });
});

describe("valid questions without an answer are not errors", () => {
  it("an unknown id gives undefined, a year without events gives []", () => {
    expect(api.getEntity("person:unknown")).toBeUndefined();
    expect(api.findEventsByYear(1800)).toEqual([]);
    expect(api.findEventsBetween("1900", "1901")).toEqual([]);
    expect(api.findByName("zzzz")).toEqual([]);
  });
});
