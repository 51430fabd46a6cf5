#!/usr/bin/env node
/**
 * The `vietnam-us-relations` command (the package's `bin`): `vietnam-us-relations diff <old> <new> [--json]` shows
 * what changed between two dataset versions without cloning the repository. Built into dist/cli.js on its own;
 * the main entry never imports it.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { diffDatasets } from "../diff/data-diff.js";
import { formatDiff } from "../diff/format.js";
import { resolveSide, SideError } from "./sides.js";

const USAGE = `Usage: vietnam-us-relations diff <old> <new> [--json]

Shows what changed in the dataset between two versions: the ids added, removed,
deprecated and changed in each collection, each changed field, and the semver
bump the versioning policy requires.

Each of <old> and <new> is one of:
  a version, range or dist-tag   fetched with npm (your npm config and registry),
                                 e.g. 0.1.0, ^0.2, latest
  a packed tarball               e.g. ./vietnam-us-relations-0.1.0.tgz
  a directory                    holding dataset.json, dist/dataset.json
                                 (e.g. node_modules/vietnam-us-relations)
  a dataset.json file

Options:
  --json         print the comparison as JSON
  -h, --help     show this help
  -v, --version  print the version of this package

Example:
  npx vietnam-us-relations diff 0.1.0 0.2.0`;

interface PackageInfo {
  readonly name: string;
  readonly version: string;
}

function ownPackage(): PackageInfo {
  return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as PackageInfo;
}

/** A mistake in the command line: reported with the usage line and exit code 2. */
class UsageError extends Error {}

function run(argv: readonly string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const pkg = ownPackage();
  if (values.version) {
    console.log(pkg.version);
    return 0;
  }
  const [command, ...sides] = positionals;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "diff") throw new UsageError(`unknown command "${command}"`);
  if (sides.length !== 2) throw new UsageError(`diff needs exactly two sides, <old> and <new>; got ${sides.length}`);
  const [before, after] = sides.map((side) => resolveSide(side, pkg.name)) as [ReturnType<typeof resolveSide>, ReturnType<typeof resolveSide>];
  const result = diffDatasets(before, after);
  if (values.json) console.log(JSON.stringify({ old: before.label, new: after.label, ...result }, null, 2));
  else console.log(formatDiff(result, { maxIds: 50 }).join("\n"));
  return 0;
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`vietnam-us-relations: ${error.message}\nRun "vietnam-us-relations --help" for usage.`);
    process.exitCode = 2;
  } else if (error instanceof SideError) {
    console.error(`vietnam-us-relations: ${error.message}`);
    process.exitCode = 1;
  } else {
    // A bug, not a user mistake: still one line, with a pointer for the report.
    console.error(`vietnam-us-relations: unexpected error: ${(error as Error)?.message ?? String(error)}\nPlease report it with the command you ran.`);
    process.exitCode = 1;
  }
}
