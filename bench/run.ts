/**
 * `npm run bench`: every measurement in one run, written to bench/RESULTS.md. Needs `npm run build` first (it
 * measures the built package, resolved by name). Not part of `npm test`.
 *
 * `BENCH_ROUNDS` sets the cold-start rounds per script (default 50; at least 20); the data embedding forms get
 * twice as many. `BENCH_ONLY=data-check` runs only measurement 7 (data:check at 1×, 10×, 100×) and prints it.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { dataset } from "vietnam-us-relations";
import { measureBundles } from "./bundle-size.js";
import { measureDataCheck } from "./data-check.js";
import { measureDatasets } from "./datasets.js";
import { createConsumer, REPO_ROOT } from "./consumer.js";
import { measureEmbedding } from "./embedding.js";
import { describeMachine } from "./machine.js";
import { renderDataCheckSection, renderResults, verdicts, type BenchResults } from "./report.js";
import { measureScaling } from "./scaling.js";
import { measureStartup } from "./startup.js";
import { makeSyntheticDataset } from "./synthetic-dataset.js";
import { measureTypeCheck } from "./type-check.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
/** The forms of embedding differ by fractions of a millisecond: they get more rounds. */
const EMBEDDING_ROUNDS = 2 * ROUNDS;
/** A type-check takes a second or more: fewer rounds, still paired. */
const TYPE_CHECK_ROUNDS = Math.max(10, Math.round(ROUNDS / 4));
const WARMUP_ROUNDS = 3;
const FACTORS = [1, 10, 100, 1000] as const;
/** data:check reads every document: 1000× would need more than three-digit file names. */
const DATA_CHECK_FACTORS = [1, 10, 100] as const;
/** A 100× data check takes seconds: fewer rounds. */
const DATA_CHECK_ROUNDS = Math.max(5, Math.round(ROUNDS / 5));
const RESULTS_FILE = resolve(REPO_ROOT, "bench/RESULTS.md");

if (!Number.isInteger(ROUNDS) || ROUNDS < 20) throw new Error(`BENCH_ROUNDS must be a whole number ≥ 20, got ${process.env.BENCH_ROUNDS}`);

const log = (line: string) => console.log(`bench: ${line}`);

function commit(): string {
  const git = spawnSync("git", ["describe", "--always", "--dirty"], { cwd: REPO_ROOT, encoding: "utf8" });
  return git.status === 0 ? git.stdout.trim() : "unknown commit";
}

if (process.env.BENCH_ONLY === "data-check") {
  log(`data:check at ${DATA_CHECK_FACTORS.join("×, ")}×, ${DATA_CHECK_ROUNDS} rounds`);
  console.log(renderDataCheckSection(await measureDataCheck(DATA_CHECK_FACTORS, { rounds: DATA_CHECK_ROUNDS, warmupRounds: 1 })).join("\n"));
  process.exit(0);
}

const started = performance.now();
const machine = describeMachine();
const consumer = createConsumer();
const json = JSON.stringify(dataset);
const packageVersion = (JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

log(`cold start, ${ROUNDS} rounds per script`);
const startup = measureStartup(consumer, { rounds: ROUNDS, warmupRounds: WARMUP_ROUNDS });
log("bundle sizes");
const bundles = await measureBundles(consumer, json);
log(`data embedding forms, ${EMBEDDING_ROUNDS} rounds per script; then on 10× the data, ${ROUNDS} rounds`);
const embedding = [
  measureEmbedding(consumer, "the shipped data", "1x", json, { rounds: EMBEDDING_ROUNDS, warmupRounds: WARMUP_ROUNDS }),
  measureEmbedding(consumer, "10× the data (bench/synthetic-dataset.ts)", "10x", JSON.stringify(makeSyntheticDataset(10)), {
    rounds: ROUNDS,
    warmupRounds: WARMUP_ROUNDS,
  }),
];
log(`consumer type-check, ${TYPE_CHECK_ROUNDS} rounds per program`);
const typeCheck = measureTypeCheck(consumer, { rounds: TYPE_CHECK_ROUNDS, warmupRounds: 1 });
log(`scaling at ${FACTORS.join("×, ")}×`);
const scaling = measureScaling(FACTORS);
log(`data:check at ${DATA_CHECK_FACTORS.join("×, ")}×, ${DATA_CHECK_ROUNDS} rounds`);
const dataCheck = await measureDataCheck(DATA_CHECK_FACTORS, { rounds: DATA_CHECK_ROUNDS, warmupRounds: 1 });
log(`validateDataset and createQueryApi at ${FACTORS.join("×, ")}× and on the hostile shapes, one child process each`);
const datasets = measureDatasets(FACTORS);

const results: BenchResults = {
  machine,
  packageVersion,
  commit: commit(),
  rounds: ROUNDS,
  wallSeconds: (performance.now() - started) / 1000,
  startup,
  bundles,
  embedding,
  scaling,
  datasets,
  typeCheck,
  typeCheckRounds: TYPE_CHECK_ROUNDS,
  dataCheck,
};
writeFileSync(RESULTS_FILE, renderResults(results));
for (const row of verdicts(results)) {
  const verdict = row.pass === undefined ? "    " : row.pass ? "PASS" : "MISS";
  console.log(`${verdict}  ${row.id.padEnd(3)} ${row.median.padStart(10)}  (target ${row.target})  ${row.measurement}`);
}
log(`wrote ${RESULTS_FILE} in ${results.wallSeconds.toFixed(0)} s`);
