/**
 * Shared helpers of the packaging suite (tests/package/*.test.ts). The suite works on the tarball that
 * tests/setup/pack.ts makes once per run; these helpers run commands, install that tarball into throw-away
 * consumer projects, read the `exports` map and fetch the extra Node versions the suite runs under.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { extname, join, relative, resolve, sep } from "node:path";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");

// ---------------------------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------------------------

export interface RunResult {
  command: string;
  cwd: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the command after this long (default 120 s). */
  timeoutMs?: number;
}

/** npm settings passed on to the suite's own npm commands: where and how to fetch, nothing about this project. */
const KEPT_NPM_CONFIG = /^npm_config_(cache|registry|userconfig|globalconfig|cafile|ca|cert|key|proxy|https_proxy|noproxy|strict_ssl|offline|prefer_offline|prefer_online|fetch_.*|.*:registry)$/i;

/**
 * The environment for commands the suite starts: ours, less what `npm test` and vitest put in it (npm exports
 * its whole config to scripts, `prefix` and `local_prefix` included), so that a consumer's `npm install` or
 * `node` does not inherit the repository's settings. npm settings about fetching (cache, registry, proxy…) stay.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && !KEPT_NPM_CONFIG.test(key)) continue;
    if (/^(VITEST|NODE_OPTIONS$|NODE_ENV$|INIT_CWD$|TEST$)/i.test(key)) continue;
    env[key] = value;
  }
  env["npm_config_update_notifier"] = "false";
  return { ...env, ...extra };
}

/** Runs a command to its end; never throws for a non-zero exit (see `runOk`). */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const { cwd, env = childEnv(), timeoutMs = 120_000 } = options;
  const shown = [command, ...args].map((part) => (/[\s"']/.test(part) ? JSON.stringify(part) : part)).join(" ");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start \`${shown}\` in ${cwd}: ${error.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        command: shown,
        cwd,
        code,
        signal,
        timedOut,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

function clip(text: string, max = 12_000): string {
  return text.length <= max ? text : `${text.slice(0, max / 2)}\n[… ${text.length - max} characters cut …]\n${text.slice(-max / 2)}`;
}

/** A command's result as a failure message: the command, where, how it ended, and both outputs. */
export function formatRun(result: RunResult, headline = "command failed"): string {
  const ending = result.timedOut ? "timed out" : result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  return [
    `${headline}: \`${result.command}\` (${ending})`,
    `cwd: ${result.cwd}`,
    `--- stdout ---`,
    clip(result.stdout.trimEnd()) || "(empty)",
    `--- stderr ---`,
    clip(result.stderr.trimEnd()) || "(empty)",
  ].join("\n");
}

/** Runs a command and throws, with its outputs in the message, unless it exits with code 0. */
export async function runOk(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(formatRun(result));
  return result;
}

/** The JS file of a dev dependency's bin, to run with `process.execPath` (no reliance on PATH or shebangs). */
export function devBin(packageName: string, binName: string): string {
  const dir = join(ROOT, "node_modules", packageName);
  const { bin } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { bin: string | Record<string, string> };
  const file = typeof bin === "string" ? bin : bin[binName];
  if (file === undefined) throw new Error(`${packageName} has no bin named ${binName}`);
  return join(dir, file);
}

// ---------------------------------------------------------------------------------------------------------------
// The packed package
// ---------------------------------------------------------------------------------------------------------------

export interface PackageJson {
  name: string;
  version: string;
  type?: string;
  main?: string;
  module?: string;
  types?: string;
  exports?: unknown;
  [key: string]: unknown;
}

export function readPackageJson(packageDir: string): PackageJson {
  return JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as PackageJson;
}

/** Every file under `dir`, as sorted POSIX paths relative to it. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return files.sort();
}

/** How a subpath is loaded: as a JS module, as JSON (import attributes / require), or only resolved (CSV…). */
export type ExportKind = "module" | "json" | "file";

export interface ExportEntry {
  /** The key in `exports`, e.g. `"."` or `"./schemas"` (wildcards expanded against the package's files). */
  subpath: string;
  /** For a subpath expanded from a wildcard, the key it came from (`"./data/*.json"`). */
  pattern?: string;
  /** What a user writes: `vietnam-us-relations/schemas`. */
  specifier: string;
  /** The file Node loads for `import` (conditions import, node, default), or null if none. */
  import: string | null;
  /** The file Node loads for `require` (conditions require, node, default), or null if none. */
  require: string | null;
  /** The declaration files TypeScript picks for each, or null if none. */
  types: { import: string | null; require: string | null };
  kind: ExportKind;
}

/** Resolves one `exports` value for a set of conditions, as Node does (first matching key, in object order). */
export function resolveTarget(value: unknown, conditions: readonly string[]): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const target = resolveTarget(item, conditions);
      if (target !== null) return target;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, nested] of Object.entries(value)) {
      if (key === "default" || conditions.includes(key)) {
        const target = resolveTarget(nested, conditions);
        if (target !== null) return target;
      }
    }
  }
  return null;
}

function substituteStar(value: unknown, star: string): unknown {
  if (typeof value === "string") return value.replaceAll("*", star);
  if (Array.isArray(value)) return value.map((item) => substituteStar(item, star));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, nested]) => [key, substituteStar(nested, star)]));
  }
  return value;
}

function kindOf(target: string): ExportKind {
  const extension = extname(target);
  if (extension === ".json") return "json";
  if ([".js", ".mjs", ".cjs"].includes(extension)) return "module";
  return "file";
}

/**
 * Every public subpath of the package, read from its `exports` map, so that a subpath added there is tested
 * without touching the tests. Wildcard subpaths (`"./data/*.json"`) are expanded to the files that match in
 * `packageDir`; subpaths mapped to null (private) are left out.
 */
export function readExports(packageDir: string): ExportEntry[] {
  const pkg = readPackageJson(packageDir);
  const field = pkg.exports;
  if (field === undefined) throw new Error(`${pkg.name} has no "exports" field`);
  const isSubpathMap =
    typeof field === "object" && field !== null && !Array.isArray(field) && Object.keys(field).every((key) => key.startsWith("."));
  const map: Record<string, unknown> = isSubpathMap ? (field as Record<string, unknown>) : { ".": field };

  const concrete: [string, unknown, string | undefined][] = [];
  for (const [subpath, value] of Object.entries(map)) {
    if (!subpath.includes("*")) {
      concrete.push([subpath, value, undefined]);
      continue;
    }
    const pattern = resolveTarget(value, ["import", "node"]) ?? resolveTarget(value, ["require", "node"]);
    if (pattern === null) continue;
    const [prefix = "", suffix = ""] = pattern.replace(/^\.\//, "").split("*");
    const matches = listFiles(packageDir).filter(
      (file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length >= prefix.length + suffix.length,
    );
    if (matches.length === 0) throw new Error(`exports["${subpath}"] (${pattern}) matches no file in the package`);
    for (const file of matches) {
      const star = file.slice(prefix.length, file.length - suffix.length);
      concrete.push([subpath.replaceAll("*", star), substituteStar(value, star), subpath]);
    }
  }

  return concrete
    .filter(([, value]) => value !== null)
    .map(([subpath, value, pattern]): ExportEntry => {
      const importTarget = resolveTarget(value, ["import", "node"]);
      const requireTarget = resolveTarget(value, ["require", "node"]);
      return {
        subpath,
        ...(pattern === undefined ? {} : { pattern }),
        specifier: subpath === "." ? pkg.name : `${pkg.name}/${subpath.replace(/^\.\//, "")}`,
        import: importTarget,
        require: requireTarget,
        types: {
          import: resolveTarget(value, ["types", "import", "node"]),
          require: resolveTarget(value, ["types", "require", "node"]),
        },
        kind: kindOf(importTarget ?? requireTarget ?? subpath),
      };
    });
}

// ---------------------------------------------------------------------------------------------------------------
// Consumer projects
// ---------------------------------------------------------------------------------------------------------------

export interface Consumer {
  /** The project folder, in os.tmpdir(). */
  dir: string;
  /** Where the package got installed: `<dir>/node_modules/<name>`. */
  packageDir: string;
  /** The installed package's package.json. */
  pkg: PackageJson;
  remove(): Promise<void>;
}

/**
 * zod as the repository pins it, for consumers that use `vietnam-us-relations/schemas`: zod is an optional peer
 * dependency there, which npm does not install by itself.
 */
export const ZOD = `zod@${(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> }).devDependencies["zod"]}`;

/**
 * A fresh project in os.tmpdir() with the tarball installed the way a user would (`npm install <tarball>`), with
 * `alongside` (e.g. {@link ZOD}) installed in the same command, from the registry or npm's cache. Call `remove()`
 * when done.
 */
export async function createConsumer(
  label: string,
  tarball: string,
  packageJson: Record<string, unknown> = {},
  alongside: readonly string[] = [],
): Promise<Consumer> {
  const dir = await mkdtemp(join(tmpdir(), `vietnam-us-relations-${label}-`));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await writeFile(
      join(dir, "package.json"),
      `${JSON.stringify({ name: `consumer-${label}`, version: "1.0.0", private: true, ...packageJson }, null, 2)}\n`,
    );
    const result = await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, ...alongside], {
      cwd: dir,
      timeoutMs: 240_000,
    });
    if (result.code !== 0) throw new Error(formatRun(result, `installing the packed tarball into a consumer failed`));
    const installed = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
    const name = Object.entries(installed.dependencies ?? {}).find(([, spec]) => spec.startsWith("file:"))?.[0];
    if (name === undefined) throw new Error(`npm install added no dependency to ${dir}/package.json`);
    const packageDir = join(dir, "node_modules", name);
    return { dir, packageDir, pkg: readPackageJson(packageDir), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Node binaries
// ---------------------------------------------------------------------------------------------------------------

/** The Node majors every consumer script runs under: the oldest in `engines` and the newer LTS lines. */
export const NODE_MAJORS = [20, 22, 24] as const;

/** Where Node binaries from the npm registry are kept between runs (outside the repository). */
export const NODE_CACHE_DIR = process.env["VIETNAM_US_RELATIONS_CACHE"] ?? join(homedir(), ".cache", "vietnam-us-relations");

async function nodeVersion(binary: string): Promise<string | null> {
  const result = await run(binary, ["--version"], { cwd: tmpdir(), timeoutMs: 30_000 }).catch(() => null);
  return result?.code === 0 ? result.stdout.trim() : null;
}

function majorOf(version: string): number {
  return Number(/^v?(\d+)\./.exec(version)?.[1]);
}

/**
 * A Node binary of the given major: this process's own Node if it is that major, else `node-<os>-<arch>@<major>`
 * from the npm registry, installed once into NODE_CACHE_DIR/node-<major> and reused by later runs. The install
 * goes to a temporary sibling folder that is renamed into place, so a half-done or concurrent install never
 * leaves a broken cache behind.
 */
export async function nodeBinary(major: number): Promise<string> {
  if (majorOf(process.version) === major) return process.execPath;
  const packageName = `node-${process.platform}-${process.arch}`;
  const dir = join(NODE_CACHE_DIR, `node-${major}`);
  const binaryIn = (root: string) => join(root, "node_modules", packageName, "bin", "node");
  const cached = await nodeVersion(binaryIn(dir));
  if (cached !== null && majorOf(cached) === major) return binaryIn(dir);

  await mkdir(NODE_CACHE_DIR, { recursive: true });
  const staging = await mkdtemp(join(NODE_CACHE_DIR, `.node-${major}-`));
  try {
    await writeFile(join(staging, "package.json"), `${JSON.stringify({ name: `node-${major}-cache`, private: true })}\n`);
    const result = await run(
      "npm",
      ["install", "--ignore-scripts", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", `${packageName}@${major}`],
      { cwd: staging, timeoutMs: 300_000 },
    );
    if (result.code !== 0) throw new Error(formatRun(result, `installing Node ${major} from the npm registry failed`));
    const installed = await nodeVersion(binaryIn(staging));
    if (installed === null || majorOf(installed) !== major) {
      throw new Error(`${packageName}@${major} installed a binary reporting ${installed ?? "nothing"}, not Node ${major}`);
    }
    if (existsSync(dir)) await rm(dir, { recursive: true, force: true });
    try {
      await rename(staging, dir);
    } catch {
      // Another run put a cache in place meanwhile: use it if it works.
      if ((await nodeVersion(binaryIn(dir))) === null) throw new Error(`could not move Node ${major} into ${dir}`);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return binaryIn(dir);
}
