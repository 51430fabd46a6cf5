import { describe, expect, it } from "vitest";
import { createQueryApi, dataset, describeRecord, formatCitation } from "../../src/index.js";

const SOURCE = "source:vns-chinh-receives-blinken";
const citations = [{ documentId: SOURCE, quote: "q" }];
const api = createQueryApi({
  ...dataset,
  events: [
    ...dataset.events,
    {
      id: "event:2030-test",
      type: "meeting",
      title: "A test meeting",
      date: "2030-05-01",
      dateMeaning: "not-after",
      dateCertainty: "stated",
      placeId: "place:vietnam",
      participants: [],
      programIds: [],
      summary: "A meeting made up for the test.",
      citations,
    },
  ],
} as never);

describe("describeRecord", () => {
  it("says an event with its date, place and citation label", () => {
    const event = api.dataset.events.find((entry) => entry.id === "event:2030-test")!;
    expect(api.describeRecord(event)).toBe("by 1 May 2030, Vietnam: A test meeting (VNS, 27 July 2024).");
  });
  it("says a figure with its metric, value and date", () => {
    const figure = dataset.figures.find((entry) => entry.id === "figure:2025-11-02-us-non-refundable-aid-total")!;
    const label = formatCitation(figure.citations[0]!);
    expect(describeRecord(figure)).toBe(`${dataset.metrics.find((m) => m.id === figure.metric)!.label}: 430 million USD as of 2 November 2025 (${label}).`);
  });
  it("says a person with their latest post, and any other record in one sentence", () => {
    const person = dataset.people.find((entry) => entry.id === "person:pete-hegseth")!;
    expect(describeRecord(person)).toMatch(/^Pete Hegseth, US Secretary of War .*\(VNA, .*\)\.$/);
    for (const name of ["sources", "organizations", "places", "programs", "deployments", "notes"] as const) {
      for (const record of dataset[name]) expect(describeRecord(record)).toMatch(/^\S.*\.$/);
    }
  });
  it("refuses what is not a record", () => {
    expect(() => describeRecord(null as never)).toThrow(TypeError);
    expect(() => describeRecord({ id: 1 } as never)).toThrow(/describeRecord: parameter "record"/);
    expect(() => describeRecord({ id: "thing:x" } as never)).toThrow(RangeError);
    expect(() => describeRecord({ id: "figure:x" } as never)).toThrow(RangeError);
  });
});
