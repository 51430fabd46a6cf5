import { validateDataset, type Dataset } from "../../src/schema/index.js";
import { loadAuthoredDataset } from "../../scripts/lib/load-data.js";

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
