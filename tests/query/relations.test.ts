import { describe, expect, it } from "vitest";
import { namedAmong } from "../helpers/named-among.js";
import {
  createQueryApi,
  dataset,
  findDeploymentsFrom,
  findEventsByYear,
  findEventsInvolving,
  findFiguresAbout,
  findNotesAbout,
  findPostsIn,
  findRecordsBySource,
  getEntity,
  groupEventsByYear,
  isDeployment,
  isEvent,
  isEventOfType,
  isFigure,
  isNote,
  isOrganization,
  isPerson,
  isPlace,
  isPost,
  isProgram,
  isSource,
  resolveEvent,
  type Dataset,
  type Person,
} from "../../src/index.js";

const ids = (records: readonly { id: string }[] | undefined) => records?.map((record) => record.id);
const any = (value: unknown) => value as never;

/** The named figures in this order are among the answer, and every figure of it is about the record (subject or event). */
function expectFiguresAbout(id: Parameters<typeof findFiguresAbout>[0], named: readonly string[]): void {
  const found = findFiguresAbout(id);
  expect(namedAmong(found, named)).toEqual(named);
  for (const figure of found) expect(figure.subjectId === id || figure.eventId === id, figure.id).toBe(true);
}

describe("findFiguresAbout", () => {
  it("finds the figures whose subject is a record, in history order", () => {
    expectFiguresAbout("program:bien-hoa-dioxin-project", [
      "figure:2025-11-02-us-non-refundable-aid-total-before",
      "figure:2025-11-02-bien-hoa-new-aid-package",
      "figure:2025-11-02-us-non-refundable-aid-total",
    ]);
    expectFiguresAbout("place:vietnam", ["figure:2023-peacekeeping-contributor-rank"]);
    expectFiguresAbout("org:united-nations", ["figure:2023-peacekeeping-contributor-countries", "figure:2023-05-29-un-peacekeeping-years"]);
  });
  it("finds the figures reported at an event", () => {
    expectFiguresAbout("event:2025-07-25-170th-remains-handover", ["figure:2025-07-25-remains-boxes-handed-over", "figure:2025-07-25-remains-handover-ceremonies"]);
  });
  it("answers [] for a record without figures and rejects other ids", () => {
    expect(findFiguresAbout("person:nobody")).toEqual([]);
    expect(() => findFiguresAbout(any("figure:2025-11-02-remains-returned"))).toThrow(RangeError);
    expect(() => findFiguresAbout(any(3))).toThrow(/findFiguresAbout: parameter "id" must be a string/);
  });
});

describe("findNotesAbout", () => {
  it("finds the notes that name a record, by note id", () => {
    expect(ids(findNotesAbout("figure:2025-11-02-us-identified-cases"))).toEqual([
      "note:identified-servicemen-nearly-750-vs-740",
      "note:remains-734-servicemen-vs-994-bones",
    ]);
    expect(ids(findNotesAbout("source:vna-un-peacekeeping-contribution"))).toEqual(["note:peacekeeping-report-year-2023"]);
    expect(findNotesAbout("person:pete-hegseth")).toEqual([]);
  });
  it("rejects what is not a record id", () => {
    expect(() => findNotesAbout(any("us-servicemen-identified"))).toThrow(/findNotesAbout: parameter "id" must be a record id/);
  });
});

describe("findPostsIn", () => {
  it("lists each person with the post they hold in an organization", () => {
    const holders = findPostsIn("org:vietnam-ministry-of-national-defence");
    expect(holders.map(({ person, post }) => [person.name, post.title])).toEqual([["Phan Van Giang", "Minister of National Defense"]]);
  });
  it("honours asOf as findPostsHeld does", () => {
    const at = (asOf?: string) => findPostsIn("org:united-nations", asOf === undefined ? undefined : { asOf }).map(({ post }) => post.id);
    expect(at()).toEqual([
      "post:jean-pierre-lacroix-un-usg-peace-operations",
      "post:atul-khare-un-usg-operational-support",
      "post:nicholas-haysom-srsg-south-sudan",
      "post:faisal-shahkar-un-police-adviser",
      "post:antonio-guterres-un-secretary-general",
    ]);
    // The police adviser's "In December" is read against the report's year (2023), not the year before.
    expect(at("2022")).toEqual([]);
    // Only the post attested in March 2023 is certainly attested by then; the others are dated "2023" or later.
    expect(at("2023-03")).toEqual(["post:nicholas-haysom-srsg-south-sudan"]);
    expect(at("2023-12")).toEqual(at());
    // The latest attestation stays the answer after its date.
    expect(at("2025-12-01")).toEqual(at());
    expect(findPostsIn("org:vietnam-ministry-of-national-defence", { asOf: "2025-12-01" }).map(({ person }) => person.id)).toEqual(["person:phan-van-giang"]);
    expect(findPostsIn("org:vietnam-ministry-of-national-defence", { asOf: "2025-11-01" })).toEqual([]);
  });
  it("rejects bad arguments like findPostsHeld", () => {
    expect(() => findPostsIn(any("person:phan-van-giang"))).toThrow(/findPostsIn: parameter "organizationId"/);
    expect(() => findPostsIn("org:unmiss", { asOf: "2025-13" })).toThrow(/"options.asOf"/);
    expect(() => findPostsIn("org:unmiss", any({ when: "2025" }))).toThrow(/only key is "asOf"/);
  });
});

describe("resolveEvent", () => {
  it("gives the place, participants with roles, programmes, sources and parent event as records", () => {
    const resolved = resolveEvent("event:2025-11-02-giang-hegseth-talks");
    expect(resolved?.event.id).toBe("event:2025-11-02-giang-hegseth-talks");
    expect(resolved?.place?.name).toBe("headquarters of the Ministry of National Defense");
    expect(resolved?.participants.map(({ entity, role }) => `${entity.name}/${role}`)).toEqual([
      "Phan Van Giang/host",
      "Pete Hegseth/guest",
      "Ministry of National Defence/host",
      "US Department of War/subject",
    ]);
    expect(ids(resolved?.programs)).toEqual([
      "program:vietnam-us-defense-cooperation",
      "program:war-legacies-cooperation",
      "program:bien-hoa-dioxin-project",
      "program:us-mia-search",
      "program:vietnamese-missing-search",
      "program:comprehensive-strategic-partnership",
    ]);
    expect(ids(resolved?.sources)).toEqual(["source:vna-giang-hegseth-talks"]);
    expect(resolved?.partOf?.id).toBe("event:2025-11-02-hegseth-official-visit");
  });
  it("takes an event record too, and answers the same frozen object", () => {
    const event = getEntity("event:2025-07-25-170th-remains-handover")!;
    const resolved = resolveEvent(event);
    expect(resolved).toBe(resolveEvent("event:2025-07-25-170th-remains-handover"));
    expect(resolved.place?.id).toBe("place:da-nang");
    expect(resolved.partOf).toBeUndefined();
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(resolved.participants[0])).toBe(true);
  });
  it("answers undefined for an unknown id and rejects what is not an event", () => {
    expect(resolveEvent("event:no-such-event")).toBeUndefined();
    expect(() => resolveEvent(any("person:pete-hegseth"))).toThrow(RangeError);
    expect(() => resolveEvent(any(getEntity("person:pete-hegseth")))).toThrow(/resolveEvent: parameter "event" must be an event record/);
  });
});

describe("findEventsInvolving with viaPosts", () => {
  it("adds the events of the people who hold a post in the organization", () => {
    expect(ids(findEventsInvolving("org:united-nations"))).toEqual([
      "event:1948-05-29-un-peacekeeping-begins",
      "event:2018-level-2-field-hospitals-deployed",
      "event:by-2023-un-leaders-send-letters-of-thanks",
      "event:2023-blue-beret-honours-event",
      "event:2023-05-29-un-peacekeeping-75th-anniversary",
    ]);
    expect(ids(findEventsInvolving("org:united-nations", { viaPosts: true }))).toEqual([
      "event:1948-05-29-un-peacekeeping-begins",
      "event:2018-level-2-field-hospitals-deployed",
      "event:by-2023-khare-praises-field-hospitals",
      "event:by-2023-lacroix-hails-vietnam",
      "event:by-2023-un-leaders-send-letters-of-thanks",
      "event:2023-blue-beret-honours-event",
      "event:2023-dag-hammarskjold-medal-for-do-anh",
      "event:2023-03-haysom-giang-conversation",
      "event:2023-05-29-un-peacekeeping-75th-anniversary",
      "event:2023-12-un-police-adviser-praises-vietnam",
    ]);
    expect(ids(findEventsInvolving("org:us-government", { viaPosts: true }))).toEqual([
      "event:by-2024-07-27-biden-message-of-sympathy",
      "event:2024-07-27-us-delegation-pays-respects-to-nguyen-phu-trong",
      "event:2024-07-27-blinken-affirms-partnership-commitment",
      "event:2024-07-27-chinh-blinken-agree-on-exchanges-and-cooperation",
      "event:2024-07-27-chinh-receives-blinken",
      "event:2025-07-25-170th-remains-handover",
    ]);
  });
  it("changes nothing without holders, and checks its options", () => {
    expect(findEventsInvolving("person:pete-hegseth", { viaPosts: true })).toBe(findEventsInvolving("person:pete-hegseth"));
    expect(findEventsInvolving("org:united-nations", { viaPosts: false })).toBe(findEventsInvolving("org:united-nations"));
    expect(() => findEventsInvolving("org:unmiss", any({ viaPosts: "yes" }))).toThrow(/parameter "options.viaPosts" must be a boolean/);
    expect(() => findEventsInvolving("org:unmiss", any({ via: true }))).toThrow(/only key is "viaPosts"/);
  });
});

describe("findRecordsBySource", () => {
  it("tells an unknown source (undefined) from a source that supports nothing (empty lists)", () => {
    expect(findRecordsBySource("source:004")).toBeUndefined();
    const source = dataset.sources[0]!;
    const bare: Dataset = { ...dataset, people: [], organizations: [], places: [], programs: [], deployments: [], events: [], figures: [], notes: [] };
    const supported = createQueryApi(bare).findRecordsBySource(source.id);
    expect(supported && Object.values(supported).map((list) => list.length)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("groupEventsByYear", () => {
  it("gives the years with events in order, each with findEventsByYear's events", () => {
    const timeline = groupEventsByYear();
    // Derived from the data, so that records added for a new document do not break it; the named facts follow.
    const years = [
      ...new Set(
        dataset.events
          .filter((event) => event.deprecated === undefined)
          .flatMap((event) => {
            const [from, to] = [Number(event.date.slice(0, 4)), Number((event.endDate ?? event.date).slice(0, 4))];
            return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
          }),
      ),
    ].sort((a, b) => a - b);
    expect(timeline.map(({ year }) => year)).toEqual(years);
    for (const { year, events } of timeline) expect(ids(events), String(year)).toEqual(ids(findEventsByYear(year)));
    expect(ids(timeline.find(({ year }) => year === 1973)?.events)).toEqual(["event:1973-paris-peace-accords-signed", "event:1973-vnosmp-founded"]);
    expect(ids(timeline.find(({ year }) => year === 2025)?.events)?.[0]).toBe("event:2025-07-12-diplomatic-relations-30th-anniversary");
    expect(Object.isFrozen(timeline)).toBe(true);
    expect(Object.isFrozen(timeline[0])).toBe(true);
  });
});

describe("findDeploymentsFrom", () => {
  it("lists a country's deployments with the organization each goes to", () => {
    expect(findDeploymentsFrom("place:vietnam").map(({ deployment, mission }) => [deployment.id, mission.acronym ?? mission.name, mission.kind])).toEqual([
      ["deployment:vietnam-unmiss", "UNMISS", "un-peacekeeping-mission"],
      ["deployment:vietnam-minusca", "MINUSCA", "un-peacekeeping-mission"],
      ["deployment:vietnam-unisfa", "UNISFA", "un-peacekeeping-mission"],
      ["deployment:vietnam-un-headquarters", "U.N. headquarters", "un-body"],
    ]);
    expect(findDeploymentsFrom("place:united-states")).toEqual([]);
    expect(() => findDeploymentsFrom(any("org:unmiss"))).toThrow(/findDeploymentsFrom: parameter "contributorId"/);
  });
});

describe("guards", () => {
  const guards = { isSource, isPerson, isPost, isOrganization, isPlace, isProgram, isDeployment, isEvent, isFigure, isNote };
  const samples = {
    isSource: "source:vna-giang-hegseth-talks",
    isPerson: "person:pete-hegseth",
    isPost: "post:pham-minh-chinh-prime-minister",
    isOrganization: "org:unmiss",
    isPlace: "place:da-nang",
    isProgram: "program:us-mia-search",
    isDeployment: "deployment:vietnam-unisfa",
    isEvent: "event:2025-07-25-170th-remains-handover",
    isFigure: "figure:2025-11-02-remains-returned",
    isNote: "note:bien-hoa-aid-total-scope",
  } as const;
  it("tell each kind of record from every other by its id prefix", () => {
    for (const [name, id] of Object.entries(samples)) {
      const record = getEntity(id);
      expect(record?.id).toBe(id);
      const accepted = Object.entries(guards).filter(([, guard]) => guard(record)).map(([guardName]) => guardName);
      expect(accepted).toEqual([name]);
    }
  });
  it("are false, never throwing, on anything else", () => {
    const others = [undefined, null, 0, "person:pete-hegseth", [], {}, { id: 7 }, { id: "PERSON:x" }, Object.create(null), () => {}];
    for (const value of others) for (const guard of Object.values(guards)) expect(guard(value)).toBe(false);
  });
  it("isEventOfType narrows to events of the given types", () => {
    const events = groupEventsByYear().flatMap(({ events }) => events);
    expect(events.filter((event) => isEventOfType(event, "handover")).map((event) => event.id)).toEqual(["event:2025-07-25-170th-remains-handover"]);
    expect(events.filter((event) => isEventOfType(event, ["visit", "talks"])).map((event) => event.type)).toEqual(["visit", "visit", "visit", "talks"]);
    expect(isEventOfType(getEntity("person:pete-hegseth"), "visit")).toBe(false);
  });
});

describe("createQueryApi", () => {
  it("offers the relation helpers over a dataset of your own, with ids of your own", () => {
    const minister = dataset.people.find((person) => person.id === "person:phan-van-giang")!;
    const deputy: Person = {
      ...minister,
      id: "person:my-deputy",
      name: "A Deputy",
      aliases: [],
      posts: [{ ...minister.posts[3]!, id: "post:my-deputy-post", title: "Deputy Minister" }],
    };
    const mine = createQueryApi({ ...dataset, people: [...dataset.people, deputy] });
    expect(mine.findPostsIn("org:vietnam-ministry-of-national-defence").map(({ person }) => person.id)).toEqual([
      "person:phan-van-giang",
      "person:my-deputy",
    ]);
    expect(findPostsIn("org:vietnam-ministry-of-national-defence").map(({ person }) => person.id)).toEqual(["person:phan-van-giang"]);
    expect(mine.findPostsHeld("person:my-deputy").map((post) => post.title)).toEqual(["Deputy Minister"]);
    expect(mine.resolveEvent("event:2025-11-02-giang-hegseth-talks")?.participants.length).toBe(4);
    expect(mine.groupEventsByYear()).toEqual(groupEventsByYear());
    expect(ids(mine.findFiguresAbout("place:vietnam"))).toEqual(["figure:2023-peacekeeping-contributor-rank"]);
    expect(mine.findNotesAbout("note:bien-hoa-aid-total-scope")).toEqual([]);
    expect(mine.findDeploymentsFrom("place:vietnam").length).toBe(4);
  });
});
