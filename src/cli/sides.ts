/**
 * Where each side of `vietnam-us-relations diff` comes from: a directory or file on disk (a packed tarball, a
 * `dataset.json`, a folder holding one), or a published version, range or tag fetched with `npm pack` run in the
 * user's own folder — that is, with the project's and the user's npm configuration, registry and credentials.
 * Every side is untrusted: files are read under the limits of ./files.ts, npm is bounded in time.
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { DiffSide } from "../diff/data-diff.js";
import { makeTemporaryFolder, removeTemporaryFolder, trackChild } from "./cleanup.js";
import { decodeUtf8, formatBytes, MAX_INFLATED_BYTES, MAX_JSON_BYTES, MAX_TARBALL_BYTES, readRegularFile } from "./files.js";
import { shown } from "./output.js";
import { SideError } from "./side-error.js";
import { readTarball } from "./tar.js";

export { SideError };

/** A side and where it came from, for the report. */
export interface ResolvedSide extends DiffSide {
  /** What the user asked for, e.g. `1.0.0` or `./old.tgz`. */
  readonly label: string;
  readonly dataset: Record<string, unknown>;
  readonly schema?: Record<string, unknown> | undefined;
}

function parseJson(bytes: Uint8Array, what: string): Record<string, unknown> {
  const text = decodeUtf8(bytes, what);
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
    return value as Record<string, unknown>;
  } catch (error) {
    throw new SideError(`${what} is not a JSON object (${(error as Error).message})`);
  }
}

/** Whether something exists at `path` (a broken link does not). */
function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

function fromDatasetFile(file: string, label: string, bytes = readRegularFile(file, MAX_JSON_BYTES)): ResolvedSide {
  const schemaFile = join(dirname(file), "schema.json");
  return {
    label,
    dataset: parseJson(bytes, shown(file)),
    schema: exists(schemaFile) ? parseJson(readRegularFile(schemaFile, MAX_JSON_BYTES), shown(schemaFile)) : undefined,
  };
}

function fromTarball(bytes: Uint8Array, label: string): ResolvedSide {
  let files: Map<string, Uint8Array>;
  try {
    files = readTarball(bytes, MAX_INFLATED_BYTES);
  } catch (error) {
    throw new SideError(`${shown(label)}: ${(error as Error).message}`);
  }
  const datasetPath = [...files.keys()].find((path) => /^[^/]+\/dist\/dataset\.json$/.test(path));
  if (datasetPath === undefined) throw new SideError(`${shown(label)} holds no <package>/dist/dataset.json: is it a vietnam-us-relations tarball?`);
  const schemaPath = datasetPath.replace(/dataset\.json$/, "schema.json");
  const inside = (path: string) => {
    const data = files.get(path)!;
    if (data.length > MAX_JSON_BYTES) throw new SideError(`${shown(label)}: ${shown(path)} is ${formatBytes(data.length)}, over the limit of ${formatBytes(MAX_JSON_BYTES)}`);
    return parseJson(data, `${shown(label)}: ${shown(path)}`);
  };
  return { label, dataset: inside(datasetPath), schema: files.has(schemaPath) ? inside(schemaPath) : undefined };
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** The folders inside a directory where a dataset.json may be, in order. */
const DATASET_LOCATIONS = ["dataset.json", "dist/dataset.json", "baseline/dataset.json", "package/dist/dataset.json"];

/**
 * Reads a side from disk: a packed tarball (gzip, whatever its name), a `dataset.json` (with the `schema.json`
 * beside it, if any), or a directory holding `dataset.json`, `dist/dataset.json` (an installed package or a build)
 * or `baseline/dataset.json`. Returns undefined when the path does not exist; throws a SideError naming the file
 * when it is not a regular file, is over a size limit, is not UTF-8 or not a JSON object.
 *
 * @example
 * ```ts
 * const side = readSideFromPath("node_modules/vietnam-us-relations");
 * ```
 */
export function readSideFromPath(path: string, label = path): ResolvedSide | undefined {
  const target = resolve(path);
  if (!exists(target)) return undefined;
  if (statSync(target).isDirectory()) {
    const file = DATASET_LOCATIONS.map((candidate) => join(target, candidate)).find(exists);
    if (file === undefined) throw new SideError(`${shown(label)} holds no dataset.json (looked for ${DATASET_LOCATIONS.join(", ")})`);
    return fromDatasetFile(file, label);
  }
  const bytes = readRegularFile(target, Math.max(MAX_TARBALL_BYTES, MAX_JSON_BYTES));
  const gzipped = GZIP_MAGIC.every((byte, index) => bytes[index] === byte);
  if (gzipped || /\.(tgz|tar\.gz)$/i.test(target)) {
    if (bytes.length > MAX_TARBALL_BYTES) throw new SideError(`${shown(label)} is ${formatBytes(bytes.length)}, over the limit of ${formatBytes(MAX_TARBALL_BYTES)}`);
    return fromTarball(bytes, label);
  }
  return fromDatasetFile(target, label, bytes);
}

/** One comparator of a semver range: `1.2.0`, `^1.2`, `>=1`, `1.x`, `*`, `1.0.0-beta.1`. */
const COMPARATOR = /^(?:[<>]=?|=|~|\^)?v?(?:\d+|[xX*])(?:\.(?:\d+|[xX*])){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Whether `spec` is a version or a range as npm reads them (`1.2.0`, `^1.2`, `>=1 <2`, `1 || 2`, `1.0.0 - 1.2.0`).
 * Anything else — a dist-tag, a mistyped folder name — is not.
 *
 * @example
 * ```ts
 * isVersionOrRange(">=1 <2"); // true
 * isVersionOrRange("baselin"); // false
 * ```
 */
export function isVersionOrRange(spec: string): boolean {
  if (spec.length > 256) return false;
  return spec.split("||").every((alternative) => {
    const parts = alternative.replace(/([<>]=?|=|~|\^)\s+/g, "$1").trim().split(/\s+/);
    return parts[0] !== "" && parts.every((part, index) => (part === "-" ? index === 1 && parts.length === 3 : COMPARATOR.test(part)));
  });
}

/** A dist-tag as npm accepts one. */
const DIST_TAG = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Why npm failed, in its own words, without the log-file lines. */
function npmReason(stderr: string): string {
  const lines = stderr
    .split("\n")
    .map((line) => line.replace(/^npm (error|ERR!)\s*/, "").trim())
    .map((line) => line.replace(/^\d{3}\s+/, ""))
    .filter((line) => line && !/^(code \w+|\d{3})$|complete log of this run/i.test(line));
  return lines.slice(0, 2).map(shown).join("\n  ") || "npm gave no reason";
}

/** How a published side is fetched. */
export interface FetchOptions {
  /** The folder npm runs in, whose project `.npmrc` it reads: the user's working folder. */
  readonly cwd: string;
  /** How long npm may take in all, retries included, before it is stopped. */
  readonly timeoutMs: number;
}

/** The default of `--fetch-timeout`, in seconds. */
export const DEFAULT_FETCH_TIMEOUT_SECONDS = 60;

const MAX_NPM_OUTPUT = 64 * 1024;

/**
 * Fetches `<packageName>@<spec>` with `npm pack`, run in the user's folder (so that the project's `.npmrc`, its
 * registry, scopes and credentials apply) with `--pack-destination` a temporary folder; reads the tarball and
 * deletes the folder. npm retries once and is stopped after `timeoutMs`.
 *
 * @example
 * ```ts
 * const side = await fetchPublishedSide("vietnam-us-relations", "0.1.0", { cwd: process.cwd(), timeoutMs: 60_000 });
 * ```
 */
export async function fetchPublishedSide(packageName: string, spec: string, options: FetchOptions): Promise<ResolvedSide> {
  const request = `${packageName}@${spec}`;
  const directory = makeTemporaryFolder();
  try {
    // npm is a .cmd script on Windows, which only a shell can start; the spec (no quotes in it, see isVersionOrRange
    // and DIST_TAG) is quoted there so that a range such as "1 || 2" is not a pipe.
    const windows = process.platform === "win32";
    const quote = (text: string) => (windows ? `"${text}"` : text);
    const perRequest = Math.max(1000, Math.floor(options.timeoutMs / 3));
    const args = [
      "pack", quote(request), "--pack-destination", quote(directory), "--ignore-scripts", "--loglevel=error",
      "--fetch-retries=1", "--fetch-retry-mintimeout=1000", "--fetch-retry-maxtimeout=2000", `--fetch-timeout=${perRequest}`,
    ];
    const { code, stderr, timedOut, error } = await new Promise<{ code: number | null; stderr: string; timedOut: boolean; error?: Error }>((done) => {
      const child = spawn("npm", args, { cwd: options.cwd, shell: windows, stdio: ["ignore", "ignore", "pipe"] });
      trackChild(child);
      let stderr = "";
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGTERM");
      }, options.timeoutMs);
      child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
        if (stderr.length < MAX_NPM_OUTPUT) stderr += chunk;
      });
      child.once("error", (error) => {
        clearTimeout(timer);
        done({ code: null, stderr, timedOut, error });
      });
      child.once("close", (code) => {
        clearTimeout(timer);
        done({ code, stderr, timedOut });
      });
    });
    if (error) throw new SideError(`could not run npm to fetch ${shown(request)}: ${error.message}`);
    if (timedOut) {
      throw new SideError(`npm did not fetch ${shown(request)} within ${options.timeoutMs / 1000} s (is the registry answering?); stopped. Allow longer with --fetch-timeout <seconds>`);
    }
    const tarball = readdirSync(directory).find((file) => file.endsWith(".tgz"));
    if (code !== 0 || tarball === undefined) throw new SideError(`could not fetch ${shown(request)} from the npm registry:\n  ${npmReason(stderr)}`);
    return fromTarball(readRegularFile(join(directory, basename(tarball)), MAX_TARBALL_BYTES), request);
  } finally {
    removeTemporaryFolder(directory);
  }
}

/**
 * One side of the command, from what the user typed: an existing path is read from disk; a version or range, or
 * a dist-tag written `<packageName>@<tag>` (or `latest`), is fetched from the registry. Anything else — a
 * mistyped folder name — is refused rather than sent to the registry as a tag.
 *
 * @example
 * ```ts
 * const before = await resolveSide("0.1.0", "vietnam-us-relations", { cwd: process.cwd(), timeoutMs: 60_000 });
 * ```
 */
export async function resolveSide(argument: string, packageName: string, options: FetchOptions): Promise<ResolvedSide> {
  const fromDisk = readSideFromPath(resolve(options.cwd, argument), argument);
  if (fromDisk) return fromDisk;
  const prefixed = argument.startsWith(`${packageName}@`);
  const spec = (prefixed ? argument.slice(packageName.length + 1) : argument).trim();
  if (/[/\\]|\.(tgz|tar\.gz|json)$/i.test(spec)) throw new SideError(`${shown(argument)} does not exist`);
  if (isVersionOrRange(spec) || ((prefixed || spec === "latest") && DIST_TAG.test(spec))) return fetchPublishedSide(packageName, spec, options);
  throw new SideError(
    `${shown(argument)} is neither an existing file or directory nor a version or range of ${packageName}` +
      (DIST_TAG.test(spec) ? ` (for a dist-tag, write ${packageName}@${shown(spec)})` : ""),
  );
}
