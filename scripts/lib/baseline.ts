import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DiffSide } from "../../src/diff/data-diff.js";
import { ROOT } from "./paths.js";

/** Where the data of the last released version is kept (by `npm run release`), so diffs work offline and in CI. */
export const BASELINE_DIR = resolve(ROOT, "baseline");

/** The last released dataset and its schema; before the first release, an empty dataset at version 0.0.0. */
export function readBaseline(): DiffSide & { dataset: { version: string } } {
  const datasetFile = resolve(BASELINE_DIR, "dataset.json");
  if (!existsSync(datasetFile)) return { dataset: { version: "0.0.0" } };
  const schemaFile = resolve(BASELINE_DIR, "schema.json");
  return {
    dataset: JSON.parse(readFileSync(datasetFile, "utf8")) as { version: string },
    schema: existsSync(schemaFile) ? (JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>) : undefined,
  };
}

/** Records a released dataset and its schema as the new baseline. */
export function writeBaseline(dataset: { version: string }, schema: Record<string, unknown>): void {
  mkdirSync(BASELINE_DIR, { recursive: true });
  writeFileSync(resolve(BASELINE_DIR, "dataset.json"), `${JSON.stringify(dataset, null, 2)}\n`);
  writeFileSync(resolve(BASELINE_DIR, "schema.json"), `${JSON.stringify(schema, null, 2)}\n`);
}
