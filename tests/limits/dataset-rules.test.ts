import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createQueryApi, dataset, findPostsHeld, getMissionCount } from "../../src/index.js";
import { citationSchema, eventSchema, validateDataset } from "../../src/schema/index.js";
import { mutableCopy } from "../helpers/authored.js";

/** Issue 20 (medium and low dataset defects) and issue 17, item 3 (one pass, whole messages). */

type Data = Record<string, any>;
const indexOf = (records: Data[], test: (record: Data) => boolean): number => {
  const index = records.findIndex(test);
  if (index < 0) throw new Error("no such record in the data");
  return index;
};

describe("validateDataset reports schema and reference problems in one pass", () => {
  it("a schema problem and a dangling reference in other records come out together", () => {
    const data = mutableCopy();
    data.events[0].title = 5;
    data.figures[0].subjectId = "person:nobody";
    expect(validateDataset(data).problems).toEqual([
      { path: "events[0].title", message: "Invalid input: expected string, received number" },
      { path: "figures[0].subjectId", message: '"person:nobody" does not resolve to any record' },
    ]);
  });

  it("a record that fails its schema still exists: references to it and the sources it cites are not reported", () => {
    const data = mutableCopy();
    const person = indexOf(data.people, (p) => p.id === "person:pete-hegseth");
    data.people[person].colour = "red";
    expect(validateDataset(data).problems).toEqual([{ path: `people[${person}]`, message: 'Unrecognized key: "colour"' }]);
  });

  it("a record too large to read still exists for the references to it", () => {
    const data = mutableCopy();
    data.people[0].aliases = new Array(20_000).fill("x");
    expect(validateDataset(data).problems).toEqual([
      { path: "people[0].aliases", message: 'holds 20004 values or more; a record may hold at most 10000 (README, "Inputs, snapshots and edge cases")' },
    ]);
  });

  it("a hole in a collection is a problem of its own", () => {
    const data = mutableCopy();
    data.notes.length += 1;
    expect(validateDataset(data).problems).toEqual([{ path: `notes[${data.notes.length - 1}]`, message: "is a hole (sparse arrays are refused)" }]);
  });
});

describe("validateDataset's refinements read own fields only", () => {
  it.each(["dateNote", "lowerBound", "upperBound", "endDate", "published"])("a polluted Object.prototype.%s leaves the shipped data valid", (key) => {
    const prototype = Object.prototype as unknown as Record<string, unknown>;
    let result: ReturnType<typeof validateDataset>;
    try {
      prototype[key] = key === "dateNote" ? "a polluted note on every record" : key.endsWith("Bound") ? 1 : "1900";
      result = validateDataset(mutableCopy());
    } finally {
      delete prototype[key];
    }
    expect(result.problems).toEqual([]);
  });
});

describe("contradictory figure bounds are refused", () => {
  const figureWith = (qualifier: string) => {
    const data = mutableCopy();
    return { data, index: indexOf(data.figures, (figure) => figure.qualifier === qualifier) };
  };
  it("a nearly figure with lowerBound above upperBound", () => {
    const { data, index } = figureWith("nearly");
    const figure = data.figures[index];
    figure.lowerBound = figure.upperBound + 100;
    expect(validateDataset(data).problems).toEqual([
      { path: `figures[${index}].lowerBound`, message: `lowerBound ${figure.lowerBound} is above the value ${figure.value}` },
    ]);
  });
  it("a more-than figure with upperBound below its value", () => {
    const { data, index } = figureWith("more-than");
    const figure = data.figures[index];
    figure.upperBound = figure.value - 10;
    expect(validateDataset(data).problems).toEqual([
      { path: `figures[${index}].upperBound`, message: `upperBound ${figure.upperBound} is below the value ${figure.value}` },
    ]);
  });
});

describe("createQueryApi's options.validate", () => {
  it.each([
    ["false (an ajv validator's answer)", false, /it answered false \(boolean\), so "data" is refused/],
    ["undefined", undefined, /it answered undefined \(undefined\)/],
    ["0", 0, /it answered 0 \(number\)/],
    ["{ ok: 1 }", { ok: 1 }, /it answered \{…\} \(object\)/],
  ])("refuses the data when the validator answers %s", (_, answer, pattern) => {
    let thrown: unknown;
    try {
      createQueryApi(dataset, { validate: () => answer as never });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/^createQueryApi: parameter "options\.validate" must be a function answering \{ ok: true \} or \{ ok: false, problems \}/);
    expect((thrown as Error).message).toMatch(pattern);
  });

  it("accepts { ok: true }", () => {
    expect(createQueryApi(dataset, { validate: () => ({ ok: true, problems: [] }) }).getMissionCount("peacekeeping")).toBe(getMissionCount("peacekeeping"));
  });

  it("shows each problem's message whole", () => {
    const data = mutableCopy();
    data.events[0].title = 5;
    const message = "Invalid input: expected string, received number";
    expect(() => createQueryApi(data as never, { validate: validateDataset })).toThrow(
      `createQueryApi: parameter "data" must pass options.validate; it found 1 problem(s): events[0].title: ${message}`,
    );
    const long = `a rule stated at length: ${"every word of it matters ".repeat(10)}`;
    expect(() => createQueryApi(dataset, { validate: () => ({ ok: false, problems: [{ path: "x", message: long }] }) })).toThrow(`x: ${long}`);
  });
});

describe("createQueryApi shares only the shipped records", () => {
  it("copies a deeply frozen record of the caller's, and a Proxy around a shipped record, so no trap runs later", () => {
    let trapsRun = 0;
    const shippedEvent = dataset.events[0]!;
    const proxied = new Proxy(shippedEvent, {
      get(target, key, receiver) {
        trapsRun++;
        return Reflect.get(target, key, receiver);
      },
    });
    const frozenOwn = Object.freeze(structuredClone(dataset.events[1]!));
    const api = createQueryApi({ ...dataset, events: [proxied, frozenOwn, ...dataset.events.slice(2)] });
    expect(api.dataset.events[0]).not.toBe(proxied);
    expect(api.dataset.events[1]).not.toBe(frozenOwn);
    expect(api.dataset.events[2]).toBe(dataset.events[2]);
    const before = trapsRun;
    api.findEventsByYear(Number(shippedEvent.date.slice(0, 4)));
    api.getEntity(shippedEvent.id);
    expect(trapsRun).toBe(before);
  });
});

describe("createQueryApi checks the fields the newer helpers read", () => {
  const cases: [string, (data: Data) => void, RegExp][] = [
    ["person.death null", (d) => (d.people[indexOf(d.people, (p) => p.death)].death = null), /"data\.people\[\d+\]\.death" must be a plain object \(read by findPostsHeld and findPostsIn\); received null/],
    ["person.death.date 2024", (d) => (d.people[indexOf(d.people, (p) => p.death)].death.date = 2024), /"data\.people\[\d+\]\.death\.date" must be a string, a partial ISO 8601 date/],
    ["note.recordIds 42", (d) => (d.notes[0].recordIds = 42), /"data\.notes\[0\]\.recordIds" must be an array \(read by findNotesAbout/],
    ["post.deprecated a string", (d) => (d.people[0].posts[0].deprecated = "yes"), /"data\.people\[0\]\.posts\[0\]\.deprecated" must be a plain object/],
    ["post.posthumous a string", (d) => (d.people[0].posts[0].posthumous = "yes"), /"data\.people\[0\]\.posts\[0\]\.posthumous" must be a boolean \(read by findPostsHeld and findPostsIn\)/],
    ["post.organizationId a number", (d) => (d.people[0].posts[0].organizationId = 5), /"data\.people\[0\]\.posts\[0\]\.organizationId" must be a string \(read by findPostsIn/],
  ];
  it.each(cases)("%s is refused with a TypeError naming the field", (_, breakIt, pattern) => {
    const data = mutableCopy();
    breakIt(data);
    expect(() => createQueryApi(data as never)).toThrow(TypeError);
    expect(() => createQueryApi(data as never)).toThrow(pattern);
  });
});

describe("options that are class instances are refused, not half read", () => {
  class Options {
    get asOf() {
      return "2025";
    }
  }
  class Validating {
    validate = validateDataset;
  }
  it.each([
    ["findPostsHeld with an asOf getter on the prototype", () => findPostsHeld("person:pete-hegseth", new Options() as never)],
    ["createQueryApi with an own validate", () => createQueryApi(dataset, new Validating())],
  ])("%s", (_, call) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/parameter "options" must be an object .* \(a plain object, not a class instance\); received \{…\} \((Options|Validating) object\)/);
  });
});

describe("the year index", () => {
  it("finds a multi-year event in every year it spans, merged in chronological order, the same array each time", () => {
    const data = mutableCopy();
    const template = data.events[0];
    data.events.push({ ...template, id: "event:spanning", date: "2020", endDate: "2030" });
    const api = createQueryApi(data as never);
    const inShipped = api.findEventsByYear(2025).filter((event) => event.id !== "event:spanning");
    const with2025 = api.findEventsByYear(2025);
    expect(with2025.map((event) => event.id)).toContain("event:spanning");
    expect(with2025.filter((event) => event.id !== "event:spanning")).toEqual(inShipped);
    expect(api.findEventsByYear(2025)).toBe(with2025);
    expect(api.findEventsByYear(2027).map((event) => event.id)).toEqual(["event:spanning"]);
    expect(api.groupEventsByYear().find((year) => year.year === 2027)?.events).toBe(api.findEventsByYear(2027));
  });
});

describe("zod 4 counts string lengths in code points (README, schema.json and the Zod schemas)", () => {
  it("a quote of 120 emoji (240 UTF-16 code units) is within citationSchema's 120", () => {
    const quote = "😀".repeat(120);
    expect(quote.length).toBe(240);
    expect(citationSchema.safeParse({ documentId: "source:x", quote }).success).toBe(true);
    expect(citationSchema.safeParse({ documentId: "source:x", quote: `${quote}😀` }).success).toBe(false);
    expect(z.string().max(1).safeParse("😀").success).toBe(true);
  });
});

describe("validateDataset keeps its own copies of the schemas", () => {
  it("changing an exported schema (eventSchema.shape.title = z.any()) does not change what it accepts", () => {
    const shape = eventSchema.shape as Record<string, z.ZodType>;
    const title = shape["title"]!;
    const data = mutableCopy();
    data.events[0].title = 5;
    try {
      shape["title"] = z.any();
      expect(eventSchema.safeParse(data.events[0]).success).toBe(true);
      expect(validateDataset(data).problems).toEqual([{ path: "events[0].title", message: "Invalid input: expected string, received number" }]);
    } finally {
      shape["title"] = title;
    }
  });
});
