/**
 * Measurement 7: how `npm run data:check` scales with the documents and records. For each factor N, a folder holds
 * the authored data N times over (bench/synthetic-dataset.ts) and N copies of every document, each copy a file of
 * its own (the text plus a line naming the copy, so each has its own SHA-256 and file name); `checkData` — the
 * function `data:check` runs — checks it, interleaved across the sizes round by round. A whole `data:check`
 * process on the project's own data is timed too: what a contributor waits for.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { validateDataset, type Dataset } from "../src/schema/index.js";
import { checkData } from "../scripts/lib/data-check.js";
import { COLLECTIONS, loadAuthoredDataset } from "../scripts/lib/load-data.js";
import { SOURCES_DIR } from "../scripts/lib/paths.js";
import { REPO_ROOT } from "./consumer.js";
import { summarize, type Summary } from "./stats.js";
import { makeSyntheticDataset } from "./synthetic-dataset.js";

export interface DataCheckSample {
  readonly factor: number;
  readonly documents: number;
  /** Records in all collections (posts not counted). */
  readonly records: number;
  /** `checkData` on the folder, one value per round. */
  readonly checkMs: Summary;
  /** checkMs's median ÷ documents. */
  readonly perDocumentMs: number;
}

export interface DataCheckResults {
  readonly sizes: readonly DataCheckSample[];
  /** A whole `node --import tsx scripts/check-data.ts` process on the project's data (what `npm run data:check` runs). */
  readonly processMs: Summary;
}

/** The document file names have three digits: at most 1000 documents. */
const MAX_DOCUMENTS = 1000;

/** Writes the synthetic dataset's collections (`dir/data`) and its documents (`dir/sources`); its document and record counts. */
export function writeSyntheticProject(base: Dataset, factor: number, dir: string): { documents: number; records: number } {
  const synthetic = makeSyntheticDataset(factor, base) as unknown as Record<string, { file: string; sha256: string }[]>;
  const perCopy = base.sources.length;
  if (perCopy * factor > MAX_DOCUMENTS) throw new RangeError(`bench/data-check: ${perCopy * factor} documents do not fit three-digit file names`);
  const texts = new Map(base.sources.map((source) => [source.file, readFileSync(join(SOURCES_DIR, source.file), "utf8")]));
  mkdirSync(join(dir, "data"), { recursive: true });
  mkdirSync(join(dir, "sources"));
  synthetic.sources = synthetic.sources!.map((source, index) => {
    const copy = Math.floor(index / perCopy);
    const text = copy === 0 ? texts.get(source.file)! : `${texts.get(source.file)!}\n(synthetic copy ${copy})\n`;
    const sha256 = createHash("sha256").update(text).digest("hex");
    const file = `${String(index).padStart(3, "0")}_${sha256.slice(0, 16)}.txt`;
    writeFileSync(join(dir, "sources", file), text);
    return { ...source, file, sha256 };
  });
  for (const name of COLLECTIONS) writeFileSync(join(dir, "data", `${name}.json`), JSON.stringify(synthetic[name]));
  const records = COLLECTIONS.reduce((sum, name) => sum + synthetic[name]!.length, 0);
  return { documents: synthetic.sources.length, records };
}

export async function measureDataCheck(factors: readonly number[], options: { rounds: number; warmupRounds: number }): Promise<DataCheckResults> {
  const validation = validateDataset(loadAuthoredDataset());
  if (!validation.ok) throw new Error("bench/data-check: the authored data does not validate; run npm run data:check");
  const work = mkdtempSync(join(tmpdir(), "vur-bench-data-check-"));
  try {
    const projects = factors.map((factor) => {
      const dir = join(work, `x${factor}`);
      return { factor, dir, ...writeSyntheticProject(validation.dataset, factor, dir) };
    });
    const times = new Map(factors.map((factor) => [factor, [] as number[]]));
    for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
      for (const project of projects) {
        const started = performance.now();
        const result = await checkData({ dataDir: join(project.dir, "data"), sourcesDir: join(project.dir, "sources") });
        const elapsed = performance.now() - started;
        if (result.problems.length > 0 || !result.documentsChecked) {
          throw new Error(`bench/data-check: the ${project.factor}× data does not pass:\n${result.problems.slice(0, 5).join("\n")}`);
        }
        if (round >= options.warmupRounds) times.get(project.factor)!.push(elapsed);
      }
    }
    const processTimes: number[] = [];
    for (let round = 0; round < Math.max(5, Math.round(options.rounds / 2)); round++) {
      const started = performance.now();
      const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-data.ts"], { cwd: REPO_ROOT, encoding: "utf8" });
      if (child.status !== 0) throw new Error(`bench/data-check: data:check failed:\n${child.stderr}`);
      processTimes.push(performance.now() - started);
    }
    return {
      sizes: projects.map(({ factor, documents, records }) => {
        const checkMs = summarize(times.get(factor)!);
        return { factor, documents, records, checkMs, perDocumentMs: checkMs.median / documents };
      }),
      processMs: summarize(processTimes),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
