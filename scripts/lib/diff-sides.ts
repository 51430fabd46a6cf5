import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { DiffSide } from "../../src/diff/data-diff.js";

/** A side read from disk: its dataset and schema as the JSON objects they are. */
export interface ReadSide extends DiffSide {
  readonly dataset: Record<string, unknown>;
  readonly schema?: Record<string, unknown> | undefined;
}
import { readSideFromPath } from "../../src/cli/sides.js";
import { COLLECTIONS } from "./load-data.js";

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** Authored collection files (`data/<collection>.json`), with the version from the nearest package.json. */
function fromCollectionFiles(directory: string): ReadSide {
  const dataset: Record<string, unknown> = {};
  const packageFile = [join(directory, "package.json"), join(directory, "..", "package.json")].find(existsSync);
  if (packageFile) dataset.version = readJson(packageFile).version;
  for (const name of COLLECTIONS) {
    const file = join(directory, `${name}.json`);
    if (existsSync(file)) dataset[name] = JSON.parse(readFileSync(file, "utf8"));
  }
  return { dataset };
}

/**
 * Reads one side of a data diff from a path: what the `vietnam-us-relations diff` command reads (a `dataset.json`,
 * a packed tarball, a directory holding `dataset.json`, `dist/dataset.json` or `baseline/dataset.json`), plus, in
 * this repository, the authored `data/<collection>.json` files of a project root or of `data/` itself.
 */
export function readDiffSide(path: string): ReadSide {
  const target = resolve(path);
  const hasDatasetFile = ["", "dist", "baseline"].some((folder) => existsSync(join(target, folder, "dataset.json")));
  if (!hasDatasetFile && existsSync(join(target, "data", "sources.json"))) return fromCollectionFiles(join(target, "data"));
  if (!hasDatasetFile && existsSync(join(target, "sources.json"))) return fromCollectionFiles(target);
  const side = readSideFromPath(path);
  if (side === undefined) throw new Error(`data:diff: ${path} does not exist`);
  return side;
}
