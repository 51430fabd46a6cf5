/**
 * Measurement 7: `validateDataset` and `createQueryApi` side by side, on 1×, 10×, 100× and 1000× the data
 * (bench/synthetic-dataset.ts) and on the hostile shapes of issue 20. Each size and shape runs in a child process
 * of its own (bench/datasets-child.ts) with a heap limit and a timeout, so that a shape that runs away is
 * reported as such instead of ending the run.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { REPO_ROOT } from "./consumer.js";

/** One function's time, heap growth (MB, after GC, the answer still held) and what it answered. */
export interface Measured {
  readonly ms: number;
  readonly heapGrowthMB: number;
  readonly outcome: string;
}

export interface DatasetSample {
  readonly label: string;
  readonly heapLimitMB: number;
  /** Records in all collections, for the synthetic sizes. */
  readonly records?: number;
  readonly validate?: Measured;
  readonly query?: Measured;
  readonly peakRssMB?: number;
  /** Set when the child did not finish: its exit status or signal, or "timed out". */
  readonly failed?: string;
}

const CHILD = resolve(REPO_ROOT, "bench/datasets-child.ts");
const TIMEOUT_MS = 120_000;
const SIZE_HEAP_MB = 4096;
const HOSTILE_HEAP_MB = 512;

export const HOSTILE_SHAPE_NAMES = [
  "one record with 1,000,000 empty aliases",
  "one record with 8,000,000 empty aliases",
  "one record with 9,000 empty aliases",
  "a sparse collection of length 10^8",
  "a sparse collection of length 9,000,000",
  "a Proxy collection claiming length 10^9",
  "5,000 events spanning 0001–9999 (+ first findEventsByYear)",
] as const;

function runChild(label: string, shape: string, heapLimitMB: number): DatasetSample {
  const args = ["--expose-gc", `--max-old-space-size=${heapLimitMB}`, "--import", "tsx", CHILD, shape];
  const child = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8", timeout: TIMEOUT_MS, killSignal: "SIGKILL" });
  if (child.error !== undefined && (child.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { label, heapLimitMB, failed: `timed out after ${TIMEOUT_MS / 1000} s` };
  if (child.status !== 0) return { label, heapLimitMB, failed: `exited with ${child.status ?? child.signal}` };
  return { label, heapLimitMB, ...(JSON.parse(child.stdout) as Omit<DatasetSample, "label" | "heapLimitMB">) };
}

export function measureDatasets(factors: readonly number[]): DatasetSample[] {
  return [
    ...factors.map((factor) => runChild(`${factor}× the data`, `${factor}x`, SIZE_HEAP_MB)),
    ...HOSTILE_SHAPE_NAMES.map((shape) => runChild(shape, shape, HOSTILE_HEAP_MB)),
  ];
}
