/**
 * Measurement 4: which form of embedding the data loads fastest. Three tiny modules hold the same data (the
 * built dataset, as JSON): a JS object literal, `JSON.parse` of a string literal, and a JSON module imported
 * `with { type: "json" }`. Each is loaded cold, in a fresh process, by a script that times its own dynamic
 * `import()` with `performance.now()` and prints it; a fourth module holding `{}` is the baseline. Differences
 * at the shipped size are fractions of a millisecond, so the bench also runs the forms on larger data.
 */
import type { Consumer } from "./consumer.js";
import { comparePaired, reportLine, runInterleaved, valuesOf, type PairedComparison, type RoundSamples, type RunOptions } from "./cold-start.js";
import { pairedRatios, summarize, type Summary } from "./stats.js";

export interface EmbeddingForm {
  readonly name: string;
  /** In-process time of the `import()` of the module, ms. */
  readonly importMs: Summary;
  /** Per-round in-process import time against the fastest form's (1.00 for the fastest). */
  readonly vsFastest: Summary;
  /** Whole-process wall and CPU time against the empty-module script. */
  readonly wholeProcess: PairedComparison;
}

export interface EmbeddingResults {
  /** Which data, as the report names it ("the shipped data"). */
  readonly label: string;
  readonly rounds: number;
  readonly dataBytes: number;
  readonly baselineImportMs: Summary;
  /** Fastest first. */
  readonly forms: readonly EmbeddingForm[];
}

const BASELINE = "empty module";

function loader(module: string): string {
  return [
    "const start = performance.now();",
    `const { default: data } = await import(${JSON.stringify(module)});`,
    "const ms = performance.now() - start;",
    'if (typeof data !== "object" || data === null) throw new Error("no data");',
    reportLine("importMs: ms"),
  ].join("\n");
}

function importTimes(samples: RoundSamples, name: string): number[] {
  return valuesOf(samples, name, (run) => run.reported.importMs);
}

/** Measures the forms for one piece of data; `folder` (under the consumer's `embed/`) keeps sizes apart. */
export function measureEmbedding(
  consumer: Consumer,
  label: string,
  folder: string,
  json: string,
  options: Omit<RunOptions, "cwd">,
): EmbeddingResults {
  // A "__proto__" key means something else in an object literal than in JSON; the data has none.
  if (json.includes('"__proto__"')) throw new Error("the data has a __proto__ key: the object-literal form would differ");
  consumer.write(`embed/${folder}/data.json`, json);
  const modules: Record<string, [file: string, text: string]> = {
    [BASELINE]: ["empty.mjs", "export default {};\n"],
    "JS object literal": ["object-literal.mjs", `export default ${json};\n`],
    "JSON.parse of a string literal": ["json-parse.mjs", `export default JSON.parse(${JSON.stringify(json)});\n`],
    'JSON module (with { type: "json" })': ["json-module.mjs", 'import data from "./data.json" with { type: "json" };\nexport default data;\n'],
  };
  const scripts = Object.entries(modules).map(([name, [file, text]]) => {
    consumer.write(`embed/${folder}/${file}`, text);
    return { name, file: consumer.write(`embed/${folder}/load-${file}`, loader(`./${file}`)) };
  });
  const samples = runInterleaved(scripts, { ...options, cwd: consumer.dir });
  const times = new Map(Object.keys(modules).map((name) => [name, importTimes(samples, name)]));
  const forms = Object.keys(modules)
    .filter((name) => name !== BASELINE)
    .map((name) => ({ name, importMs: summarize(times.get(name) ?? []) }))
    .sort((a, b) => a.importMs.median - b.importMs.median);
  const fastestTimes = times.get(forms[0]?.name ?? "") ?? [];
  const withComparisons = forms.map((form) => ({
    ...form,
    vsFastest: summarize(pairedRatios(times.get(form.name) ?? [], fastestTimes)),
    wholeProcess: comparePaired(samples, form.name, BASELINE),
  }));
  return { label, rounds: options.rounds, dataBytes: Buffer.byteLength(json), baselineImportMs: summarize(times.get(BASELINE) ?? []), forms: withComparisons };
}
