/**
 * Where each side of `vietnam-us-relations diff` comes from: a directory or file on disk (a packed tarball, a
 * `dataset.json`, a folder holding one), or a published version, range or tag fetched with `npm pack` — that is,
 * with the user's own npm configuration, registry and credentials.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { DiffSide } from "../diff/data-diff.js";
import { readTarball } from "./tar.js";

/**
 * A problem the user can fix (a bad argument, a missing file, an unreachable version): the command prints its
 * message alone, without a stack trace.
 *
 * @example
 * ```ts
 * throw new SideError("./old.tgz does not exist");
 * ```
 */
export class SideError extends Error {
  override readonly name = "SideError";
}

/** A side and where it came from, for the report. */
export interface ResolvedSide extends DiffSide {
  /** What the user asked for, e.g. `1.0.0` or `./old.tgz`. */
  readonly label: string;
}

function parseJson(bytes: Uint8Array | string, what: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(typeof bytes === "string" ? bytes : new TextDecoder().decode(bytes));
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value as Record<string, unknown>;
  } catch (error) {
    throw new SideError(`${what} is not a JSON object (${(error as Error).message})`);
  }
}

function fromDatasetFile(file: string, label: string): ResolvedSide {
  const schemaFile = join(dirname(file), "schema.json");
  return {
    label,
    dataset: parseJson(readFileSync(file, "utf8"), file),
    schema: existsSync(schemaFile) ? parseJson(readFileSync(schemaFile, "utf8"), schemaFile) : undefined,
  };
}

function fromTarball(file: string, label: string): ResolvedSide {
  let files: Map<string, Uint8Array>;
  try {
    files = readTarball(readFileSync(file));
  } catch (error) {
    throw new SideError(`${label}: ${(error as Error).message}`);
  }
  const datasetPath = [...files.keys()].find((path) => /^[^/]+\/dist\/dataset\.json$/.test(path));
  if (datasetPath === undefined) throw new SideError(`${label} holds no <package>/dist/dataset.json: is it a vietnam-us-relations tarball?`);
  const schema = files.get(datasetPath.replace(/dataset\.json$/, "schema.json"));
  return {
    label,
    dataset: parseJson(files.get(datasetPath)!, `${label}: ${datasetPath}`),
    schema: schema === undefined ? undefined : parseJson(schema, `${label}: schema.json`),
  };
}

/** The folders inside a directory where a dataset.json may be, in order. */
const DATASET_LOCATIONS = ["dataset.json", "dist/dataset.json", "baseline/dataset.json", "package/dist/dataset.json"];

/**
 * Reads a side from disk: a packed tarball (`.tgz`), a `dataset.json` (with the `schema.json` beside it, if any), or
 * a directory holding `dataset.json`, `dist/dataset.json` (an installed package or a build) or `baseline/dataset.json`.
 * Returns undefined when the path does not exist.
 *
 * @example
 * ```ts
 * const side = readSideFromPath("node_modules/vietnam-us-relations");
 * ```
 */
export function readSideFromPath(path: string): ResolvedSide | undefined {
  const target = resolve(path);
  if (!existsSync(target)) return undefined;
  if (statSync(target).isFile()) {
    if (/\.(tgz|tar\.gz)$/i.test(target)) return fromTarball(target, path);
    return fromDatasetFile(target, path);
  }
  for (const candidate of DATASET_LOCATIONS) {
    const file = join(target, candidate);
    if (existsSync(file)) return fromDatasetFile(file, path);
  }
  throw new SideError(`${path} holds no dataset.json (looked for ${DATASET_LOCATIONS.join(", ")})`);
}

/** A dist-tag, version or range as npm accepts them (`1.2.0`, `^1.2`, `>=1 <2`, `1.x`, `latest`). */
const VERSION_SPEC = /^[0-9A-Za-z.^~<>=|*+\s-]+$/;

/** Why npm failed, in its own words, without the log-file lines. */
function npmReason(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, "").trim())
    .map((line) => line.replace(/^\d{3}\s+/, ""))
    .filter((line) => line && !/^(code \w+|\d{3})$|complete log of this run/i.test(line));
  return lines.slice(0, 2).join("\n  ") || "npm gave no reason";
}

/**
 * Fetches `<packageName>@<spec>` with `npm pack` (the user's npm, configuration and registry) into a temporary
 * folder, reads it and deletes the folder.
 *
 * @example
 * ```ts
 * const side = fetchPublishedSide("vietnam-us-relations", "0.1.0");
 * ```
 */
export function fetchPublishedSide(packageName: string, spec: string): ResolvedSide {
  const request = `${packageName}@${spec}`;
  const directory = mkdtempSync(join(tmpdir(), "vur-diff-"));
  try {
    // npm is a .cmd script on Windows, which only a shell can start; the spec (no quotes in it, see VERSION_SPEC) is
    // quoted there so that a range such as "1 || 2" is not a pipe.
    const windows = process.platform === "win32";
    const args = ["pack", windows ? `"${request}"` : request, "--pack-destination", windows ? `"${directory}"` : directory, "--ignore-scripts", "--loglevel=error"];
    const result = spawnSync("npm", args, {
      cwd: directory,
      encoding: "utf8",
      shell: windows,
      timeout: 300_000,
    });
    if (result.error) throw new SideError(`could not run npm to fetch ${request}: ${result.error.message}`);
    const tarball = readdirSync(directory).find((file) => file.endsWith(".tgz"));
    if (result.status !== 0 || tarball === undefined) {
      throw new SideError(`could not fetch ${request} from the npm registry:\n  ${npmReason(result.stderr ?? "")}`);
    }
    return fromTarball(join(directory, tarball), request);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/**
 * One side of the command, from what the user typed: an existing path is read from disk; anything else that looks
 * like a version, range or dist-tag (optionally as `<packageName>@<spec>`) is fetched from the registry.
 *
 * @example
 * ```ts
 * const [before, after] = ["0.1.0", "./vietnam-us-relations-0.2.0.tgz"].map((arg) => resolveSide(arg, "vietnam-us-relations"));
 * ```
 */
export function resolveSide(argument: string, packageName: string): ResolvedSide {
  const fromDisk = readSideFromPath(argument);
  if (fromDisk) return fromDisk;
  const spec = argument.startsWith(`${packageName}@`) ? argument.slice(packageName.length + 1) : argument;
  if (/[/\\]|\.(tgz|tar\.gz|json)$/i.test(spec)) throw new SideError(`${argument} does not exist`);
  if (spec.trim() === "" || !VERSION_SPEC.test(spec)) {
    throw new SideError(`"${argument}" is neither an existing file or directory nor a version, range or tag of ${packageName}`);
  }
  return fetchPublishedSide(packageName, spec.trim());
}
