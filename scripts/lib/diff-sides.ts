import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { DiffSide } from "./data-diff.js";
import { COLLECTIONS } from "./load-data.js";

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

function withSchemaBeside(datasetFile: string): DiffSide {
  const schemaFile = join(dirname(datasetFile), "schema.json");
  return { dataset: readJson(datasetFile), schema: existsSync(schemaFile) ? readJson(schemaFile) : undefined };
}

/** Authored collection files (`data/<collection>.json`), with the version from the nearest package.json. */
function fromCollectionFiles(directory: string): DiffSide {
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
 * Reads one side of a data diff from a path: a `dataset.json` file; a packed tarball (`.tgz`); or a directory holding
 * `dataset.json`, `dist/dataset.json`, `baseline/dataset.json`, `data/<collection>.json` or the collection files
 * themselves. A `schema.json` beside the dataset file is read too.
 */
export function readDiffSide(path: string): DiffSide {
  const target = resolve(path);
  if (!existsSync(target)) throw new Error(`data:diff: ${path} does not exist`);
  if (statSync(target).isFile()) {
    if (/\.(tgz|tar\.gz)$/.test(target)) {
      const directory = mkdtempSync(join(tmpdir(), "vur-diff-"));
      try {
        execFileSync("tar", ["-xzf", target, "-C", directory]);
        return withSchemaBeside(join(directory, "package", "dist", "dataset.json"));
      } finally {
        rmSync(directory, { recursive: true, force: true });
      }
    }
    return withSchemaBeside(target);
  }
  for (const candidate of ["dataset.json", "dist/dataset.json", "baseline/dataset.json"]) {
    if (existsSync(join(target, candidate))) return withSchemaBeside(join(target, candidate));
  }
  if (existsSync(join(target, "data", "sources.json"))) return fromCollectionFiles(join(target, "data"));
  if (existsSync(join(target, "sources.json"))) return fromCollectionFiles(target);
  throw new Error(`data:diff: ${path} holds no dataset.json, dist/dataset.json or data/<collection>.json files`);
}
