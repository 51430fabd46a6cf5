import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dataset,
  endOfPartialDate,
  findByName,
  findEventsBetween,
  findEventsByYear,
  findEventsInvolving,
  findRecordsBySource,
  foldName,
  getEntity,
  getFigure,
  getFigureHistory,
  getMissionCount,
  startOfPartialDate,
  type Event,
  type MetricId,
} from "../../src/index.js";

// Enough runs per property that the file as a whole feeds the helpers well over 10 000 generated inputs.
const RUNS = 1500;

const allEvents = new Set<Event>(dataset.events);
// Tombstones (`deprecated`) are found by id only; the listing helpers skip them (docs/versioning.md).
const liveEvents = dataset.events.filter((event) => event.deprecated === undefined);
const namedRecords = [...dataset.people, ...dataset.organizations, ...dataset.places, ...dataset.programs];
const namedSet = new Set<object>(namedRecords);

/** Event order as documented: date string (coarse before fine), part of day, id. */
function inOrder(events: readonly Event[]): boolean {
  const dayRank = (e: Event) => ({ morning: 1, afternoon: 2, evening: 3 })[e.partOfDay ?? "morning"] * (e.partOfDay ? 1 : 0);
  for (let i = 1; i < events.length; i++) {
    const a = events[i - 1]!;
    const b = events[i]!;
    // On one date, an event reported only as happening on or before it ("not-after") comes first.
    const boundRank = (e: Event) => (e.dateMeaning === "not-after" ? 0 : 1);
    const order =
      a.date < b.date ? -1 : a.date > b.date ? 1 : boundRank(a) - boundRank(b) || dayRank(a) - dayRank(b) || (a.id < b.id ? -1 : 1);
    if (order > 0) return false;
  }
  return true;
}

const isDocumentedError = (error: unknown) => error instanceof TypeError || error instanceof RangeError;

/** Calls `run`; the only acceptable failures are the documented TypeError and RangeError. */
function answersOrRejects(run: () => unknown): { value?: unknown; error?: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    if (!isDocumentedError(error)) throw error;
    return { error };
  }
}

const partialDate = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map((y) => String(y).padStart(4, "0")),
  fc.record({ y: fc.integer({ min: 1940, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, "0")}`),
  fc.date({ min: new Date("1940-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

describe("property: findEventsByYear", () => {
  it("for any integer year returns exactly the events touching it, sorted, unique, all from the dataset", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1940, max: 2030 })), (year) => {
        const found = findEventsByYear(year);
        const expected = liveEvents.filter((e) => Number(e.date.slice(0, 4)) <= year && year <= Number((e.endDate ?? e.date).slice(0, 4)));
        expect(new Set(found)).toEqual(new Set(expected));
        expect(found.length).toBe(new Set(found).size);
        expect(found.every((e) => allEvents.has(e))).toBe(true);
        expect(inOrder(found)).toBe(true);
        expect(Object.isFrozen(found)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("for any input at all either answers or throws only TypeError/RangeError", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { value, error } = answersOrRejects(() => findEventsByYear(input as number));
        if (error === undefined) expect(Array.isArray(value)).toBe(true);
        if (typeof input !== "number") expect(error).toBeInstanceOf(TypeError);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("property: findEventsBetween", () => {
  it("for any two partial dates returns exactly the overlapping events, in order", () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        const [from, to] = startOfPartialDate(a) <= endOfPartialDate(b) ? [a, b] : [b, a];
        const { value, error } = answersOrRejects(() => findEventsBetween(from, to));
        if (error !== undefined) {
          // Only possible when the ordered pair still runs backwards, e.g. "2024-05-06" and "2024".
          expect(startOfPartialDate(from) > endOfPartialDate(to)).toBe(true);
          return;
        }
        const found = value as readonly Event[];
        const lo = startOfPartialDate(from);
        const hi = endOfPartialDate(to);
        const expected = liveEvents.filter((e) => startOfPartialDate(e.date) <= hi && endOfPartialDate(e.endDate ?? e.date) >= lo);
        expect(new Set(found)).toEqual(new Set(expected));
        expect(found.length).toBe(new Set(found).size);
        expect(inOrder(found)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary strings answers only with valid dates and otherwise throws RangeError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/)), fc.string(), (from, to) => {
        const { error } = answersOrRejects(() => findEventsBetween(from, to));
        if (error !== undefined) expect(error).toBeInstanceOf(RangeError);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("property: findByName", () => {
  it("for any string returns unique named records from the dataset, or a documented error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom(...namedRecords.map((r) => r.name))), (name) => {
        const { value, error } = answersOrRejects(() => findByName(name));
        if (error !== undefined) {
          expect(error).toBeInstanceOf(RangeError);
          expect(foldName(name)).toBe("");
          return;
        }
        const found = value as readonly object[];
        expect(found.every((record) => namedSet.has(record))).toBe(true);
        expect(found.length).toBe(new Set(found).size);
      }),
      { numRuns: RUNS },
    );
  });

  it("finds every record by each of its names, however cased, spaced, punctuated or accented", () => {
    const spellings = namedRecords.flatMap((record) =>
      [record.name, ...record.aliases, ...("acronym" in record && record.acronym ? [record.acronym] : [])].map((text) => ({ record, text })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...spellings), fc.boolean(), fc.constantFrom("", " ", "-", ".", "  "), ({ record, text }, upper, joiner) => {
        const variant = (upper ? text.toUpperCase() : text.toLowerCase()).split(/\s+/).join(joiner === "" ? " " : joiner);
        const found = findByName(variant);
        expect(found).toContain(record);
        // Whole-name matches come first: the record is among the results whose folded name or alias is the query.
        const first = found[0]!;
        const firstNames = [first.name, ...first.aliases, ...("acronym" in first && first.acronym ? [first.acronym] : [])].map(foldName);
        expect(firstNames).toContain(foldName(variant));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("property: getFigure", () => {
  const metrics = dataset.metrics.map((metric) => metric.id as MetricId);
  it("for any metric and date returns the latest figure certainly dated by then, or undefined when there is none", () => {
    fc.assert(
      fc.property(fc.constantFrom(...metrics), partialDate, (metric, asOf) => {
        const figure = getFigure(metric, { asOf });
        const history = getFigureHistory(metric);
        const limit = endOfPartialDate(asOf);
        const known = history.filter((f) => endOfPartialDate(f.asOf) <= limit);
        if (known.length === 0) {
          expect(figure).toBeUndefined();
          return;
        }
        expect(history).toContain(figure);
        expect(figure!.asOf).toBe(known.map((f) => f.asOf).sort().at(-1));
      }),
      { numRuns: RUNS },
    );
  });

  it("for arbitrary metrics and options answers or throws only the documented errors", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...metrics), fc.anything()), fc.oneof(fc.anything(), fc.record({ asOf: fc.string() })), (metric, options) => {
        answersOrRejects(() => getFigure(metric as MetricId, options as never));
        answersOrRejects(() => getMissionCount(metric as never, options as never));
      }),
      { numRuns: RUNS },
    );
  });
});

describe("property: lookups by id", () => {
  const ids = [...dataset.people, ...dataset.organizations, ...dataset.places, ...dataset.programs, ...dataset.events, ...dataset.figures].map((r) => r.id);
  it("getEntity returns the record with that id or undefined", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...ids), fc.string()), (id) => {
        const record = getEntity(id);
        if (record !== undefined) expect(record.id).toBe(id);
        else expect(ids).not.toContain(id);
      }),
      { numRuns: RUNS },
    );
  });

  it("findEventsInvolving and findRecordsBySource answer from the dataset or throw documented errors", () => {
    const entityIds = namedRecords.map((record) => record.id);
    const sourceIds = dataset.sources.map((source) => source.id);
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...entityIds), fc.constantFrom(...sourceIds), fc.string()), (id) => {
        const involving = answersOrRejects(() => findEventsInvolving(id as never));
        if (involving.error === undefined) {
          const found = involving.value as readonly Event[];
          const expected = liveEvents.filter(
            (e) => e.placeId === id || e.programIds.includes(id as never) || e.participants.some((p) => p.entityId === id),
          );
          expect(new Set(found)).toEqual(new Set(expected));
          expect(inOrder(found)).toBe(true);
        }
        const bySource = answersOrRejects(() => findRecordsBySource(id as never));
        if (bySource.error === undefined && bySource.value === undefined) expect(sourceIds).not.toContain(id);
        else if (bySource.error === undefined) {
          expect(sourceIds).toContain(id);
          for (const list of Object.values(bySource.value as Record<string, readonly { id: string; citations: readonly { documentId: string }[] }[]>)) {
            expect(list.every((record) => record.citations.some((c) => c.documentId === id))).toBe(true);
            expect(list.map((r) => r.id)).toEqual([...list.map((r) => r.id)].sort());
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
