/**
 * `npm run examples:update`: runs every program in examples/ against the built package (`npm run build` first;
 * the examples import `vietnam-us-relations` by name, which resolves to dist/ here) and writes what each prints to
 * its `.expected.txt`. Run it after the data changes, review the diff, commit. `npm test` runs the same programs
 * against the packed tarball and fails when their output differs from these files.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { EXAMPLES_DIR, expectedOutputFile, listExamples } from "./lib/examples.js";
import { ROOT } from "./lib/paths.js";

for (const example of listExamples()) {
  const output = execFileSync(process.execPath, ["--import", "tsx", resolve(EXAMPLES_DIR, example)], { cwd: ROOT, encoding: "utf8" });
  writeFileSync(expectedOutputFile(example), output);
  console.log(`examples:update: ${example} → ${output.split("\n").length - 1} lines`);
}
