/** Targets, verdicts and the Markdown of bench/RESULTS.md. */
import type { BundleId, BundleResults, BundleSize } from "./bundle-size.js";
import type { PairedComparison } from "./cold-start.js";
import type { DatasetSample, Measured } from "./datasets.js";
import type { EmbeddingResults } from "./embedding.js";
import type { DataCheckResults } from "./data-check.js";
import type { Machine } from "./machine.js";
import { HELPERS, type ScalingSample } from "./scaling.js";
import type { StartupResults } from "./startup.js";
import type { Summary } from "./stats.js";
import type { TypeCheckResults } from "./type-check.js";

export interface BenchResults {
  readonly machine: Machine;
  readonly packageVersion: string;
  readonly commit: string;
  readonly rounds: number;
  readonly wallSeconds: number;
  readonly startup: StartupResults;
  readonly bundles: BundleResults;
  /** The shipped data first, then larger data. */
  readonly embedding: readonly EmbeddingResults[];
  readonly scaling: readonly ScalingSample[];
  /** validateDataset and createQueryApi on growing and hostile data. */
  readonly datasets: readonly DatasetSample[];
  readonly typeCheck: TypeCheckResults;
  readonly typeCheckRounds: number;
  readonly dataCheck: DataCheckResults;
}

/** Upper bounds: a measurement passes at or below its target. */
export const TARGETS = {
  startupRatio: 1.05,
  startupVsNoopRatio: 1.02,
  typeCheckRatio: 1.1,
  schemasVsZodRatio: 1.1,
  zodBytesInMainBundles: 0,
  datasetBundleVsJsonGzip: 1.2,
  perCallLargestVsSmallest: 3,
} as const;

export interface Verdict {
  readonly id: string;
  readonly measurement: string;
  readonly median: string;
  readonly spread: string;
  readonly target: string;
  /** Median ÷ target, where the target is not zero. */
  readonly vsTarget: string;
  /** Undefined for a measurement without a target. */
  readonly pass: boolean | undefined;
}

const ratio = (value: number): string => `${value.toFixed(3)}×`;
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const ns = (value: number): string => (value >= 1000 ? `${(value / 1000).toFixed(2)} µs` : `${value.toFixed(1)} ns`);
const bytes = (value: number): string => value.toLocaleString("en-US");
const range = (summary: Summary, format: (value: number) => string, low: keyof Summary = "p25", high: keyof Summary = "p75"): string =>
  `${format(summary[low])}–${format(summary[high])}`;
const result = (pass: boolean | undefined): string => (pass === undefined ? "—" : pass ? "PASS" : "**MISS**");

function bundle(results: BundleResults, id: BundleId): BundleSize {
  const found = results.bundles.find((entry) => entry.id === id);
  if (!found) throw new Error(`no bundle ${id}`);
  return found;
}

function pairedVerdicts(id: string, measurement: string, comparison: PairedComparison, target: number): Verdict[] {
  return (["wall", "CPU"] as const).map((clock) => {
    const paired = clock === "wall" ? comparison.wallRatio : comparison.cpuRatio;
    return {
      id: `${id} ${clock}`,
      measurement: `${measurement} (${clock} time)`,
      median: ratio(paired.median),
      spread: `p25–p75 ${range(paired, ratio)}`,
      target: `≤ ${target.toFixed(2)}×`,
      vsTarget: (paired.median / target).toFixed(2),
      pass: paired.median <= target,
    };
  });
}

export function verdicts(results: BenchResults): Verdict[] {
  const { startup, bundles, embedding, scaling, typeCheck } = results;
  const vsNoop = (id: string, comparison: PairedComparison): Verdict => ({
    id,
    measurement: `${comparison.name} ÷ ${comparison.baseline} (CPU time): what the package adds beyond any package`,
    median: ratio(comparison.cpuRatio.median),
    spread: `p25–p75 ${range(comparison.cpuRatio, ratio)}`,
    target: `≤ ${TARGETS.startupVsNoopRatio.toFixed(2)}×`,
    vsTarget: (comparison.cpuRatio.median / TARGETS.startupVsNoopRatio).toFixed(2),
    pass: comparison.cpuRatio.median <= TARGETS.startupVsNoopRatio,
  });
  const rows: Verdict[] = [
    ...pairedVerdicts("1a", "Cold start: `import` main entry ÷ empty ESM script", startup.esm, TARGETS.startupRatio),
    ...pairedVerdicts("1b", "Cold start: `require` main entry ÷ empty CJS script", startup.cjs, TARGETS.startupRatio),
    vsNoop("1c", startup.esmVsNoop),
    vsNoop("1d", startup.cjsVsNoop),
    ...pairedVerdicts("2", "Cold start: `import` `./schemas` ÷ `import` zod alone", startup.schemas, TARGETS.schemasVsZodRatio),
  ];
  for (const [id, bundleId] of [["3a", "one-helper"], ["3b", "dataset"]] as const) {
    const entry = bundle(bundles, bundleId);
    rows.push({
      id,
      measurement: `zod bytes in the bundle of ${entry.name}`,
      median: `${bytes(entry.zodOutputBytes)} B`,
      spread: "— (deterministic)",
      target: `${TARGETS.zodBytesInMainBundles} B`,
      vsTarget: "—",
      pass: entry.zodOutputBytes <= TARGETS.zodBytesInMainBundles,
    });
  }
  const datasetGzipRatio = bundle(bundles, "dataset").gzipBytes / bundles.jsonGzipBytes;
  rows.push({
    id: "3c",
    measurement: "Bundle of `dataset`, gzipped ÷ the data as JSON, gzipped",
    median: ratio(datasetGzipRatio),
    spread: "— (deterministic)",
    target: `≤ ${TARGETS.datasetBundleVsJsonGzip.toFixed(2)}×`,
    vsTarget: (datasetGzipRatio / TARGETS.datasetBundleVsJsonGzip).toFixed(2),
    pass: datasetGzipRatio <= TARGETS.datasetBundleVsJsonGzip,
  });
  embedding.forEach((size, i) => {
    const [fastest, runnerUp] = size.forms;
    if (!fastest || !runnerUp) return;
    const lead = runnerUp.vsFastest.p25 > 1 ? "ahead of" : "tied (paired p25 ≤ 1) with";
    rows.push({
      id: `4${String.fromCharCode(97 + i)}`,
      measurement: `Fastest data embedding, ${size.label}: ${fastest.name}, ${lead} ${runnerUp.name}, which takes ${ratio(runnerUp.vsFastest.median)} as long`,
      median: `${ms(fastest.importMs.median)} ms`,
      spread: `p25–p75 ${range(fastest.importMs, ms)} ms`,
      target: "— (informational)",
      vsTarget: "—",
      pass: undefined,
    });
  });
  const largest = scaling[scaling.length - 1];
  const smallest = scaling[0];
  if (largest && smallest) {
    HELPERS.forEach((helper, i) => {
      const paired = largest.helpers[helper].vsSmallest;
      rows.push({
        id: `5${String.fromCharCode(97 + i)}`,
        measurement: `Per-call \`${helper}\` at ${largest.factor}× ÷ at ${smallest.factor}× (paired batches)`,
        median: ratio(paired.median),
        spread: `p25–p75 ${range(paired, ratio)}`,
        target: `≤ ${TARGETS.perCallLargestVsSmallest.toFixed(2)}×`,
        vsTarget: (paired.median / TARGETS.perCallLargestVsSmallest).toFixed(2),
        pass: paired.median <= TARGETS.perCallLargestVsSmallest,
      });
    });
  }
  rows.push(
    ...pairedVerdicts(
      "6",
      "Consumer type-check (`skipLibCheck: false`): a one-line program using the main entry ÷ the same program without the package",
      typeCheck.withPackage,
      TARGETS.typeCheckRatio,
    ),
  );
  return rows;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(" | ")} |`, `| ${header.map(() => "---").join(" | ")} |`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
}

const withSpread = (summary: Summary, format: (value: number) => string): string => `${format(summary.median)} (${range(summary, format)})`;

function startupRows(startup: StartupResults): string[][] {
  const pairs = [
    [startup.esm, startup.esmNoop],
    [startup.cjs, startup.cjsNoop],
    [startup.schemas],
  ] as const;
  return pairs.flatMap(([comparison, reference]) => [
    ...(reference ? [comparisonRow(reference)] : []),
    comparisonRow(comparison),
    [comparison.baseline, withSpread(comparison.baselineWallMs, ms), withSpread(comparison.baselineCpuMs, ms), "baseline", "baseline"],
  ]);
}

function comparisonRow(comparison: PairedComparison): string[] {
  return [
    comparison.name,
    withSpread(comparison.wallMs, ms),
    withSpread(comparison.cpuMs, ms),
    `${withSpread(comparison.wallRatio, ratio)} vs ${comparison.baseline}`,
    withSpread(comparison.cpuRatio, ratio),
  ];
}

export function renderResults(results: BenchResults): string {
  const { machine, startup, bundles, embedding, scaling, datasets, typeCheck } = results;
  const rows = verdicts(results);
  const missed = rows.filter((row) => row.pass === false).length;
  const lines = [
    "# Benchmark results",
    "",
    "<!-- Written by `npm run bench` (bench/run.ts). Do not edit: run it again. -->",
    "",
    `- Date: ${machine.date}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB memory, ${machine.os}`,
    `- Node: ${machine.node}`,
    `- Load average (1 min) when the run started: ${machine.loadAverage.toFixed(2)} — cold-start numbers are noisy on a busy machine; the ratios are paired per round to cancel drift`,
    `- Package: vietnam-us-relations ${results.packageVersion} at ${results.commit}, built \`dist/\`, imported by name from a consumer folder (bench/.tmp/consumer, \`node_modules\` links)`,
    `- Cold-start rounds per script: ${results.rounds} for 1–2, ${embedding.map((size) => size.rounds).join(" and ")} for 4 (after warm-up rounds); each run is a fresh \`node\` process`,
    `- Wall time of the whole run: ${results.wallSeconds.toFixed(0)} s`,
    "",
    "## Summary",
    "",
    `${rows.length - missed - rows.filter((row) => row.pass === undefined).length} of ${rows.filter((row) => row.pass !== undefined).length} targets met.`,
    "",
    ...table(
      ["#", "Measurement", "Median", "Spread", "Target", "Median ÷ target", "Result"],
      rows.map((row) => [row.id, row.measurement, row.median, row.spread, row.target, row.vsTarget, result(row.pass)]),
    ),
    "",
    "## 1–2. Cold start",
    "",
    "Wall time from spawn to exit of `node SCRIPT`, and the process's CPU time (all threads) up to its last line, in",
    "ms: median (p25–p75). Scripts are interleaved round by round; a ratio is the median of per-round ratios against",
    "the baseline script of the same round. The main entry is compared with an empty script of its own module",
    "system, so the ratio is what the package adds, not what Node's ESM loader costs. Wall time is what a user",
    "waits; CPU time leaves out waiting for a core, so it is the steadier number on a busy machine. A package that",
    "does nothing (`exports` map, ESM and CJS entries), loaded by name, shows what any package costs.",
    "",
    ...table(["Script", "Wall ms", "CPU ms", "Wall ratio (paired)", "CPU ratio (paired)"], startupRows(startup)),
    "",
    "## 3. Bundle size",
    "",
    "esbuild (`bundle`, `minify`, `format: \"esm\"`, `platform: \"browser\"`) of a program importing the package by",
    "name, gzipped at level 9. zod bytes: bytes of the output from files under `node_modules/zod` (metafile), and",
    "those files' input sizes. Rollup: the same program bundled by Rollup (node resolution), minified by esbuild.",
    "",
    ...table(
      ["Program", "Raw bytes", "Gzipped bytes", "Gzipped ÷ JSON floor", "zod bytes in output", "zod input bytes", "Rollup raw bytes", "esbuild ÷ Rollup (raw)"],
      bundles.bundles.map((entry) => [
        entry.name,
        bytes(entry.rawBytes),
        bytes(entry.gzipBytes),
        ratio(entry.gzipBytes / bundles.jsonGzipBytes),
        bytes(entry.zodOutputBytes),
        bytes(entry.zodInputBytes),
        bytes(entry.rollupRawBytes),
        ratio(entry.rawBytes / entry.rollupRawBytes),
      ]),
    ),
    "",
    `Floor: \`JSON.stringify(dataset)\` is ${bytes(bundles.jsonBytes)} bytes, ${bytes(bundles.jsonGzipBytes)} gzipped.`,
    "",
    "## 4. Data embedding form",
    "",
    "Three modules holding the same data (as JSON), each loaded cold in a fresh process by a script timing its own",
    "`await import()` with `performance.now()`: a JS object literal, `JSON.parse` of a string literal, and a JSON",
    "module imported `with { type: \"json\" }`. Baseline: a module holding `export default {}`.",
    "",
    ...embedding.flatMap((size) => [
      `${size.label[0]?.toUpperCase()}${size.label.slice(1)}: ${bytes(size.dataBytes)} bytes of JSON; the baseline module imports in ${withSpread(size.baselineImportMs, ms)} ms.`,
      "",
      ...table(
        ["Form (fastest first)", "Import ms (p25–p75)", "Import min ms", "Import ÷ fastest (paired)", "Process wall ÷ baseline (paired)", "Process CPU ÷ baseline (paired)"],
        size.forms.map((form) => [
          form.name,
          withSpread(form.importMs, ms),
          ms(form.importMs.min),
          withSpread(form.vsFastest, ratio),
          withSpread(form.wholeProcess.wallRatio, ratio),
          withSpread(form.wholeProcess.cpuRatio, ratio),
        ]),
      ),
      "",
    ]),
    "## 5. Scaling",
    "",
    "`createQueryApi(makeSyntheticDataset(N))` from the built package (bench/synthetic-dataset.ts: N valid copies).",
    "Queries ask for the shipped records (copy 0: its event years, every name, every metric with and without",
    "`asOf`), so answers stay the same size while the indexes grow. First call: the call that builds the helper's",
    "indexes, on fresh APIs over the same data (JIT warm). Per call: batches cycling through the inputs, batches of",
    "all sizes interleaved round by round; the ratio is the median of per-round ratios to 1×.",
    "",
    ...table(
      ["Size", "Records", "JSON MB", "Generate ms", "Heap: dataset MB", "Heap: indexes MB"],
      scaling.map((size) => [
        `${size.factor}×`,
        bytes(size.records),
        size.jsonMB.toFixed(1),
        ms(size.generateMs),
        size.heapDatasetMB.toFixed(1),
        size.heapIndexesMB.toFixed(1),
      ]),
    ),
    "",
    ...table(
      ["Helper", "Size", "First call ms (min–max)", "Per call (p25–p75)", "÷ 1× (p25–p75)", "Mean answer size"],
      HELPERS.flatMap((helper) =>
        scaling.map((size) => {
          const sample = size.helpers[helper];
          return [
            `\`${helper}\``,
            `${size.factor}×`,
            `${ms(sample.firstCallMs.median)} (${range(sample.firstCallMs, ms, "min", "max")})`,
            `${ns(sample.perCallNs.median)} (${range(sample.perCallNs, ns)})`,
            `${ratio(sample.vsSmallest.median)} (${range(sample.vsSmallest, ratio)})`,
            sample.meanAnswer.toFixed(2),
          ];
        }),
      ),
    ),
    "",
    "The 1× dataset shares its records with the package's own `dataset`, so its heap growth is about zero; copies",
    "share their unchanged strings (quotes, titles) with copy 0.",
    "",
    "## 6. Consumer type-check",
    "",
    `A fresh \`node\` process type-checks one program with the TypeScript compiler API (\`nodenext\`, \`strict\`,`,
    "`skipLibCheck: false`, lib ES2022 only): a one-line program calling `findEventsByYear` from the main entry, or the",
    `same line with a local stand-in for the helper. ${results.typeCheckRounds} rounds per program, interleaved; ratios paired per round.`,
    "",
    ...table(["Program", "Wall ms", "CPU ms", "Wall ratio (paired)", "CPU ratio (paired)"], [
      comparisonRow(typeCheck.withPackage),
      [typeCheck.withPackage.baseline, withSpread(typeCheck.withPackage.baselineWallMs, ms), withSpread(typeCheck.withPackage.baselineCpuMs, ms), "baseline", "baseline"],
    ]),
    "",
    "## 7. validateDataset and createQueryApi on large and hostile data",
    "",
    "Each row is a fresh child process (`--expose-gc`, the heap limit shown, killed after 120 s; bench/datasets.ts);",
    "each function gets its own fresh input. Time in ms; heap: growth in MB after two full GCs, the answer still",
    "held; peak RSS of the whole child (input included). Sizes are `makeSyntheticDataset(N)` (valid); the hostile",
    "shapes are issue 20's. A row that did not finish says so.",
    "",
    ...table(
      ["Input", "Heap limit MB", "Records", "validateDataset ms", "heap MB", "answer", "createQueryApi ms", "heap MB", "answer", "Peak RSS MB"],
      datasets.map((sample) => {
        const cells = (measured: Measured | undefined) =>
          measured === undefined ? ["—", "—", sample.failed ?? "—"] : [ms(measured.ms), measured.heapGrowthMB.toFixed(1), measured.outcome];
        return [
          sample.label,
          String(sample.heapLimitMB),
          sample.records === undefined ? "—" : bytes(sample.records),
          ...cells(sample.validate),
          ...cells(sample.query),
          sample.peakRssMB === undefined ? "—" : sample.peakRssMB.toFixed(0),
        ];
      }),
    ),
    "",
    ...renderDataCheckSection(results.dataCheck),
  ];
  return lines.join("\n");
}

/** Section 8 of RESULTS.md (also printed alone by `BENCH_ONLY=data-check npm run bench`). */
export function renderDataCheckSection(dataCheck: DataCheckResults): string[] {
  const smallest = dataCheck.sizes[0]!;
  return [
    "## 8. Data checks (`npm run data:check`)",
    "",
    "`checkData` (scripts/lib/data-check.ts, what `data:check` and the build run: schemas, references, provenance,",
    "SHA-256, verbatim quotes, coverage, files not listed) on N copies of the authored data and of every document",
    "(bench/data-check.ts; each copy of a document its own file and hash), sizes interleaved round by round. Cost per",
    "document: the median ÷ the documents; it should stay flat or fall (linear growth) as the data grows.",
    "",
    ...table(
      ["Size", "Documents", "Records", "checkData ms (p25–p75)", "ms per document", "÷ 1× per document"],
      dataCheck.sizes.map((size) => [
        `${size.factor}×`,
        bytes(size.documents),
        bytes(size.records),
        withSpread(size.checkMs, ms),
        ms(size.perDocumentMs),
        ratio(size.perDocumentMs / smallest.perDocumentMs),
      ]),
    ),
    "",
    `A whole \`data:check\` process on the project's data (tsx start-up included): ${withSpread(dataCheck.processMs, ms)} ms over ${dataCheck.processMs.n} runs.`,
    "",
  ];
}
