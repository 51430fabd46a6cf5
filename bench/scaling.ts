/**
 * Measurement 5: how the query helpers scale with the size of the data. The work runs in a child process of its
 * own (bench/scaling-child.ts, with `--expose-gc` for heap readings and a clean heap); this module spawns it and
 * holds the shapes it reports.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { REPO_ROOT } from "./consumer.js";
import type { Summary } from "./stats.js";

export const HELPERS = ["findEventsByYear", "findByName", "getFigure"] as const;
export type HelperName = (typeof HELPERS)[number];

export interface HelperSample {
  /** First call on a fresh `createQueryApi(data)`: builds the helper's indexes. One value per fresh API. */
  readonly firstCallMs: Summary;
  /** Steady time per call, one value per batch. */
  readonly perCallNs: Summary;
  /** Per-batch ratio of per-call time to the smallest factor's in the same round (1.00 for it). */
  readonly vsSmallest: Summary;
  /** Mean answer size per call (array length; 1 or 0 for a figure found or not). */
  readonly meanAnswer: number;
  /** Distinct inputs the batches cycle through. */
  readonly inputs: number;
}

export interface ScalingSample {
  readonly factor: number;
  /** Records in all collections (posts not counted). */
  readonly records: number;
  readonly jsonMB: number;
  readonly generateMs: number;
  /** Heap growth from making the dataset, and from building every index the three helpers use. */
  readonly heapDatasetMB: number;
  readonly heapIndexesMB: number;
  readonly helpers: Record<HelperName, HelperSample>;
}

const CHILD = resolve(REPO_ROOT, "bench/scaling-child.ts");

export function measureScaling(factors: readonly number[]): ScalingSample[] {
  const args = ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", CHILD, ...factors.map(String)];
  const child = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 16 * 2 ** 20, stdio: ["ignore", "pipe", "pipe"] });
  if (child.status !== 0) throw new Error(`bench/scaling-child.ts exited with ${child.status ?? child.signal}:\n${child.stderr}`);
  return JSON.parse(child.stdout) as ScalingSample[];
}
