import { describe, expect, it } from "vitest";
import { comparePartialDates, createQueryApi, dataset, findParticipations, getMetric, listEvents, listMetrics, listPosts } from "../../src/index.js";

describe("listEvents", () => {
  it("lists every live event in chronological order", () => {
    const events = listEvents();
    expect(events.length).toBe(dataset.events.filter((event) => event.deprecated === undefined).length);
    for (let index = 1; index < events.length; index++) expect(comparePartialDates(events[index - 1]!.date, events[index]!.date)).toBeLessThanOrEqual(0);
    expect(Object.isFrozen(events)).toBe(true);
  });
  it("filters by type and by an inclusive date range", () => {
    expect(listEvents({ type: "handover" }).every((event) => event.type === "handover")).toBe(true);
    expect(listEvents({ type: ["handover", "talks"] }).map((event) => event.type).sort()).toEqual(
      listEvents().filter((event) => event.type === "handover" || event.type === "talks").map((event) => event.type).sort(),
    );
    const ids = listEvents({ from: "2025-11-02", to: "2025-11-02" }).map((event) => event.id);
    expect(ids).toContain("event:2025-11-02-giang-hegseth-talks");
    expect(listEvents({ from: "2025-11-02", to: "2025-11-02" }).every((event) => event.date <= "2025-11-02")).toBe(true);
  });
  it("refuses bad options", () => {
    expect(() => listEvents({ type: "party" as never })).toThrow(/listEvents: parameter "options.type"/);
    expect(() => listEvents({ type: 3 as never })).toThrow(TypeError);
    expect(() => listEvents({ from: "2025-13" })).toThrow(RangeError);
    expect(() => listEvents({ from: "2025", to: "2024" })).toThrow(RangeError);
    expect(() => listEvents({ when: "2025" } as never)).toThrow(/only keys are/);
  });
});

describe("listPosts and getMetric", () => {
  it("lists every post with its person", () => {
    const posts = listPosts();
    expect(posts.length).toBe(dataset.people.flatMap((person) => person.posts).length);
    expect(posts.find(({ post }) => post.id === "post:pete-hegseth-us-secretary-of-war")?.person.id).toBe("person:pete-hegseth");
    expect(Object.isFrozen(posts[0])).toBe(true);
  });
  it("gets a metric by id", () => {
    const [first] = listMetrics();
    expect(getMetric(first!.id)).toBe(first);
    expect(getMetric("no-such-metric")).toBeUndefined();
    expect(() => getMetric(1 as never)).toThrow(/getMetric: parameter "id"/);
  });
});

describe("findParticipations", () => {
  const citations = [{ documentId: "source:vns-chinh-receives-blinken", quote: "q" }];
  const event = (id: string, date: string, type: string, role: string) => ({
    id,
    type,
    title: `Test ${id}`,
    date,
    dateCertainty: "stated",
    participants: [{ entityId: "person:pete-hegseth", role }],
    programIds: [],
    summary: "A test event.",
    citations,
  });
  const api = createQueryApi({
    ...dataset,
    events: [...dataset.events, event("event:2030-02-test-speech", "2030-02", "statement", "speaker"), event("event:2030-01-test-ceremony", "2030-01", "ceremony", "guest")],
  } as never);
  it("gives each event with the entity's role, and filters by role", () => {
    const all = api.findParticipations("person:pete-hegseth").map(({ event, role }) => [event.id, role]);
    expect(all.slice(-2)).toEqual([
      ["event:2030-01-test-ceremony", "guest"],
      ["event:2030-02-test-speech", "speaker"],
    ]);
    expect(api.findParticipations("person:pete-hegseth", { roles: ["speaker"] }).map(({ event }) => event.id)).toEqual(["event:2030-02-test-speech"]);
    expect(api.findParticipations("person:pete-hegseth", { roles: "speaker" }).map(({ event }) => event.id)).toEqual(["event:2030-02-test-speech"]);
  });
  it("refuses bad arguments", () => {
    expect(() => findParticipations("event:x" as never)).toThrow(RangeError);
    expect(() => findParticipations("person:x", { roles: ["talker" as never] })).toThrow(/options.roles/);
    expect(() => findParticipations("person:x", { roles: [1 as never] })).toThrow(TypeError);
  });
});
