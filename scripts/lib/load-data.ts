import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { collectionSchemas, type CollectionName } from "../../src/schema/index.js";
import { DATA_DIR, ROOT } from "./paths.js";

/** The collection names in file order. */
export const COLLECTIONS = Object.keys(collectionSchemas) as CollectionName[];

/** The path of a collection's authored JSON file (in `dataDir`, by default the project's `data/`). */
export function collectionFile(name: CollectionName, dataDir: string = DATA_DIR): string {
  return resolve(dataDir, `${name}.json`);
}

/** The package version, which is also the dataset version. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** Reads every authored collection (from `dataDir`, by default `data/`) plus the version, unvalidated, as the build sees it. */
export function loadAuthoredDataset(dataDir: string = DATA_DIR): Record<string, unknown> & { version: string } {
  const dataset: Record<string, unknown> & { version: string } = { version: packageVersion() };
  for (const name of COLLECTIONS) dataset[name] = JSON.parse(readFileSync(collectionFile(name, dataDir), "utf8"));
  return dataset;
}
