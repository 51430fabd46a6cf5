/**
 * One hostile dataset case, run by tests/limits/hostile-datasets.test.ts in a child
 * `node --max-old-space-size=… --import tsx` so that a case that exhausts the heap kills the child, not the test
 * run. Usage: `hostile-dataset-child.ts CASE`; prints one line of JSON, the case's answer.
 */
import { createQueryApi } from "../../src/index.js";
import { validateDataset } from "../../src/schema/index.js";
import { loadAuthoredDataset } from "../../scripts/lib/load-data.js";

type Data = Record<string, any>;
const copy = (): Data => structuredClone(loadAuthoredDataset()) as Data;

/** What a call threw, or that it returned. */
function outcome(call: () => unknown): { threw?: string; message?: string; returned?: unknown } {
  try {
    return { returned: call() };
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

/** A Proxy around an empty array claiming `length` elements, each a copy of `element`. */
function lyingArray(length: number, element: unknown): unknown[] {
  return new Proxy([], {
    get: (target, key) => (key === "length" ? length : typeof key === "string" && /^\d+$/.test(key) ? element : Reflect.get(target, key)),
    getOwnPropertyDescriptor: (target, key) =>
      typeof key === "string" && /^\d+$/.test(key) ? { value: element, writable: true, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, key),
    has: (target, key) => (typeof key === "string" && /^\d+$/.test(key) ? true : Reflect.has(target, key)),
  });
}

const validation = (data: unknown) => {
  const result = validateDataset(data);
  return { ok: result.ok, count: result.problems.length, first: result.problems[0], last: result.problems.at(-1) };
};

const CASES: Record<string, () => unknown> = {
  "validate: one record with 8,000,000 empty aliases": () => {
    const data = copy();
    data["people"][0].aliases = new Array(8_000_000).fill("");
    return validation(data);
  },
  "validate: one record with 1,000,000 empty aliases": () => {
    const data = copy();
    data["people"][0].aliases = new Array(1_000_000).fill("");
    return validation(data);
  },
  "validate: 9,000 empty aliases stop after PROBLEMS_BEFORE_STOPPING": () => {
    const data = copy();
    data["people"][0].aliases = new Array(9_000).fill("");
    return validation(data);
  },
  "validate: a Proxy collection claiming 10^9 records": () => validation({ ...copy(), events: lyingArray(1e9, copy()["events"][0]) }),
  "validate: a sparse collection of length 10^8": () => {
    const events = copy()["events"];
    events.length = 1e8;
    return validation({ ...copy(), events });
  },
  "createQueryApi: a sparse collection of length 10^8": () =>
    outcome(() => {
      const events = copy()["events"];
      events.length = 1e8;
      createQueryApi({ ...copy(), events } as never);
    }),
  "createQueryApi: a sparse collection of length 9,000,000": () =>
    outcome(() => {
      const events = copy()["events"];
      events.length = 9_000_000;
      createQueryApi({ ...copy(), events } as never);
    }),
  "createQueryApi: a Proxy claiming length 10^9": () =>
    outcome(() => createQueryApi({ ...copy(), notes: lyingArray(1e9, copy()["notes"][0]) } as never)),
  "createQueryApi: 5,000 events spanning 0001-9999, first findEventsByYear": () => {
    const data = copy();
    const template = data["events"][0];
    data["events"].push(...Array.from({ length: 5_000 }, (_, i) => ({ ...template, id: `event:span-${i}`, date: "0001", endDate: "9999" })));
    const api = createQueryApi(data as never);
    return { found: api.findEventsByYear(5000).length, again: api.findEventsByYear(5000) === api.findEventsByYear(5000), first: api.findEventsByYear(1).length };
  },
};

const name = process.argv[2] ?? "";
const run = CASES[name];
if (run === undefined) throw new Error(`unknown case ${JSON.stringify(name)}; cases: ${Object.keys(CASES).join(", ")}`);
process.stdout.write(`${JSON.stringify(run())}\n`);
