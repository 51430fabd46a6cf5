/**
 * The scaling measurement, run by bench/scaling.ts as
 * `node --expose-gc --import tsx bench/scaling-child.ts FACTOR…` (smallest factor first); prints a JSON array of
 * `ScalingSample`.
 *
 * For each factor it makes `makeSyntheticDataset(factor)` and uses the helpers of `createQueryApi(data)` from the
 * built package. Queries ask for copy-0 records (the shipped data's years, names and metrics), so what grows
 * with the factor is the index, not the answer (see synthetic-dataset.ts).
 *
 * - First call: on several fresh APIs over the same data, each helper's first call (which builds its indexes).
 * - Per call: batches of calls cycling through the inputs; the batches of all factors are interleaved round by
 *   round, so that a change in machine load hits every factor alike, and each round gives a paired ratio.
 */
import { performance } from "node:perf_hooks";
import { createQueryApi, dataset as shipped, type MetricId, type QueryApi } from "vietnam-us-relations";
import { HELPERS, type HelperName, type HelperSample, type ScalingSample } from "./scaling.js";
import { pairedRatios, summarize } from "./stats.js";
import { makeSyntheticDataset } from "./synthetic-dataset.js";

const FRESH_APIS = 5;
const WARMUP_ROUNDS = 3;
const ROUNDS = 11;
const MIN_BATCH_MS = 20;

type Call = (api: QueryApi, i: number) => unknown;

const years = [...new Set(shipped.events.map((event) => Number(event.date.slice(0, 4))))];
const names = [...shipped.people, ...shipped.organizations, ...shipped.places, ...shipped.programs].map((record) => record.name);
const metrics = shipped.metrics.map((metric) => metric.id as MetricId);
const asOfs = [undefined, "2024", "2025-07"] as const;

const calls: Record<HelperName, { readonly inputs: number; readonly call: Call }> = {
  findEventsByYear: { inputs: years.length, call: (api, i) => api.findEventsByYear(years[i] as number) },
  findByName: { inputs: names.length, call: (api, i) => api.findByName(names[i] as string) },
  getFigure: {
    inputs: metrics.length * asOfs.length,
    call: (api, i) => {
      const asOf = asOfs[i % asOfs.length];
      return api.getFigure(metrics[Math.floor(i / asOfs.length)] as MetricId, asOf === undefined ? undefined : { asOf });
    },
  },
};

function answerSize(answer: unknown): number {
  return Array.isArray(answer) ? answer.length : answer === undefined ? 0 : 1;
}

function heapMB(): number {
  globalThis.gc?.();
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

let sink = 0;

function timeFirstCall(api: QueryApi, helper: HelperName): number {
  const start = performance.now();
  sink += answerSize(calls[helper].call(api, 0));
  return performance.now() - start;
}

/** Time of `loops` passes over every input, in ns per call. */
function timeBatch(api: QueryApi, helper: HelperName, loops: number): number {
  const { inputs, call } = calls[helper];
  const start = performance.now();
  for (let loop = 0; loop < loops; loop++) for (let i = 0; i < inputs; i++) sink += answerSize(call(api, i));
  return ((performance.now() - start) * 1e6) / (loops * inputs);
}

function loopsForBatch(api: QueryApi, helper: HelperName): number {
  let loops = 1;
  while ((timeBatch(api, helper, loops) * loops * calls[helper].inputs) / 1e6 < MIN_BATCH_MS) loops *= 2;
  return loops;
}

interface Prepared {
  readonly factor: number;
  readonly data: ReturnType<typeof makeSyntheticDataset>;
  readonly api: QueryApi;
  readonly generateMs: number;
  readonly heapDatasetMB: number;
  readonly heapIndexesMB: number;
  readonly firstCallMs: Record<HelperName, number[]>;
}

function prepare(factor: number): Prepared {
  const heapBefore = heapMB();
  const start = performance.now();
  const data = makeSyntheticDataset(factor);
  const generateMs = performance.now() - start;
  const heapData = heapMB();
  const api = createQueryApi(data);
  for (const helper of HELPERS) calls[helper].call(api, 0);
  const heapIndexesMB = heapMB() - heapData;
  const firstCallMs = Object.fromEntries(HELPERS.map((helper) => [helper, [] as number[]])) as Record<HelperName, number[]>;
  for (let i = 0; i < FRESH_APIS; i++) {
    const fresh = createQueryApi(data);
    for (const helper of HELPERS) firstCallMs[helper].push(timeFirstCall(fresh, helper));
  }
  return { factor, data, api, generateMs, heapDatasetMB: heapData - heapBefore, heapIndexesMB, firstCallMs };
}

/** Per-call ns of each prepared size, one array per size, batches interleaved across sizes. */
function perCallRounds(sizes: readonly Prepared[], helper: HelperName): number[][] {
  const loops = sizes.map((size) => loopsForBatch(size.api, helper));
  const rounds: number[][] = sizes.map(() => []);
  for (let round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
    sizes.forEach((size, i) => {
      const ns = timeBatch(size.api, helper, loops[i] as number);
      if (round >= 0) rounds[i]?.push(ns);
    });
  }
  return rounds;
}

function measure(factors: readonly number[]): ScalingSample[] {
  const sizes = factors.map(prepare);
  const perCall = Object.fromEntries(HELPERS.map((helper) => [helper, perCallRounds(sizes, helper)])) as Record<HelperName, number[][]>;
  return sizes.map((size, i) => {
    const helpers = Object.fromEntries(
      HELPERS.map((helper) => {
        const { inputs, call } = calls[helper];
        let answers = 0;
        for (let input = 0; input < inputs; input++) answers += answerSize(call(size.api, input));
        const ns = perCall[helper][i] as number[];
        const sample: HelperSample = {
          firstCallMs: summarize(size.firstCallMs[helper]),
          perCallNs: summarize(ns),
          vsSmallest: summarize(pairedRatios(ns, perCall[helper][0] as number[])),
          meanAnswer: answers / inputs,
          inputs,
        };
        return [helper, sample];
      }),
    ) as Record<HelperName, HelperSample>;
    const records = Object.values(size.data).reduce<number>((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
    const { factor, generateMs, heapDatasetMB, heapIndexesMB } = size;
    return { factor, records, jsonMB: Buffer.byteLength(JSON.stringify(size.data)) / 2 ** 20, generateMs, heapDatasetMB, heapIndexesMB, helpers };
  });
}

const factors = process.argv.slice(2).map(Number);
if (factors.length === 0 || factors.some((factor) => !Number.isInteger(factor) || factor < 1)) {
  throw new Error("usage: node --expose-gc --import tsx bench/scaling-child.ts FACTOR…");
}
process.stdout.write(`${JSON.stringify(measure(factors))}\n`);
if (sink < 0) console.error(sink); // keeps every answer observable, so no call can be optimized away
