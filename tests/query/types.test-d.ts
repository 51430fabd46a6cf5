import { describe, expectTypeOf, it } from "vitest";
import {
  dataset,
  findByName,
  findEventsByYear,
  getEntity,
  getFigure,
  getFigureHistory,
  getMissionCount,
  type Dataset,
  type Event,
  type Figure,
  type KnownMetricId,
  type MetricId,
  type NamedRecord,
  type Organization,
  type Person,
  type Post,
  type SourceRecords,
  findRecordsBySource,
} from "../../src/index.js";

describe("public signatures", () => {
  it("getEntity narrows by id prefix", () => {
    expectTypeOf(getEntity("person:pete-hegseth")).toEqualTypeOf<Person | undefined>();
    expectTypeOf(getEntity("org:unmiss")).toEqualTypeOf<Organization | undefined>();
    expectTypeOf(getEntity("post:x")).toEqualTypeOf<Post | undefined>();
    expectTypeOf(getEntity("event:x")).toEqualTypeOf<Event | undefined>();
    expectTypeOf(getEntity("figure:x")).toEqualTypeOf<Figure | undefined>();
  });

  it("metric parameters take any metric id (the shipped ones complete); kind parameters only known literals", () => {
    expectTypeOf(getFigure).parameter(0).toEqualTypeOf<MetricId>();
    expectTypeOf<"repatriation-missions">().toMatchTypeOf<KnownMetricId>();
    expectTypeOf<KnownMetricId>().toMatchTypeOf<MetricId>();
    // A metric of one's own compiles (and the shipped data's helpers refuse it at run time, a RangeError).
    expectTypeOf<"newsroom-reported-remains">().toMatchTypeOf<MetricId>();
    expectTypeOf<string>().toMatchTypeOf<MetricId>();
    // @ts-expect-error: not a shipped metric
    const shipped: KnownMetricId = "no-such-metric";
    void shipped;
    // @ts-expect-error: not a mission kind
    getMissionCount("bogus");
    expectTypeOf(getMissionCount).parameter(0).toEqualTypeOf<"repatriation" | "peacekeeping" | undefined>();
    expectTypeOf(getMissionCount()).toEqualTypeOf<number | undefined>();
  });

  it("results are readonly", () => {
    expectTypeOf(findEventsByYear(2025)).toEqualTypeOf<readonly Event[]>();
    expectTypeOf(getFigureHistory("repatriation-missions")).toEqualTypeOf<readonly Figure[]>();
    expectTypeOf(findByName("x")).toEqualTypeOf<readonly NamedRecord[]>();
    expectTypeOf(findRecordsBySource("source:x")).toEqualTypeOf<SourceRecords | undefined>();
    const [first] = findEventsByYear(2025);
    // @ts-expect-error: records are readonly
    first!.title = "x";
    // @ts-expect-error: arrays are readonly
    findEventsByYear(2025).push(first!);
    // @ts-expect-error: nested arrays are readonly too
    first!.citations.push({ documentId: "source:x", quote: "xyz" });
  });

  it("the dataset is typed and readonly", () => {
    expectTypeOf(dataset).toEqualTypeOf<Dataset>();
    expectTypeOf(dataset.version).toEqualTypeOf<string>();
    expectTypeOf(dataset.events[0]!.date).toEqualTypeOf<string>();
    expectTypeOf(dataset.people[0]!.id).toEqualTypeOf<`person:${string}`>();
    // @ts-expect-error: readonly
    dataset.version = "1.0.0";
  });

  it("findEventsByYear takes a number", () => {
    // @ts-expect-error: a string year is a type error (and a TypeError at run time)
    findEventsByYear("2025");
  });
});
