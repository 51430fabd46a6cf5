import { describe, expect, it } from "vitest";
import {
  createQueryApi,
  dataset,
  DATASET_VERSION,
  findByName,
  findEventsBetween,
  findEventsByYear,
  findEventsInvolving,
  findPostsHeld,
  findRecordsBySource,
  getEntity,
  getFigure,
  getFigureHistory,
  getMissionCount,
  listMetrics,
} from "../../src/index.js";
import packageJson from "../../package.json" with { type: "json" };
import { cites, namedAmong } from "../helpers/named-among.js";

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

/** Every event of a year's answer touches the year (records a new document adds may join the answer). */
function expectEventsOfYear(year: number, named: readonly string[]): void {
  const found = findEventsByYear(year);
  expect(namedAmong(found, named)).toEqual(named);
  for (const event of found) {
    const [from, to] = [Number(event.date.slice(0, 4)), Number((event.endDate ?? event.date).slice(0, 4))];
    expect(from <= year && year <= to, event.id).toBe(true);
  }
}

/** Every event of the answer involves the entity as participant, place or programme; the named ones in this order. */
function expectEventsInvolving(entityId: Parameters<typeof findEventsInvolving>[0], named: readonly string[]): void {
  const found = findEventsInvolving(entityId);
  expect(namedAmong(found, named)).toEqual(named);
  for (const event of found) {
    const involved = event.participants.some((p) => p.entityId === entityId) || event.placeId === entityId || (event.programIds as readonly string[]).includes(entityId);
    expect(involved, event.id).toBe(true);
  }
}

describe("dataset", () => {
  it("carries the package version", () => {
    expect(dataset.version).toBe(packageJson.version);
    expect(DATASET_VERSION).toBe(packageJson.version);
  });
});

describe("getMissionCount", () => {
  it("counts 160 joint repatriation missions by default (the 2023 report)", () => {
    expect(getMissionCount()).toBe(160);
    expect(getMissionCount("repatriation")).toBe(160);
    expect(getMissionCount("repatriation", { asOf: "2023-06-08" })).toBe(160);
    expect(getMissionCount(undefined, { asOf: "2023" })).toBe(160);
  });
  it("knows no count before the first report", () => {
    expect(getMissionCount("repatriation", { asOf: "2023-06-07" })).toBeUndefined();
  });
  it("counts 3 UN peacekeeping missions with Vietnamese personnel (UN headquarters is not a mission)", () => {
    expect(getMissionCount("peacekeeping")).toBe(3);
    expect(getMissionCount("peacekeeping", { asOf: "2022" })).toBeUndefined();
  });
  it("counts a deployment attested only in \"2023\" from the end of 2023 (the as-of rule)", () => {
    expect(getMissionCount("peacekeeping", { asOf: "2023-06" })).toBeUndefined();
    expect(getMissionCount("peacekeeping", { asOf: "2023-12-30" })).toBeUndefined();
    expect(getMissionCount("peacekeeping", { asOf: "2023-12-31" })).toBe(3);
    expect(getMissionCount("peacekeeping", { asOf: "2023" })).toBe(3);
  });
});

describe("findEventsByYear", () => {
  it("returns 2025's events in order, the month-precision anniversary between July and November", () => {
    expectEventsOfYear(2025, [
      "event:2025-07-12-diplomatic-relations-30th-anniversary",
      "event:2025-07-25-170th-remains-handover",
      "event:by-2025-08-02-national-league-report-issued",
      "event:2025-08-02-mofa-rejects-league-report",
      "event:2025-09-comprehensive-strategic-partnership-2nd-anniversary",
      "event:by-2025-11-02-us-announces-bien-hoa-package",
      "event:2025-11-02-hegseth-official-visit",
      "event:2025-11-02-giang-hegseth-talks",
    ]);
  });
  it("sorts a year-precision date before the days of its year", () => {
    const in2023 = findEventsByYear(2023).map((event) => event.date);
    expect(in2023.indexOf("2023")).toBeLessThan(in2023.indexOf("2023-03"));
    expect(in2023).toEqual([...in2023].sort());
  });
  it("sorts the same day: undated events reported by that day first, the evening reception after those without a time of day", () => {
    expectEventsOfYear(2024, [
      "event:by-2024-07-27-biden-message-of-sympathy",
      "event:by-2024-07-27-nguyen-phu-trong-dies",
      "event:2024-07-27-chinh-meets-war-veterans",
      "event:2024-07-27-us-delegation-pays-respects-to-nguyen-phu-trong",
      "event:2024-07-27-blinken-affirms-partnership-commitment",
      "event:2024-07-27-chinh-blinken-agree-on-exchanges-and-cooperation",
      "event:2024-07-27-chinh-receives-blinken",
      "event:2024-07-27-chinh-urges-war-legacy-action",
      "event:2024-07-27-chinh-welcomes-us-regional-engagement",
    ]);
  });
  it("returns [] for a year without events", () => {
    expect(findEventsByYear(1990)).toEqual([]);
  });
  it("finds an event spanning years in each year it touches", () => {
    const base = dataset.events[0]!;
    const api = createQueryApi({ ...dataset, events: [{ ...base, id: "event:span", date: "2019-12", endDate: "2021-01" }] });
    expect(ids(api.findEventsByYear(2019))).toEqual(["event:span"]);
    expect(ids(api.findEventsByYear(2020))).toEqual(["event:span"]);
    expect(ids(api.findEventsByYear(2021))).toEqual(["event:span"]);
    expect(api.findEventsByYear(2022)).toEqual([]);
  });
});

describe("findEventsBetween", () => {
  it("takes each bound as its whole period", () => {
    expect(findEventsBetween("2025-11", "2025-11").map((event) => event.type)).toEqual(["statement", "visit", "talks"]);
    expect(ids(findEventsBetween("1973", "1973"))).toEqual(["event:1973-paris-peace-accords-signed", "event:1973-vnosmp-founded"]);
  });
  it("includes month- and year-precision events whose period overlaps the range", () => {
    expect(ids(findEventsBetween("2023-09-15", "2023-09-20"))).toEqual([
      "event:by-2023-khare-praises-field-hospitals",
      "event:by-2023-lacroix-hails-vietnam",
      "event:by-2023-un-leaders-send-letters-of-thanks",
      "event:2023-blue-beret-honours-event",
      "event:2023-dag-hammarskjold-medal-for-do-anh",
      "event:2023-09-comprehensive-strategic-partnership-established",
    ]);
  });
  it("equals findEventsByYear for a one-year range", () => {
    expect(findEventsBetween("2023", "2023")).toEqual(findEventsByYear(2023));
  });
});

describe("findByName", () => {
  it("finds Phạm Minh Chính with or without diacritics", () => {
    expect(findByName("Phạm Minh Chính")[0]?.id).toBe("person:pham-minh-chinh");
    expect(findByName("pham minh chinh")[0]?.id).toBe("person:pham-minh-chinh");
    expect(findByName("PHAM-MINH-CHINH")[0]?.id).toBe("person:pham-minh-chinh");
  });
  it("folds đ/Đ to d", () => {
    expect(findByName("Đang Hoang Giang")[0]?.id).toBe("person:dang-hoang-giang");
  });
  it("finds acronyms and UN missions", () => {
    expect(findByName("VNOSMP")[0]?.id).toBe("org:vnosmp");
    expect(findByName("u.n.")[0]?.id).toBe("org:united-nations");
    expect(ids(findByName("UNISFA"))).toEqual(["org:unisfa"]);
  });
  it("finds places by any spelling", () => {
    expect(findByName("Hà Nội")[0]?.id).toBe("place:hanoi");
    expect(findByName("ha noi")[0]?.id).toBe("place:hanoi");
    expect(findByName("Việt Nam")[0]?.id).toBe("place:vietnam");
    expect(findByName("South China Sea")[0]?.id).toBe("place:east-sea");
  });
  it("matches a surname and a cut-short last word", () => {
    expect(ids(findByName("Knapper"))).toEqual(["person:marc-e-knapper"]);
    expect(ids(findByName("hegs"))).toEqual(["person:pete-hegseth"]);
  });
  it("puts the whole-name match first", () => {
    expect(ids(findByName("Ministry of National Defense"))[0]).toBe("org:vietnam-ministry-of-national-defence");
  });
  it("returns [] when nothing matches", () => {
    expect(findByName("Napoleon")).toEqual([]);
  });
});

describe("getEntity", () => {
  it("returns records of every kind, posts included", () => {
    expect(getEntity("person:pete-hegseth")?.name).toBe("Pete Hegseth");
    expect(getEntity("post:pham-thu-hang-mofa-spokesperson")?.title).toBe("Spokesperson of the Ministry of Foreign Affairs");
    expect(getEntity("org:unmiss")?.acronym).toBe("UNMISS");
    expect(getEntity("figure:2025-11-02-remains-returned")?.value).toBe(994);
    expect(getEntity("source:vns-chinh-receives-blinken")?.published).toBe("2024-07-27");
  });
  it("returns undefined for an unknown id", () => {
    expect(getEntity("person:nobody")).toBeUndefined();
    expect(getEntity("anything")).toBeUndefined();
  });
});

describe("getFigure and getFigureHistory", () => {
  it("takes the latest figure by default, and the one in force at a date", () => {
    expect(getFigure("comprehensive-strategic-partnership-years")?.value).toBe(2);
    expect(getFigure("comprehensive-strategic-partnership-years", { asOf: "2025-01" })).toMatchObject({ value: 1, qualifier: "nearly" });
    expect(getFigure("comprehensive-strategic-partnership-years", { asOf: "2024-07-26" })).toBeUndefined();
  });
  it("prefers the value on a date over the earlier value reported as held before it", () => {
    expect(getFigure("us-non-refundable-aid-total")?.value).toBe(430_000_000);
    expect(getFigureHistory("us-non-refundable-aid-total").map((f) => f.value)).toEqual([300_000_000, 430_000_000]);
  });
  it("prefers the finer date of two agreeing figures", () => {
    expect(getFigure("diplomatic-relations-years")?.id).toBe("figure:2025-07-12-diplomatic-relations-years");
    expect(getFigure("diplomatic-relations-years", { asOf: "2025" })?.id).toBe("figure:2025-07-12-diplomatic-relations-years");
  });
  it("puts a figure in force only once its own date is certainly not after the query date", () => {
    // figure:2025-diplomatic-relations-years-vns is dated "2025" only: it may not have been reported by 11 July.
    expect(getFigure("diplomatic-relations-years", { asOf: "2025-07-11" })).toBeUndefined();
    expect(getFigure("diplomatic-relations-years", { asOf: "2025-07-12" })?.id).toBe("figure:2025-07-12-diplomatic-relations-years");
    // figure:2023-peacekeepers-sent is dated "2023" only.
    expect(getFigure("peacekeepers-sent", { asOf: "2023-01-01" })).toBeUndefined();
    expect(getFigure("peacekeepers-sent", { asOf: "2023-12-30" })).toBeUndefined();
    expect(getFigure("peacekeepers-sent", { asOf: "2023-12-31" })?.id).toBe("figure:2023-peacekeepers-sent");
    expect(getFigure("peacekeepers-sent", { asOf: "2023" })?.id).toBe("figure:2023-peacekeepers-sent");
  });
  it("takes a finer figure dated inside a coarse one that is not yet in force", () => {
    const [coarse, fine] = ["2030", "2030-06-01"].map((asOf, index) => ({
      id: `figure:${asOf}-test`,
      metric: "peacekeepers-sent",
      value: 10 + index,
      unit: "people",
      qualifier: "exact",
      asOf,
      asOfRelation: "on",
      dateCertainty: "stated",
      citations: [{ documentId: "source:vna-un-peacekeeping-contribution", quote: "test" }],
    }));
    const api = createQueryApi({ ...dataset, figures: [...dataset.figures, coarse, fine] as never });
    expect(api.getFigure("peacekeepers-sent", { asOf: "2030-07" })?.id).toBe("figure:2030-06-01-test");
    expect(api.getFigure("peacekeepers-sent", { asOf: "2030" })?.id).toBe("figure:2030-06-01-test");
    expect(api.getFigure("peacekeepers-sent", { asOf: "2030-05" })?.id).toBe("figure:2023-peacekeepers-sent");
  });
  it("lists every figure of a metric, oldest first", () => {
    expect(ids(getFigureHistory("comprehensive-strategic-partnership-years"))).toEqual([
      "figure:2024-07-27-comprehensive-strategic-partnership-years",
      "figure:2025-09-comprehensive-strategic-partnership-years",
    ]);
  });
  it("skips a tombstoned figure: the 740 cases left us-servicemen-identified for us-identified-cases", () => {
    expect(ids(getFigureHistory("us-servicemen-identified"))).toEqual(["figure:2025-08-02-us-servicemen-identified"]);
    expect(getFigure("us-identified-cases")).toMatchObject({ value: 740, unit: "cases", asOf: "2025-11-02" });
  });
  it("breaks ties at one date: exact beats approximate", () => {
    const [nearly] = getFigureHistory("us-servicemen-identified");
    const exact = { ...nearly!, id: "figure:z-exact" as const, qualifier: "exact" as const, value: 748, upperBound: undefined };
    const api = createQueryApi({ ...dataset, figures: [nearly!, exact] });
    expect(api.getFigure("us-servicemen-identified")?.id).toBe("figure:z-exact");
  });
});

describe("listMetrics", () => {
  it("lists the catalogue with units and definitions", () => {
    const metrics = listMetrics();
    expect(metrics.length).toBe(dataset.metrics.length);
    expect(metrics.find((metric) => metric.id === "repatriation-missions")).toMatchObject({ unit: "missions", kind: "count" });
    for (const metric of metrics) expect(dataset.figures.some((figure) => figure.metric === metric.id), metric.id).toBe(true);
  });
});

describe("findEventsInvolving and findRecordsBySource", () => {
  it("finds events by participant, place and programme", () => {
    expectEventsInvolving("person:joe-biden", [
      "event:by-2024-07-27-biden-message-of-sympathy",
      "event:2024-07-27-us-delegation-pays-respects-to-nguyen-phu-trong",
      "event:2024-07-27-chinh-receives-blinken",
    ]);
    expectEventsInvolving("person:pete-hegseth", ["event:2025-11-02-hegseth-official-visit", "event:2025-11-02-giang-hegseth-talks"]);
    expectEventsInvolving("place:da-nang", ["event:2025-07-25-170th-remains-handover"]);
    expectEventsInvolving("program:bien-hoa-dioxin-project", ["event:by-2025-11-02-us-announces-bien-hoa-package", "event:2025-11-02-giang-hegseth-talks"]);
    expect(findEventsInvolving("person:nobody")).toEqual([]);
  });
  it("groups what a document supports", () => {
    const source = "source:vns-chinh-receives-blinken";
    const supported = findRecordsBySource(source)!;
    const people = ["person:antony-blinken", "person:joe-biden", "person:nguyen-phu-trong", "person:pham-minh-chinh"];
    expect(namedAmong(supported.people, people)).toEqual(people);
    const figures = ["figure:2024-07-27-comprehensive-strategic-partnership-years", "figure:2025-diplomatic-relations-years-vns"];
    expect(namedAmong(supported.figures, figures)).toEqual(figures);
    expect(figures.map((id) => supported.figures.find((figure) => figure.id === id)).map((figure) => [figure?.value, figure?.qualifier])).toEqual([
      [1, "nearly"],
      [30, "exact"],
    ]);
    for (const record of Object.values(supported).flat()) expect(cites(record, source), record.id).toBe(true);
    expect(findRecordsBySource("source:unknown")).toBeUndefined();
  });
});

describe("findPostsHeld", () => {
  it("returns the latest attestation on or before a date (the as-of rule)", () => {
    expect(findPostsHeld("person:pham-minh-chinh", { asOf: "2024-07-26" })).toEqual([]);
    expect(findPostsHeld("person:pham-minh-chinh", { asOf: "2024-07-27" }).map((post) => post.title)).toEqual(["Prime Minister"]);
    expect(findPostsHeld("person:pham-minh-chinh", { asOf: "2024" }).map((post) => post.title)).toEqual(["Prime Minister"]);
    // Attested on 27 July 2024 and no end stated: still the latest evidence a year later.
    expect(findPostsHeld("person:pham-minh-chinh", { asOf: "2025" }).map((post) => post.title)).toEqual(["Prime Minister"]);
    expect(findPostsHeld("person:nicholas-haysom").map((post) => post.organizationId)).toEqual(["org:united-nations", "org:unmiss"]);
  });
  it("counts a post attested only by year from the end of that year", () => {
    // The Secretary-General's post is attested in "2023" only.
    expect(findPostsHeld("person:antonio-guterres", { asOf: "2023-06" })).toEqual([]);
    expect(findPostsHeld("person:antonio-guterres", { asOf: "2023" }).map((post) => post.id)).toEqual(["post:antonio-guterres-un-secretary-general"]);
  });
  it("does not show a person in a post on a day the document reports them dead", () => {
    // Doc 003: a delegation came on 27 July 2024 "to pay respects to General Secretary Nguyễn Phú Trọng".
    expect(findPostsHeld("person:nguyen-phu-trong", { asOf: "2024-07-27" })).toEqual([]);
    expect(findPostsHeld("person:nguyen-phu-trong", { asOf: "2024" })).toEqual([]);
    expect(findPostsHeld("person:nguyen-phu-trong").map((post) => [post.title, post.posthumous])).toEqual([["General Secretary", true]]);
    // Doc 002: the medal for servicemen who died in 2022 is presented to "Lieutenant Colonel Do Anh".
    expect(findPostsHeld("person:do-anh", { asOf: "2023" })).toEqual([]);
    expect(findPostsHeld("person:do-anh").map((post) => post.title)).toEqual(["Lieutenant Colonel"]);
  });
  const trong = dataset.people.find((person) => person.id === "person:nguyen-phu-trong")!;
  const withPeople = (...people: object[]) =>
    createQueryApi({ ...dataset, people: dataset.people.map((person) => people.find((p) => (p as { id: string }).id === person.id) ?? person) as never });
  it("returns nothing once the person's death is certainly not after the date, whatever the posts say", () => {
    const alive = { ...trong, posts: trong.posts.map(({ posthumous: _, ...post }) => ({ ...post, start: "2024-01", end: "2024-12" })) };
    const api = withPeople(alive);
    // Died on or before 27 July 2024 ("not-after"): dead as of the end of July.
    expect(api.findPostsHeld(trong.id, { asOf: "2024-08" })).toEqual([]);
    expect(api.findPostsHeld(trong.id, { asOf: "2024-07" })).toEqual([]);
    expect(api.findPostsHeld(trong.id, { asOf: "2024-07-26" }).map((post) => post.title)).toEqual(["General Secretary"]);
    expect(api.findPostsHeld(trong.id, { asOf: "2023-12-31" })).toEqual([]);
  });
  it("ends a post at its stated end", () => {
    const alive = { ...trong, death: undefined, posts: trong.posts.map(({ posthumous: _, ...post }) => ({ ...post, start: "2024-01", end: "2024-12" })) };
    const api = withPeople(alive);
    expect(api.findPostsHeld(trong.id, { asOf: "2024-12" }).map((post) => post.title)).toEqual(["General Secretary"]);
    expect(api.findPostsHeld(trong.id, { asOf: "2025-01-01" })).toEqual([]);
    // "2024-01" may mean 31 January: not certainly held by 15 January.
    expect(api.findPostsHeld(trong.id, { asOf: "2024-01-15" })).toEqual([]);
  });
  it("returns the latest of several attestations of one post, with its own asOf", () => {
    const chinh = dataset.people.find((person) => person.id === "person:pham-minh-chinh")!;
    const post = chinh.posts[0]!;
    const twice = { ...chinh, posts: [post, { ...post, id: "post:pham-minh-chinh-prime-minister-2025", asOf: "2025-03" }] };
    const api = withPeople(twice);
    expect(api.findPostsHeld(chinh.id, { asOf: "2025-02" }).map((held) => [held.id, held.asOf])).toEqual([[post.id, "2024-07-27"]]);
    expect(api.findPostsHeld(chinh.id, { asOf: "2025-04" }).map((held) => [held.id, held.asOf])).toEqual([["post:pham-minh-chinh-prime-minister-2025", "2025-03"]]);
    expect(api.findPostsIn("org:vietnam-government", { asOf: "2025-04" }).map((held) => held.post.id)).toEqual(["post:pham-minh-chinh-prime-minister-2025"]);
    expect(Object.isFrozen(api.findPostsHeld(chinh.id, { asOf: "2025-04" }))).toBe(true);
  });
});

describe("findByName folding (issue 20)", () => {
  const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
  it("reads a dotted or spaced acronym as the acronym", () => {
    expect(ids(findByName("U.N."))).toEqual(ids(findByName("UN")));
    expect(ids(findByName("U N"))).toEqual(ids(findByName("UN")));
    expect(ids(findByName("U.S."))).toEqual(ids(findByName("US")));
    expect(findByName("UN")[0]?.id).toBe("org:united-nations");
  });
  it("finds a name in its possessive form", () => {
    expect(findByName("Hegseth's")[0]?.id).toBe("person:pete-hegseth");
    expect(findByName("Hegseth’s")[0]?.id).toBe("person:pete-hegseth");
  });
  it("folds letters that have no decomposition to their base letters, on both sides", () => {
    const walesa = { id: "person:lukasz-walesa", name: "Łukasz Wałęsa", aliases: ["Søren Æðelþryð-Œuvre Straße"], posts: [], citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "q" }] };
    const api = createQueryApi({ ...dataset, people: [...dataset.people, walesa] } as never);
    expect(api.findByName("Lukasz Walesa")[0]?.id).toBe("person:lukasz-walesa");
    expect(api.findByName("soren aedelthryd oeuvre strasse")[0]?.id).toBe("person:lukasz-walesa");
    expect(api.findByName("ŁUKASZ")[0]?.id).toBe("person:lukasz-walesa");
  });
  it("folds non-Latin names and queries consistently instead of refusing them", () => {
    const hanoi = { id: "place:test-hanoi", name: "Hà Nội test", kind: "city", aliases: ["Ханой", "河内"], citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "q" }] };
    const api = createQueryApi({ ...dataset, places: [...dataset.places, hanoi] } as never);
    expect(ids(api.findByName("ханой"))).toEqual(["place:test-hanoi"]);
    expect(ids(api.findByName("河内"))).toEqual(["place:test-hanoi"]);
    expect(findByName("Вьетнам")).toEqual([]);
  });
  it("says what is searched when a query has nothing to search for", () => {
    expect(() => findByName("!!!")).toThrow(/names, acronyms and aliases of people, organizations, places and programmes are searched/);
  });
});
