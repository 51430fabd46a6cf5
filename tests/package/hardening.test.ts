import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { formatRun, run } from "./helpers.js";
import { BATTERY_SOURCE, POLLUTE_SOURCE, POLLUTION } from "./hardening/battery.js";
import { HOSTILE_OPTIONS, HOSTILE_VALUES, MAX_MESSAGE_LENGTH, sharedErrorPattern } from "./hardening/hostile-values.js";
import { installPacked, type Main, type Packed } from "./hardening/packed.js";

/**
 * Issue 11, classes 2-4: every exported function of the packed tarball refuses bad input with the shared error
 * (function, parameter, what is accepted, what was received), in a message of bounded size that never fails to
 * format, and reads own properties only, whether `Object.prototype` is polluted before or after first use.
 */

let packed: Packed;
let main: Main;

beforeAll(async () => {
  packed = await installPacked("hardening", inject("packedTarball"));
  main = packed.main;
});
afterAll(async () => {
  await packed?.consumer.remove();
});

/** What a parameter accepts, which decides the error a hostile value must get. */
type Kind =
  | "string" // any string is answered or refused with a RangeError; anything else is a TypeError
  | "string or undefined" // the same, and undefined means the default
  | "number"
  | "options" // undefined or an object; anything else is a TypeError
  | "data" // createQueryApi's dataset
  | "addition" // mergeDatasets' records by collection: a plain object with no key adds nothing; anything else is refused
  | "anything" // a type guard: answers every value, never throws
  | "event or string" // an event record of the dataset, or a string id; anything else is a TypeError
  | "event types" // a string or an array of strings; anything else is a TypeError
  | "record"; // a record-like object: answered or refused (TypeError/RangeError); anything else is a TypeError

interface Signature {
  readonly kinds: readonly Kind[];
  readonly valid: (main: Main) => readonly unknown[];
}

/** One line per exported function: valid arguments, and what each parameter accepts. */
const SIGNATURES: Readonly<Record<string, Signature>> = {
  comparePartialDates: { kinds: ["string", "string"], valid: () => ["2025", "2024-07"] },
  parsePartialDate: { kinds: ["string"], valid: () => ["2025"] },
  isPartialDate: { kinds: ["anything"], valid: () => ["2025"] },
  startOfPartialDate: { kinds: ["string"], valid: () => ["2025"] },
  endOfPartialDate: { kinds: ["string"], valid: () => ["2025"] },
  foldName: { kinds: ["string"], valid: () => ["Hà Nội"] },
  foldWords: { kinds: ["string"], valid: () => ["Hà Nội"] },
  getEntity: { kinds: ["string"], valid: () => ["person:pete-hegseth"] },
  findByName: { kinds: ["string"], valid: () => ["vietnam"] },
  findEventsByYear: { kinds: ["number"], valid: () => [2025] },
  findEventsBetween: { kinds: ["string", "string"], valid: () => ["2023", "2025"] },
  findEventsInvolving: { kinds: ["string", "options"], valid: () => ["org:vietnam-ministry-of-national-defence", { viaPosts: true }] },
  findRecordsBySource: { kinds: ["string"], valid: () => ["source:vna-giang-hegseth-talks"] },
  findPostsHeld: { kinds: ["string", "options"], valid: () => ["person:phan-van-giang", { asOf: "2025" }] },
  getFigure: { kinds: ["string", "options"], valid: () => ["us-servicemen-identified", { asOf: "2025" }] },
  getFigureHistory: { kinds: ["string"], valid: () => ["us-servicemen-identified"] },
  listMetrics: { kinds: [], valid: () => [] },
  getMissionCount: { kinds: ["string or undefined", "options"], valid: () => ["peacekeeping", { asOf: "2025" }] },
  createQueryApi: { kinds: ["data", "options"], valid: (m) => [m.dataset, {}] },
  mergeDatasets: { kinds: ["data", "addition"], valid: (m) => [m.dataset, {}] },
  findFiguresAbout: { kinds: ["string"], valid: () => ["program:bien-hoa-dioxin-project"] },
  findNotesAbout: { kinds: ["string"], valid: () => ["person:nguyen-phu-trong"] },
  findPostsIn: { kinds: ["string", "options"], valid: () => ["org:us-department-of-war", { asOf: "2025" }] },
  findDeploymentsFrom: { kinds: ["string"], valid: () => ["place:vietnam"] },
  resolveEvent: { kinds: ["event or string"], valid: () => ["event:2025-11-02-giang-hegseth-talks"] },
  groupEventsByYear: { kinds: [], valid: () => [] },
  isSource: { kinds: ["anything"], valid: () => [{ id: "source:x" }] },
  isPerson: { kinds: ["anything"], valid: () => [{ id: "person:x" }] },
  isPost: { kinds: ["anything"], valid: () => [{ id: "post:x" }] },
  isOrganization: { kinds: ["anything"], valid: () => [{ id: "org:x" }] },
  isPlace: { kinds: ["anything"], valid: () => [{ id: "place:x" }] },
  isProgram: { kinds: ["anything"], valid: () => [{ id: "program:x" }] },
  isDeployment: { kinds: ["anything"], valid: () => [{ id: "deployment:x" }] },
  isEvent: { kinds: ["anything"], valid: () => [{ id: "event:x" }] },
  isFigure: { kinds: ["anything"], valid: () => [{ id: "figure:x" }] },
  isNote: { kinds: ["anything"], valid: () => [{ id: "note:x" }] },
  isEventOfType: { kinds: ["anything", "event types"], valid: (m) => [m.dataset.events[0], "handover"] },
  explainFigure: { kinds: ["string", "options"], valid: () => ["us-servicemen-identified", { asOf: "2025" }] },
  formatFigure: { kinds: ["record"], valid: (m) => [m.dataset.figures[0]] },
  formatPartialDate: { kinds: ["string", "options"], valid: () => ["2024-07-27", { dateMeaning: "not-after" }] },
  formatCitation: { kinds: ["record"], valid: (m) => [m.dataset.figures[0]?.citations[0]] },
  describeRecord: { kinds: ["record"], valid: (m) => [m.dataset.events[0]] },
  search: { kinds: ["string", "options"], valid: () => ["dioxin", { limit: 3 }] },
  listEvents: { kinds: ["options"], valid: () => [{ type: "handover" }] },
  listPosts: { kinds: [], valid: () => [] },
  getMetric: { kinds: ["string"], valid: () => ["us-servicemen-identified"] },
  findParticipations: { kinds: ["string", "options"], valid: () => ["person:faisal-shahkar", { roles: ["speaker"] }] },
};

type Outcome = { returned: unknown } | { thrown: unknown };

function attempt(call: () => unknown): Outcome {
  try {
    return { returned: call() };
  } catch (thrown) {
    return { thrown };
  }
}

/** The refusal must be exactly a TypeError or RangeError in the shared format, and short. */
function expectSharedRefusal(name: string, outcome: Outcome, allowed: readonly (typeof TypeError | typeof RangeError)[]): void {
  if (!("thrown" in outcome)) throw new Error(`${name} returned instead of refusing`);
  const error = outcome.thrown as Error;
  expect(allowed.map((type) => type.name)).toContain(error?.constructor?.name);
  expect(error.message).toMatch(sharedErrorPattern(name));
  expect(error.message.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
}

function functionExports(m: Main): string[] {
  return Object.keys(m)
    .filter((key) => typeof (m as Record<string, unknown>)[key] === "function")
    .sort();
}

describe("every exported function has a signature in this table", () => {
  it("lists exactly the main entry's functions (add one line to SIGNATURES for a new export)", () => {
    expect(functionExports(main)).toEqual(Object.keys(SIGNATURES).sort());
  });
});

describe("hostile values × every exported function × every parameter", () => {
  const cases: [string, string, number, string, () => unknown][] = [];
  for (const name of Object.keys(SIGNATURES)) {
    for (let position = 0; position < (SIGNATURES[name] as Signature).kinds.length; position++) {
      for (const [label, make] of HOSTILE_VALUES) cases.push([`${name} #${position} ← ${label}`, name, position, label, make]);
    }
  }
  it.each(cases)("%s", (_, name, position, _label, make) => {
    const signature = SIGNATURES[name] as Signature;
    const kind = signature.kinds[position] as Kind;
    const value = make();
    const args = [...signature.valid(main)];
    args[position] = value;
    const fn = (main as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
    const outcome = attempt(() => fn(...args));
    switch (kind) {
      case "anything":
        expect(outcome).toEqual({ returned: expect.any(Boolean) });
        return;
      case "string":
        if (typeof value !== "string") return expectSharedRefusal(name, outcome, [TypeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [RangeError]);
        return;
      case "string or undefined":
        if (value === undefined) return expect("returned" in outcome).toBe(true);
        if (typeof value !== "string") return expectSharedRefusal(name, outcome, [TypeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [RangeError]);
        return;
      case "number":
        if (typeof value !== "number") return expectSharedRefusal(name, outcome, [TypeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [RangeError]);
        return;
      case "options":
        if (value === undefined) return expect("returned" in outcome).toBe(true);
        if (typeof value !== "object" || value === null) return expectSharedRefusal(name, outcome, [TypeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [TypeError, RangeError]);
        return;
      case "data":
        return expectSharedRefusal(name, outcome, [TypeError, RangeError]);
      case "addition":
        if ("returned" in outcome) return expect(Object.keys(value as object)).toEqual([]);
        return expectSharedRefusal(name, outcome, [TypeError, RangeError]);
      case "event or string":
        // No hostile value is an event of the dataset: strings are answered or refused as ids, the rest refused.
        if (typeof value !== "string") return expectSharedRefusal(name, outcome, [TypeError, RangeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [RangeError]);
        return;
      case "record":
        if (typeof value !== "object" || value === null) return expectSharedRefusal(name, outcome, [TypeError]);
        if ("thrown" in outcome) return expectSharedRefusal(name, outcome, [TypeError, RangeError]);
        return;
      case "event types":
        if (typeof value === "string") return expect(outcome).toEqual({ returned: expect.any(Boolean) });
        if ("returned" in outcome) return expect(Array.isArray(value) && value.every((member) => typeof member === "string")).toBe(true);
        return expectSharedRefusal(name, outcome, [TypeError]);
    }
  });
});

describe("hostile options objects", () => {
  const withOptions = ["findEventsInvolving", "findPostsHeld", "findPostsIn", "getFigure", "getMissionCount", "createQueryApi", "explainFigure", "search", "findParticipations"] as const;
  const cases = withOptions.flatMap((name) => HOSTILE_OPTIONS.map(([label, make]) => [`${name} ← ${label}`, name, label, make] as const));
  it.each(cases)("%s", (_, name, label, make) => {
    const first = (SIGNATURES[name] as Signature).valid(main)[0];
    const fn = (main as unknown as Record<string, (...args: unknown[]) => unknown>)[name] as (...args: unknown[]) => unknown;
    const outcome = attempt(() => fn(first, make()));
    if (label === "inherited asOf") {
      // Own properties only: an inherited asOf is not an option, so the answer is the one without options.
      expect("returned" in outcome).toBe(true);
      if (name !== "createQueryApi") expect((outcome as { returned: unknown }).returned).toEqual(fn(first));
      return;
    }
    expectSharedRefusal(name, outcome, [TypeError, RangeError]);
  });

  it("names at most three unknown keys and counts the rest", () => {
    const outcome = attempt(() => main.getFigure("us-servicemen-identified", { a: 1, b: 2, c: 3, d: 4, e: 5 } as never));
    expect((outcome as { thrown: Error }).thrown.message).toContain('only key is "asOf" (unknown: a, b, c and 2 more)');
  });
});

describe("error messages cut long values and name what was received", () => {
  it.each([
    ["a 10 MB string", () => main.getFigure("x".repeat(10_000_000) as never), /received "x{40}…" \(string of length 10000000\)/],
    ["a Symbol with a long description", () => main.foldName(Symbol("y".repeat(1000)) as never), /received Symbol\("y{40}…"\) \(symbol\)/],
    ["a revoked Proxy", () => main.findByName(Proxy.revocable({}, {}).proxy as never), /received \{…\} \(object\)/],
    ["a big array", () => main.getEntity(new Array(1_000_000).fill(0) as never), /received \[…\] \(array of length 1000000\)/],
    ["a class instance", () => main.findEventsByYear(new Date(0) as never), /received \{…\} \(Date object\)/],
    ["a bigint", () => main.findEventsByYear(10n ** 100n as never), /received 1{1}0{39}…n \(bigint of 101 digits\)/],
    ["-0", () => main.findEventsByYear(-0), /received -0 \(number\)/],
  ])("%s", (_, call, pattern) => {
    const outcome = attempt(call);
    expect((outcome as { thrown: Error }).thrown.message).toMatch(pattern);
  });
});

describe("Object.prototype pollution", () => {
  const battery = (m: Main) => new Function("main", BATTERY_SOURCE)(m) as Record<string, unknown>;

  it("after first use: answers do not change, for the shipped helpers and createQueryApi", () => {
    const clean = battery(main);
    const prototype = Object.prototype as unknown as Record<string, unknown>;
    let polluted: Record<string, unknown>;
    try {
      for (const [key, value] of Object.entries(POLLUTION)) prototype[key] = value;
      polluted = battery(main);
    } finally {
      for (const key of Object.keys(POLLUTION)) delete prototype[key];
    }
    expect(polluted).toEqual(clean);
    expect((clean["shipped"] as Record<string, unknown>)["byName"]).not.toEqual([]);
  });

  it("before first use: a fresh process that pollutes, then imports, answers as a clean one", async () => {
    const script = (pollute: boolean) =>
      [pollute ? POLLUTE_SOURCE : "", `const main = await import("vietnam-us-relations");`, `const answers = (() => {${BATTERY_SOURCE}})();`, `process.stdout.write(JSON.stringify(answers));`].join("\n");
    const answers: unknown[] = [];
    for (const pollute of [false, true]) {
      const file = join(packed.consumer.dir, `battery-${pollute ? "polluted" : "clean"}.mjs`);
      await writeFile(file, script(pollute));
      const result = await run(process.execPath, [file], { cwd: packed.consumer.dir });
      if (result.code !== 0) throw new Error(formatRun(result));
      answers.push(JSON.parse(result.stdout));
    }
    expect(answers[1]).toEqual(answers[0]);
  });
});

describe("one year range, one meaning of unknown, compatibility forms", () => {
  it("years 0001 to 9999 everywhere; no 1900s for years 0-99", () => {
    expect(main.PARTIAL_DATE_YEARS).toEqual({ min: 1, max: 9999 });
    expect(main.isPartialDate("0000")).toBe(false);
    expect(main.isPartialDate("0001")).toBe(true);
    expect(main.isPartialDate("9999-12-31")).toBe(true);
    expect(main.isPartialDate("0004-02-29")).toBe(true); // year 4 is a leap year (1904 would be too, 1900 not)
    expect(main.isPartialDate("0100-02-29")).toBe(false);
    expect(main.endOfPartialDate("0004-02")).toBe("0004-02-29");
    expect(main.endOfPartialDate("0001")).toBe("0001-12-31");
    expect(() => main.findEventsByYear(0)).toThrow(RangeError);
    expect(main.findEventsByYear(1)).toEqual([]);
    expect(() => main.findEventsBetween("0000", "2025")).toThrow(RangeError);
  });

  it("full-width letters and dotless ı fold like their plain forms", () => {
    expect(main.foldName("ＵＮＭＩＳＳ")).toBe("unmiss");
    expect(main.findByName("ＵＮＭＩＳＳ")[0]?.id).toBe("org:unmiss");
    expect(main.foldName("Hanoı")).toBe("hanoi");
    expect(main.foldName("İSTANBUL")).toBe("istanbul");
  });

  it("undefined means nothing attested by then, for both mission kinds", () => {
    expect(main.getMissionCount("repatriation", { asOf: "2018" })).toBeUndefined();
    expect(main.getMissionCount("peacekeeping", { asOf: "2018" })).toBeUndefined();
    expect(main.getMissionCount("peacekeeping", { asOf: "2023" })).toBe(3);
  });
});
