import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./paths.js";

/** The runnable examples: one short program per question a user asked, each with the output it must print. */
export const EXAMPLES_DIR = resolve(ROOT, "examples");

/** The example programs (`NN-name.ts`), in order. */
export function listExamples(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => /^\d\d-[a-z0-9-]+\.ts$/.test(file))
    .sort();
}

/** The file holding the output an example must print: `NN-name.expected.txt`. */
export function expectedOutputFile(example: string): string {
  return resolve(EXAMPLES_DIR, example.replace(/\.ts$/, ".expected.txt"));
}
