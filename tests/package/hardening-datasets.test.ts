import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POLLUTION } from "./hardening/battery.js";
import { MAX_MESSAGE_LENGTH } from "./hardening/hostile-values.js";
import { installPacked, type Main, type Packed, type Schemas } from "./hardening/packed.js";

/**
 * Issue 11, classes 1 and 5, on the packed tarball: createQueryApi checks the shape the helpers rely on and works
 * on its own frozen snapshot; validateDataset answers for any input, never throws, and stops early.
 */

let packed: Packed;
let main: Main;
let schemas: Schemas;

beforeAll(async () => {
  packed = await installPacked("hardening-datasets", inject("packedTarball"));
  ({ main, schemas } = packed);
});
afterAll(async () => {
  await packed?.consumer.remove();
});

type Data = Record<string, any>;
/** A mutable deep copy of the shipped dataset. */
const copy = (): Data => JSON.parse(JSON.stringify(main.dataset));

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** [label, make the data, expected error, message pattern]. */
const HOSTILE_DATASETS: readonly [string, () => unknown, typeof TypeError | typeof RangeError, RegExp][] = [
  ["null", () => null, TypeError, /parameter "data" must be a dataset object/],
  ["42", () => 42, TypeError, /parameter "data" must be a dataset object.*received 42 \(number\)/],
  ["{}", () => ({}), TypeError, /parameter "data\.version" must be a string/],
  ["a revoked Proxy", revoked, TypeError, /parameter "data" must be readable JSON data/],
  ["a collection missing", () => ({ ...copy(), events: undefined }), TypeError, /"data\.events" must be an array of events records/],
  ["a collection not an array", () => ({ ...copy(), people: { length: 1 } }), TypeError, /"data\.people" must be an array/],
  ["a record that is not an object", () => ({ ...copy(), figures: ["figure:x"] }), TypeError, /"data\.figures\[0\]" must be a plain object/],
  ["a record without id", () => { const d = copy(); delete d.events[0].id; return d; }, TypeError, /"data\.events\[0\]\.id" must be a string/],
  ["aliases a string", () => { const d = copy(); d.places[0].aliases = "Hanoi"; return d; }, TypeError, /"data\.places\[0\]\.aliases" must be an array \(read by findByName \(index names\)\)/],
  ["an alias a number", () => { const d = copy(); d.people[0].aliases = [1]; return d; }, TypeError, /"data\.people\[0\]\.aliases\[0\]" must be a string/],
  ["a figure value a string", () => { const d = copy(); d.figures[0].value = "160"; return d; }, TypeError, /"data\.figures\[0\]\.value" must be a finite number \(read by getFigure/],
  ["a figure value NaN", () => { const d = copy(); d.figures[0].value = Number.NaN; return d; }, RangeError, /"data\.figures\[0\]\.value" must be a finite number.*received NaN/],
  ["a duplicate id", () => { const d = copy(); d.events[1].id = d.events[0].id; return d; }, RangeError, /"data\.events\[1\]\.id" must be an id unique in the dataset \(data\.events\[0\]\.id has it too\)/],
  ["a duplicate post id", () => { const d = copy(); d.people[1].posts[0].id = d.people[0].posts[0].id; return d; }, RangeError, /posts\[0\]\.id" must be an id unique/],
  ["an invalid date", () => { const d = copy(); d.events[0].date = "2025-02-30"; return d; }, RangeError, /"data\.events\[0\]\.date" must be a partial ISO 8601 date/],
  ["endDate before date", () => { const d = copy(); d.events[0].endDate = "1900"; return d; }, RangeError, /"data\.events\[0\]\.endDate" must be a date not before/],
  ["partOfDay a prototype key", () => { const d = copy(); d.events[0].partOfDay = "toString"; return d; }, RangeError, /partOfDay" must be one of "morning", "afternoon", "evening"/],
  ["deprecated a string", () => { const d = copy(); d.events[0].deprecated = "yes"; return d; }, TypeError, /"data\.events\[0\]\.deprecated" must be a plain object/],
  ["a class instance record", () => { const d = copy(); d.notes[0] = new (class Note {})(); return d; }, TypeError, /"data\.notes\[0\]" must be a plain object or array \(no class instances\)/],
  ["a function in a record", () => { const d = copy(); d.notes[0].extra = () => 0; return d; }, TypeError, /"data\.notes\[0\]\.extra" must be JSON data/],
  ["a cyclic record", () => { const d = copy(); d.events[0].self = d.events[0]; return d; }, TypeError, /"data\.events\[0\]\.self" must be acyclic data/],
  ["a cycle through collections", () => { const d = copy(); d.events[0].participants.push(d); return d; }, TypeError, /must be acyclic data/],
  ["nesting 100,000 deep", () => { const d = copy(); let deep: unknown = "x"; for (let i = 0; i < 100_000; i++) deep = [deep]; d.notes[0].extra = deep; return d; }, RangeError, /must be data nested at most 32 levels deep/],
  ["a throwing getter", () => { const d = copy(); Object.defineProperty(d.events[0], "date", { enumerable: true, get() { throw new Error("no"); } }); return d; }, TypeError, /parameter "data" must be readable JSON data/],
];

describe("createQueryApi refuses hostile datasets, naming the collection, the field and its readers", () => {
  it.each(HOSTILE_DATASETS)("%s", (_, make, type, pattern) => {
    let thrown: unknown;
    try {
      main.createQueryApi(make() as never);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error)?.constructor).toBe(type);
    expect((thrown as Error).message).toMatch(/^createQueryApi: parameter "data[^"]*" must be /);
    expect((thrown as Error).message).toMatch(pattern);
    expect((thrown as Error).message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
  });
});

describe("createQueryApi works on its own frozen snapshot", () => {
  it("never freezes or mutates the caller's objects, whatever helper runs", () => {
    const data = copy();
    const before = JSON.stringify(data);
    const api = main.createQueryApi(data as never);
    api.findRecordsBySource("source:vna-giang-hegseth-talks");
    api.findByName("vietnam");
    api.findEventsByYear(2025);
    api.getFigure("us-servicemen-identified");
    api.getMissionCount("peacekeeping");
    api.getEntity("person:pete-hegseth");
    api.findPostsHeld("person:phan-van-giang", { asOf: "2025" });
    expect(Object.isFrozen(data)).toBe(false);
    expect(Object.isFrozen(data.figures)).toBe(false);
    expect(Object.isFrozen(data.figures[0])).toBe(false);
    expect(Object.isFrozen(data.people[0].posts[0].citations)).toBe(false);
    data.figures[0].unit = "changed"; // assigning to the caller's record still works
    expect(data.figures[0].unit).toBe("changed");
    data.figures[0].unit = JSON.parse(before).figures[0].unit;
    expect(JSON.stringify(data)).toBe(before);
  });

  it("sees none of the caller's later changes, in any helper", () => {
    const data = copy();
    const api = main.createQueryApi(data as never);
    const answers = () => ({
      byYear: api.findEventsByYear(2025).map((event) => event.id),
      byName: api.findByName("hegseth").map((record) => record.id),
      metrics: api.listMetrics().length,
      entity: api.getEntity("person:pete-hegseth")?.name,
      figure: api.getFigure("us-servicemen-identified")?.value,
      dataset: api.dataset.events.length,
    });
    const first = answers();
    data.events.push({ ...data.events[0], id: "event:pushed-later", date: "2025-01-01" });
    data.metrics.length = 0;
    data.people.find((person: Data) => person.id === "person:pete-hegseth").name = "Renamed";
    data.figures.forEach((figure: Data) => (figure.value = 1));
    data.people.splice(0);
    expect(answers()).toEqual(first);
  });

  it("listMetrics and dataset return the frozen snapshot, not the caller's arrays", () => {
    const data = copy();
    const api = main.createQueryApi(data as never);
    expect(api.listMetrics()).not.toBe(data.metrics);
    expect(api.listMetrics()).toEqual(data.metrics);
    expect(Object.isFrozen(api.listMetrics())).toBe(true);
    expect(Object.isFrozen(api.listMetrics()[0])).toBe(true);
    expect(Object.isFrozen(api.dataset)).toBe(true);
    expect(Object.isFrozen(api.dataset.people[0]!.posts[0]!.citations)).toBe(true);
  });

  it("shares the shipped dataset's frozen records instead of copying them", () => {
    const api = main.createQueryApi(main.dataset);
    expect(api.dataset.events).toBe(main.dataset.events);
    expect(api.listMetrics()).toBe(main.dataset.metrics);
    const extended = main.createQueryApi({ ...main.dataset, events: main.dataset.events.filter((event) => event.type !== "statement") });
    expect(extended.dataset.events[0]).toBe(main.dataset.events.find((event) => event.type !== "statement"));
  });

  it("keeps an own __proto__ key as data, not as a prototype", () => {
    const data = copy();
    data.notes[0] = JSON.parse(JSON.stringify(data.notes[0]).replace(/^\{/, '{"__proto__":{"polluted":true},'));
    const api = main.createQueryApi(data as never);
    const note = api.getEntity(data.notes[0].id) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(note)).toBe(Object.prototype);
    expect(note["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(note, "__proto__")).toBe(true);
  });

  it("runs options.validate (validateDataset) on the snapshot and refuses what it refuses", () => {
    const data = copy();
    data.figures[0].unit = "boxes";
    expect(() => main.createQueryApi(data as never)).not.toThrow();
    expect(() => main.createQueryApi(data as never, { validate: schemas.validateDataset })).toThrow(
      /^createQueryApi: parameter "data" must pass options\.validate; it found 1 problem\(s\): figures\[0\]\.unit: unit "boxes" differs/,
    );
    expect(main.createQueryApi(copy() as never, { validate: schemas.validateDataset }).getMissionCount("peacekeeping")).toBe(3);
  });
});

describe("validateDataset answers for any input, never throws, caps and stops early", () => {
  const junkEvents = () => ({ ...copy(), events: Array.from({ length: 3_000_000 }, (_, i) => i) });
  const aliases = (make: (i: number) => unknown) => () => {
    const d = copy();
    d.people[0].aliases = Array.from({ length: 130_000 }, (_, i) => make(i));
    return d;
  };
  const cases: [string, () => unknown, RegExp][] = [
    ["undefined", () => undefined, /^: Invalid input: expected object/],
    ["null", () => null, /^: Invalid input: expected object/],
    ["42", () => 42, /^: Invalid input: expected object/],
    ["a revoked Proxy", revoked, /^: could not be validated \(TypeError/],
    ["a record a revoked Proxy", () => ({ ...copy(), people: [revoked()] }), /^people\[0\]: could not be validated/],
    ["a throwing getter", () => { const d = copy(); Object.defineProperty(d.events[0], "date", { enumerable: true, get() { throw new Error("no"); } }); return d; }, /^events\[0\]: could not be validated/],
    ["a cyclic record", () => { const d = copy(); d.events[0].citations = [d.events[0]]; return d; }, /^events\[0\]\.citations\[0\]: contains itself \(cyclic data\)$/],
    ["nesting 100,000 deep", () => { const d = copy(); let deep: unknown = "x"; for (let i = 0; i < 100_000; i++) deep = [deep]; d.notes[0].extra = deep; return d; }, /^notes\[0\]\.extra(\[0\]){64}: nested more than 64 levels deep$/],
    ["130,000 aliases that are numbers", aliases((i) => i), /^people\[0\]\.aliases: holds 130004 values or more; a record may hold at most 10000/],
    ["130,000 empty aliases", aliases(() => ""), /^people\[0\]\.aliases: holds 130004 values or more; a record may hold at most 10000/],
    ["9,000 empty aliases", () => { const d = copy(); d.people[0].aliases = new Array(9_000).fill(""); return d; }, /^people\[0\]\.aliases\[0\]: Too small/],
    ["3,000,000 junk events", junkEvents, /^events\[0\]: Invalid input: expected object/],
  ];
  it.each(cases)("%s", (_, make, firstProblem) => {
    const result = schemas.validateDataset(make());
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(schemas.PROBLEMS_LISTED + 1);
    const first = result.problems[0]!;
    expect(`${first.path}: ${first.message}`).toMatch(firstProblem);
  });

  it("lists the first 100 problems and counts the rest, stopping after 1000", () => {
    const result = schemas.validateDataset({ ...copy(), events: Array.from({ length: 3_000_000 }, () => null) });
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]).toEqual({ path: "", message: "900 more problem(s) not listed; validation stopped after 1000 problems" });
  });

  it("counts, without stopping, a few problems over the listing cap", () => {
    const d = copy();
    const template = d.events[0];
    // Added to the shipped events, so that every reference still resolves: 150 problems, all of the schema.
    d.events = [...d.events, ...Array.from({ length: 150 }, (_, i) => ({ ...template, id: `event:copy-${i}`, colour: "red" }))];
    const result = schemas.validateDataset(d);
    expect(result.problems).toHaveLength(101);
    expect(result.problems[100]).toEqual({ path: "", message: "50 more problem(s) not listed" });
  });

  it("reads own properties only: a polluted Object.prototype is neither validated nor reported", () => {
    const prototype = Object.prototype as unknown as Record<string, unknown>;
    const extra = { parentId: "org:nowhere", placeIds: ["place:nowhere"], subjectId: "person:nobody", colour: "red" };
    let result: ReturnType<Schemas["validateDataset"]>;
    try {
      for (const [key, value] of Object.entries({ ...POLLUTION, ...extra })) prototype[key] = value;
      result = schemas.validateDataset(copy());
    } finally {
      for (const key of Object.keys({ ...POLLUTION, ...extra })) delete prototype[key];
    }
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(result.dataset!.events[0], "endDate")).toBe(false);
    expect(Object.getPrototypeOf(result.dataset!.events[0])).toBe(Object.prototype);
  });

  it("still accepts the shipped dataset", () => {
    expect(schemas.validateDataset(copy())).toMatchObject({ ok: true, problems: [] });
  });
});
