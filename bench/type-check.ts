/**
 * Measurement 6: what the package's declarations cost a TypeScript user. A one-line program that uses the main
 * entry, type-checked with `skipLibCheck: false` (so the package's declarations are checked too), against the same
 * program with a local stand-in for the helper and no package. Each sample is a fresh `node` process running the
 * TypeScript compiler API on one of the two projects, interleaved round by round like the cold starts.
 */
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { comparePaired, reportLine, runInterleaved, type PairedComparison, type RunOptions } from "./cold-start.js";
import { REPO_ROOT, type Consumer } from "./consumer.js";

const COMPILER_OPTIONS = {
  module: "nodenext",
  moduleResolution: "nodenext",
  target: "es2022",
  lib: ["es2022"],
  types: [],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
};

const WITH_PACKAGE = 'import { findEventsByYear } from "vietnam-us-relations";\nexport const count: number = findEventsByYear(2025).length;\n';
const WITHOUT_PACKAGE = "const findEventsByYear = (year: number): readonly unknown[] => [year];\nexport const count: number = findEventsByYear(2025).length;\n";

/** A script that type-checks one program (ESM, in a `"type": "module"` folder) and fails on any diagnostic. */
function checker(program: string): string {
  const typescript = createRequire(resolve(REPO_ROOT, "package.json")).resolve("typescript");
  return `const ts = require(${JSON.stringify(typescript)});
const options = ts.convertCompilerOptionsFromJson(${JSON.stringify(COMPILER_OPTIONS)}, __dirname).options;
const program = ts.createProgram([${JSON.stringify(program)}], options);
const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  console.error(ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => __dirname, getNewLine: () => "\\n" }));
  process.exit(1);
}
${reportLine()}`;
}

export interface TypeCheckResults {
  /** The program using the package ÷ the same program without it. */
  readonly withPackage: PairedComparison;
}

export function measureTypeCheck(consumer: Consumer, options: Omit<RunOptions, "cwd">): TypeCheckResults {
  consumer.write("type-check/package.json", `${JSON.stringify({ type: "module", private: true })}\n`);
  const scripts = [
    { name: "type-check a program using the main entry", program: consumer.write("type-check/with-package.ts", WITH_PACKAGE), script: "check-with-package.cjs" },
    { name: "type-check the program without the package", program: consumer.write("type-check/without-package.ts", WITHOUT_PACKAGE), script: "check-without-package.cjs" },
  ].map(({ name, program, script }) => ({ name, file: consumer.write(`type-check/${script}`, checker(program)) }));
  const samples = runInterleaved(scripts, { ...options, cwd: consumer.dir });
  return { withPackage: comparePaired(samples, scripts[0]!.name, scripts[1]!.name) };
}
