/**
 * The command line of `vietnam-us-relations`, apart from the process it runs in (./main.ts), so that tests run it
 * in-process: arguments in, text out, an exit code back.
 *
 * Exit codes: 0 done; 1 a side could not be read or fetched, or the output could not be written; 2 a wrong
 * command line; 3 (`FAIL_ON_EXIT_CODE`) the required bump is at or above `--fail-on`.
 */
import { parseArgs } from "node:util";
import { bumpReaches } from "../diff/bump.js";
import { diffDatasets } from "../diff/data-diff.js";
import { DiffInputError } from "../diff/errors.js";
import { formatDiff } from "../diff/format.js";
import { escapeControl, type Output, shown, toSafeJson, writeAll } from "./output.js";
import { DEFAULT_FETCH_TIMEOUT_SECONDS, resolveSide, SideError } from "./sides.js";

/** The exit code of `diff --fail-on <level>` when the required bump is at or above the level. */
export const FAIL_ON_EXIT_CODE = 3;

const LEVELS = ["patch", "minor", "major"] as const;

/** The `--help` text. */
export const USAGE = `Usage: vietnam-us-relations diff <old> <new> [--json] [--fail-on <patch|minor|major>]

Shows what changed in the dataset between two versions: the ids added, removed,
deprecated and changed in each collection, each changed field, and the semver
bump the versioning policy requires.

Each of <old> and <new> is one of:
  a version or range             fetched with npm, run in this folder (its .npmrc,
                                 your npm config, registry and credentials),
                                 e.g. 0.1.0, ^0.2
  a dist-tag                     latest, or vietnam-us-relations@<tag>
  a packed tarball               e.g. ./vietnam-us-relations-0.1.0.tgz
  a directory                    holding dataset.json, dist/dataset.json
                                 (e.g. node_modules/vietnam-us-relations)
  a dataset.json file

Options:
  --json                   print the comparison as JSON
  --fail-on <level>        exit with code ${FAIL_ON_EXIT_CODE} when the required bump is <level>
                           (patch, minor or major) or above: a CI gate
  --fetch-timeout <s>      stop npm after this many seconds (default ${DEFAULT_FETCH_TIMEOUT_SECONDS})
  -h, --help               show this help
  -v, --version            print the version of this package

Exit codes: 0 done, 1 a side cannot be read or fetched (or the output cannot
be written), 2 a wrong command line, ${FAIL_ON_EXIT_CODE} the bump reaches --fail-on.

Example:
  npx vietnam-us-relations diff 1.0.0 ./candidate.tgz --fail-on major`;

/** A mistake in the command line: reported with the usage line and exit code 2. */
class UsageError extends Error {}

/** What a run of the command needs from the world. */
export interface CliContext {
  /** This package's name and version. */
  readonly pkg: { readonly name: string; readonly version: string };
  readonly stdout: Output;
  readonly stderr: Output;
  /** The user's folder: where relative paths are read from and npm runs. */
  readonly cwd: string;
}

async function diffCommand(argv: readonly string[], context: CliContext): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: "boolean", default: false },
        "fail-on": { type: "string" },
        "fetch-timeout": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return print(context, `${USAGE}\n`);
  if (values.version) return print(context, `${context.pkg.version}\n`);
  const [command, ...sides] = positionals;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "diff") throw new UsageError(`unknown command "${shown(command)}"`);
  if (sides.length !== 2) throw new UsageError(`diff needs exactly two sides, <old> and <new>; got ${sides.length}`);
  const failOn = values["fail-on"];
  if (failOn !== undefined && !(LEVELS as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on takes patch, minor or major, not "${shown(failOn)}"`);
  const timeout = values["fetch-timeout"] === undefined ? DEFAULT_FETCH_TIMEOUT_SECONDS : Number(values["fetch-timeout"]);
  if (!(timeout > 0 && timeout <= 3600)) throw new UsageError(`--fetch-timeout takes a number of seconds from 1 to 3600, not "${shown(values["fetch-timeout"] ?? "")}"`);
  const options = { cwd: context.cwd, timeoutMs: Math.round(timeout * 1000) };
  const before = await resolveSide(sides[0]!, context.pkg.name, options);
  const after = await resolveSide(sides[1]!, context.pkg.name, options);
  const result = diffDatasets(before, after);
  const text = values.json ? `${toSafeJson(result)}\n` : `${formatDiff(result, { maxIds: 50 }).map(escapeControl).join("\n")}\n`;
  const written = await print(context, text);
  if (written !== 0) return written;
  return failOn !== undefined && bumpReaches(result.bump, failOn as (typeof LEVELS)[number]) ? FAIL_ON_EXIT_CODE : 0;
}

async function print(context: CliContext, text: string): Promise<number> {
  try {
    await writeAll(context.stdout, text);
    return 0;
  } catch (error) {
    await complain(context, `vietnam-us-relations: could not write the output: ${(error as Error).message}`);
    return 1;
  }
}

async function complain(context: CliContext, message: string): Promise<void> {
  const text = `${message.split("\n").map(escapeControl).join("\n")}\n`;
  await writeAll(context.stderr, text).catch(() => {});
}

/**
 * Runs the command with `argv` (the arguments after the program name) and answers the exit code; never throws.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), { pkg, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * ```
 */
export async function runCli(argv: readonly string[], context: CliContext): Promise<number> {
  try {
    return await diffCommand(argv, context);
  } catch (error) {
    if (error instanceof UsageError) {
      await complain(context, `vietnam-us-relations: ${error.message}\nRun "vietnam-us-relations --help" for usage.`);
      return 2;
    }
    if (error instanceof SideError || error instanceof DiffInputError) {
      await complain(context, `vietnam-us-relations: ${error.message}`);
      return 1;
    }
    // A bug, not a user mistake: still one line, with a pointer for the report.
    await complain(context, `vietnam-us-relations: unexpected error: ${(error as Error)?.message ?? String(error)}\nPlease report it with the command you ran.`);
    return 1;
  }
}
