#!/usr/bin/env node
/**
 * The `vietnam-us-relations` command (the package's `bin`): `vietnam-us-relations diff <old> <new> [--json]
 * [--fail-on <level>]` shows what changed between two dataset versions without cloning the repository. Built
 * into dist/cli.js on its own; the main entry never imports it. The command line itself is in ./run.ts.
 */
import { readFileSync } from "node:fs";
import { cleanUpOnSignals } from "./cleanup.js";
import { runCli } from "./run.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { name: string; version: string };
cleanUpOnSignals();
process.exitCode = await runCli(process.argv.slice(2), { pkg, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
