import { spawn } from "node:child_process";
import { execFileSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { tarball } from "../helpers/tarball.js";
import { childEnv } from "./helpers.js";

/**
 * The packed command (dist/cli.js of the tarball) in a child process, on inputs that hung it, crashed it or left
 * files behind before it treated every side as hostile: a FIFO, a link to /dev/zero, a tar header with a negative
 * size, a schema pattern that backtracks catastrophically, a registry that never answers (named only in the
 * project's .npmrc), SIGTERM during a fetch, and a full disk on stdout. Each child is killed after a bound and
 * every server listens on 127.0.0.1 and is closed in afterAll.
 */

const BOUND_MS = 30_000;
const cliPath = join(inject("packedPackageDir"), "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "vur-cli-hostile-"));
const shipped = JSON.parse(readFileSync(join(inject("packedPackageDir"), "dist", "dataset.json"), "utf8")) as Record<string, any>;
const shippedSchema = JSON.parse(readFileSync(join(inject("packedPackageDir"), "dist", "schema.json"), "utf8")) as Record<string, any>;

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the command; `outcome` settles when it ends or, killed, after BOUND_MS. */
function start(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; stdout?: number } = {}) {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? work,
    env: options.env ?? childEnv(),
    stdio: ["ignore", options.stdout ?? "pipe", "pipe"],
  });
  let [stdout, stderr] = ["", ""];
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill("SIGKILL"), BOUND_MS);
  const outcome = new Promise<Outcome>((resolve) =>
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
  return { child, outcome };
}
const runCli = (args: readonly string[], options?: Parameters<typeof start>[1]) => start(args, options).outcome;

let folders = 0;
function sideFolder(dataset: unknown, schema?: unknown): string {
  const folder = join(work, `side-${(folders += 1)}`);
  mkdirSync(folder);
  writeFileSync(join(folder, "dataset.json"), JSON.stringify(dataset));
  if (schema !== undefined) writeFileSync(join(folder, "schema.json"), JSON.stringify(schema));
  return folder;
}

/** A TCP server on 127.0.0.1 that accepts connections and never answers: a registry gone silent. */
let silent: Server;
let silentPort = 0;
let connections = 0;
const sockets = new Set<Socket>();

/** A project folder whose .npmrc alone names the silent registry; npm's user config is an empty file. */
let project: string;
let npmEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  silent = createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentPort = (silent.address() as { port: number }).port;
  project = join(work, "project");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "ci-project", version: "1.0.0", private: true }));
  writeFileSync(join(project, ".npmrc"), `registry=http://127.0.0.1:${silentPort}/\n`);
  writeFileSync(join(work, "empty-npmrc"), "");
  const env = childEnv({ npm_config_userconfig: join(work, "empty-npmrc"), npm_config_cache: join(work, "npm-cache"), npm_config_update_notifier: "false" });
  for (const key of Object.keys(env)) if (/^npm_config_(registry|globalconfig)$/i.test(key)) delete env[key];
  npmEnv = env;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => (silent ? silent.close(() => resolve()) : resolve()));
  rmSync(work, { recursive: true, force: true });
});

describe("the packed diff command on special files and hostile tarballs (each bounded at 30 s)", { timeout: BOUND_MS + 10_000 }, () => {
  const base = () => sideFolder(shipped, shippedSchema);

  test.skipIf(process.platform === "win32")("a dataset.json that is a FIFO is refused, not waited on", async () => {
    const folder = join(work, "fifo");
    mkdirSync(folder);
    execFileSync("mkfifo", [join(folder, "dataset.json")]);
    const result = await runCli(["diff", base(), folder]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: `vietnam-us-relations: ${join(folder, "dataset.json")} is a FIFO (named pipe), not a file: refused\n` });
  });

  test.skipIf(!existsSync("/dev/zero"))("a dataset.json linked to /dev/zero is refused before a byte is read", async () => {
    const folder = join(work, "zero");
    mkdirSync(folder);
    symlinkSync("/dev/zero", join(folder, "dataset.json"));
    const result = await runCli(["diff", base(), folder]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: `vietnam-us-relations: ${join(folder, "dataset.json")} is a character device, not a file: refused\n` });
  });

  test("a tar header with a negative size ends with a reason instead of looping", async () => {
    const file = join(work, "negative.tgz");
    writeFileSync(file, tarball([{ path: "package/dist/dataset.json", data: "{}", sizeField: "-0000001000\0" }]));
    const result = await runCli(["diff", base(), file]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr).toBe(`vietnam-us-relations: ${file}: not a valid tarball (the header at byte 0 has the size field "-0000001000")\n`);
  });

  test("a catastrophically backtracking pattern in the new side's schema.json is compared, never run", async () => {
    const schema = structuredClone(shippedSchema);
    schema.$defs.Event.properties.id.pattern = "^(a+)+$";
    const data = structuredClone(shipped);
    data.events[0].id = `${"a".repeat(40)}!`;
    const result = await runCli(["diff", sideFolder(data, shippedSchema), sideFolder(data, schema)]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
    expect(result.stdout).toContain("  major: validation pattern changed: Event.id\n");
  });

  test.skipIf(!existsSync("/dev/full"))("--json > /dev/full exits 1 and says why", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const result = await runCli(["diff", base(), base(), "--json"], { stdout: full });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^vietnam-us-relations: could not write the output: ENOSPC/);
    } finally {
      closeSync(full);
    }
  });
});

describe("the packed diff command fetching from a registry that never answers, named only in the project's .npmrc", { timeout: 2 * BOUND_MS + 10_000 }, () => {
  test("asks the project's registry (not the default one) and gives up after --fetch-timeout", async () => {
    const before = connections;
    const result = await runCli(["diff", "1.0.0", "1.0.1", "--fetch-timeout", "4"], { cwd: project, env: npmEnv });
    expect(connections).toBeGreaterThan(before);
    expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 1, stdout: "" });
    expect(result.stderr).toBe(
      "vietnam-us-relations: npm did not fetch vietnam-us-relations@1.0.0 within 4 s (is the registry answering?); stopped. Allow longer with --fetch-timeout <seconds>\n",
    );
  });

  test.skipIf(process.platform === "win32")("SIGTERM during the fetch stops npm and leaves no vur-diff-* folder behind", async () => {
    const temporary = mkdtempSync(join(work, "tmp-"));
    const before = connections;
    const { child, outcome } = start(["diff", "1.0.0", "1.0.1", "--fetch-timeout", "25"], { cwd: project, env: { ...npmEnv, TMPDIR: temporary } });
    // npm has connected: the command is inside its fetch, with its temporary folder made.
    for (let waited = 0; connections === before && waited < BOUND_MS; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(temporary).filter((name) => name.startsWith("vur-diff-"))).toHaveLength(1);
    child.kill("SIGTERM");
    const result = await outcome;
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 143, signal: null });
    expect(readdirSync(temporary).filter((name) => name.startsWith("vur-diff-"))).toEqual([]);
  });
});
