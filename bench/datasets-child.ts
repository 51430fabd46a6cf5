/**
 * One dataset measurement of bench/datasets.ts, in a fresh process of its own (`--expose-gc`, a heap limit, a
 * timeout set by the parent): `node --expose-gc --import tsx bench/datasets-child.ts SHAPE`. Prints one line of
 * JSON, a `DatasetSample` without its label.
 *
 * SHAPE is `Nx` (`makeSyntheticDataset(N)`, valid) or the name of a hostile shape (HOSTILE_SHAPES). Each of
 * `validateDataset` and `createQueryApi` gets its own fresh input, and its time and heap growth are measured
 * alone (heap read after two full GCs before and after, with the answer still referenced).
 */
import { performance } from "node:perf_hooks";
import { createQueryApi, dataset as shipped, type QueryApi } from "vietnam-us-relations";
import { validateDataset } from "vietnam-us-relations/schemas";
import type { Measured } from "./datasets.js";
import { makeSyntheticDataset } from "./synthetic-dataset.js";

type Data = Record<string, any>;
const copy = (): Data => JSON.parse(JSON.stringify(shipped)) as Data;

function lyingArray(length: number, element: unknown): unknown[] {
  const isIndex = (key: string | symbol) => typeof key === "string" && /^\d+$/.test(key);
  return new Proxy([], {
    get: (target, key) => (key === "length" ? length : isIndex(key) ? element : Reflect.get(target, key)),
    getOwnPropertyDescriptor: (target, key) =>
      isIndex(key) ? { value: element, writable: true, enumerable: true, configurable: true } : Reflect.getOwnPropertyDescriptor(target, key),
  });
}

const withAliases = (count: number) => () => {
  const data = copy();
  data["people"][0].aliases = new Array(count).fill("");
  return data;
};

/** The hostile shapes of issue 20, each made fresh for each function. */
export const HOSTILE_SHAPES: Record<string, { readonly make: () => unknown; readonly after?: (api: QueryApi) => unknown }> = {
  "one record with 1,000,000 empty aliases": { make: withAliases(1_000_000) },
  "one record with 8,000,000 empty aliases": { make: withAliases(8_000_000) },
  "one record with 9,000 empty aliases": { make: withAliases(9_000) },
  "a sparse collection of length 10^8": {
    make: () => {
      const data = copy();
      data["events"].length = 1e8;
      return data;
    },
  },
  "a sparse collection of length 9,000,000": {
    make: () => {
      const data = copy();
      data["events"].length = 9_000_000;
      return data;
    },
  },
  "a Proxy collection claiming length 10^9": { make: () => ({ ...copy(), notes: lyingArray(1e9, shipped.notes[0]) }) },
  "5,000 events spanning 0001–9999 (+ first findEventsByYear)": {
    make: () => {
      const data = copy();
      data["events"].push(...Array.from({ length: 5_000 }, (_, i) => ({ ...shipped.events[0], id: `event:span-${i}`, date: "0001", endDate: "9999" })));
      return data;
    },
    after: (api) => api.findEventsByYear(5000),
  },
};

function heapMB(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function measure(run: () => string): Measured {
  const before = heapMB();
  const start = performance.now();
  let outcome: string;
  let kept: unknown;
  try {
    outcome = run();
  } catch (error) {
    outcome = `throws ${(error as Error).constructor.name}`;
  }
  const ms = performance.now() - start;
  const heapGrowthMB = heapMB() - before;
  void kept;
  return { ms, heapGrowthMB, outcome };
}

const shape = process.argv[2] ?? "";
const factor = /^(\d+)x$/.exec(shape)?.[1];
const make = factor !== undefined ? () => makeSyntheticDataset(Number(factor)) : HOSTILE_SHAPES[shape]?.make;
const after = factor !== undefined ? undefined : HOSTILE_SHAPES[shape]?.after;
if (make === undefined) throw new Error(`usage: bench/datasets-child.ts Nx | ${Object.keys(HOSTILE_SHAPES).join(" | ")}`);

let keep: unknown[] = [];
let input = make();
const validate = measure(() => {
  const result = validateDataset(input);
  keep.push(result);
  return result.ok ? "ok" : `ok: false, ${result.problems.length} problem(s) listed`;
});
keep = [];
input = undefined;
input = make();
const query = measure(() => {
  const api = createQueryApi(input as never);
  keep.push(api, after?.(api));
  return after === undefined ? "an API" : "an API; answered";
});
const records = factor === undefined ? undefined : Object.values(input as Data).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
process.stdout.write(`${JSON.stringify({ records, validate, query, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
if (keep.length < 0) console.error(keep);
