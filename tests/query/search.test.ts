import { describe, expect, it } from "vitest";
import { createQueryApi, dataset, findByName, search } from "../../src/index.js";

const citations = [{ documentId: "source:vns-chinh-receives-blinken", quote: "q" }];
const api = createQueryApi({
  ...dataset,
  people: [
    ...dataset.people,
    { id: "person:test-ana", name: "Ana Testperson", aliases: [], posts: [{ id: "post:test-ana-keeper", title: "Keeper of the Quokka Registry", asOf: "2030", dateCertainty: "stated", citations }], citations },
  ],
  events: [
    ...dataset.events,
    {
      id: "event:2030-test-quokka",
      type: "meeting",
      title: "Quokka census meeting",
      date: "2030-05-01",
      dateCertainty: "stated",
      participants: [],
      programIds: [],
      summary: `${"Long words before the match. ".repeat(8)}The quokka registry was reviewed. ${"More words after it. ".repeat(8)}`,
      citations,
    },
    { id: "event:2030-test-tombstone", type: "meeting", title: "Quokka tombstone", date: "2030", dateCertainty: "stated", participants: [], programIds: [], summary: "Gone.", citations, deprecated: { since: "1.0.0", reason: "test" } },
  ],
} as never);

describe("search", () => {
  it("finds a person by a post title, with the field and a snippet", () => {
    const [hit] = api.search("keeper of the quokka registry");
    expect(hit).toMatchObject({ kind: "person", field: "posts[0].title", snippet: "Keeper of the Quokka Registry" });
    expect(hit?.record.id).toBe("person:test-ana");
  });
  it("ranks a whole-field match over a title word over a summary, and gives each record once", () => {
    // Equal scores (a word of a title): people before events.
    expect(api.search("quokka").map((hit) => [hit.record.id, hit.field])).toEqual([
      ["person:test-ana", "posts[0].title"],
      ["event:2030-test-quokka", "title"],
    ]);
    // The whole title beats a phrase in a post title; the summary also holds both words, but the title wins.
    expect(api.search("quokka census meeting").map((hit) => [hit.record.id, hit.field])).toEqual([["event:2030-test-quokka", "title"]]);
    expect(api.search("quokka registry").map((hit) => [hit.record.id, hit.field])).toEqual([
      ["person:test-ana", "posts[0].title"],
      ["event:2030-test-quokka", "summary"],
    ]);
    const summary = api.search("registry reviewed")[0]!;
    expect(summary.field).toBe("summary");
    expect(summary.snippet).toMatch(/^….*registry was reviewed.*…$/);
    expect(summary.snippet.length).toBeLessThanOrEqual(122);
  });
  it("leaves tombstoned records out", () => {
    expect(api.search("tombstone")).toEqual([]);
  });
  it("restricts kinds and limits the results", () => {
    expect(api.search("quokka", { kinds: ["person"] }).map((hit) => hit.record.id)).toEqual(["person:test-ana"]);
    expect(api.search("quokka", { limit: 1 })).toHaveLength(1);
  });
  it("searches the shipped text: post titles, metric labels, quotes", () => {
    expect(search("Secretary of War")[0]?.record.id).toBe("person:pete-hegseth");
    expect(search("bones").some((hit) => hit.kind === "metric")).toBe(true);
    expect(search("dioxin").length).toBeGreaterThan(0);
    expect(search("U.N.").map((hit) => hit.record.id)).toEqual(search("UN").map((hit) => hit.record.id));
  });
  it("freezes its answers", () => {
    const hits = search("dioxin");
    expect(Object.isFrozen(hits)).toBe(true);
    expect(Object.isFrozen(hits[0])).toBe(true);
  });
  it("refuses bad arguments", () => {
    expect(() => search(1 as never)).toThrow(TypeError);
    expect(() => search("!!!")).toThrow(/search: parameter "text"/);
    expect(() => search("x", { kinds: ["people" as never] })).toThrow(RangeError);
    expect(() => search("x", { kinds: "person" as never })).toThrow(TypeError);
    expect(() => search("x", { limit: 0 })).toThrow(RangeError);
    expect(() => search("x", { max: 3 } as never)).toThrow(/only keys are "kinds", "limit"/);
  });
  it("does not change findByName", () => {
    expect(findByName("Hegseth")[0]?.id).toBe("person:pete-hegseth");
  });
});
