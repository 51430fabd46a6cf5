import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { validateDataset, type Dataset } from "../../src/schema/index.js";
import { loadAuthoredDataset } from "../../scripts/lib/load-data.js";
import { SOURCES_DIR } from "../../scripts/lib/paths.js";

/** The authored data/ files, validated; throws with every problem when they are not valid. */
export function authoredDataset(): Dataset {
  const result = validateDataset(loadAuthoredDataset());
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.dataset;
}

/** A deep, mutable copy of the authored data, for tests that break it on purpose. */
export function mutableCopy(): Record<string, any> {
  return structuredClone(loadAuthoredDataset()) as Record<string, any>;
}

/** Whether every document the authored sources list is in the documents folder (tests that read them run only then). */
export function documentsPresent(dataset: Dataset = authoredDataset()): boolean {
  return dataset.sources.every((source) => existsSync(resolve(SOURCES_DIR, source.file)));
}
