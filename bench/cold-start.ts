/**
 * Cold starts: each sample is a fresh `node` process (the machine's node, the one running the bench) running one
 * script, timed from spawn to exit. Scripts are interleaved round by round — every round runs each script once,
 * starting one later in the list than the round before — so that drifts in machine load hit all scripts alike
 * and the samples of one round can be compared pairwise.
 *
 * Every script ends with `reportLine()`, which prints the process's CPU time so far (all threads, user + system)
 * and any in-process timings as JSON. CPU time leaves out the time a process waits for a core, so on a busy
 * machine it is far less noisy than wall time.
 */
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { pairedRatios, summarize, type Summary } from "./stats.js";

export interface Script {
  readonly name: string;
  readonly file: string;
}

export interface ColdRun {
  /** Spawn to exit, in milliseconds. */
  readonly wallMs: number;
  /** CPU time of the process up to its report line, in milliseconds. */
  readonly cpuMs: number;
  /** Other numbers the script reported (such as an in-process import time). */
  readonly reported: Readonly<Record<string, number>>;
}

/** Samples per script name, index i from round i. */
export type RoundSamples = ReadonlyMap<string, readonly ColdRun[]>;

export interface RunOptions {
  readonly rounds: number;
  /** Rounds run first and thrown away (file-system cache, CPU frequency). */
  readonly warmupRounds: number;
  readonly cwd: string;
}

/**
 * The last statement of every script (ESM or CJS): prints `{ cpuMs, ...extra }` as JSON. `extra` is JS source
 * of object members, e.g. `importMs: ms`.
 */
export function reportLine(extra = ""): string {
  const members = ["cpuMs: (cpu.user + cpu.system) / 1000", extra].filter((member) => member.length > 0).join(", ");
  return `{ const cpu = process.cpuUsage(); process.stdout.write(JSON.stringify({ ${members} })); }\n`;
}

// NODE_OPTIONS would load into every child (tsx sets none, but a user's could): the children run plain node.
const childEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== "NODE_OPTIONS"));

function runOnce(script: Script, cwd: string): ColdRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, [script.file], { cwd, env: childEnv, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`${script.name} (${script.file}) exited with ${child.status ?? child.signal}:\n${child.stderr}`);
  const { cpuMs, ...reported } = JSON.parse(child.stdout) as Record<string, number>;
  if (typeof cpuMs !== "number") throw new Error(`${script.name} printed no cpuMs: ${child.stdout}`);
  return { wallMs, cpuMs, reported };
}

export function runInterleaved(scripts: readonly Script[], options: RunOptions): RoundSamples {
  const samples = new Map<string, ColdRun[]>(scripts.map((script) => [script.name, []]));
  for (let round = -options.warmupRounds; round < options.rounds; round++) {
    const offset = ((round % scripts.length) + scripts.length) % scripts.length;
    for (let i = 0; i < scripts.length; i++) {
      const script = scripts[(offset + i) % scripts.length] as Script;
      const run = runOnce(script, options.cwd);
      if (round >= 0) samples.get(script.name)?.push(run);
    }
  }
  return samples;
}

/** One number of every run of a script, in round order. */
export function valuesOf(samples: RoundSamples, name: string, pick: (run: ColdRun) => number | undefined): number[] {
  const runs = samples.get(name);
  if (!runs) throw new Error(`no samples for ${name}`);
  return runs.map((run) => {
    const value = pick(run);
    if (value === undefined || !Number.isFinite(value)) throw new Error(`${name}: a run lacks the value asked for`);
    return value;
  });
}

/** A script's cold start against a baseline script's, round by round. */
export interface PairedComparison {
  readonly name: string;
  readonly baseline: string;
  /** Per-round ratios script / baseline, of wall time and of CPU time. */
  readonly wallRatio: Summary;
  readonly cpuRatio: Summary;
  readonly wallMs: Summary;
  readonly baselineWallMs: Summary;
  readonly cpuMs: Summary;
  readonly baselineCpuMs: Summary;
}

export function comparePaired(samples: RoundSamples, name: string, baseline: string): PairedComparison {
  const wall = valuesOf(samples, name, (run) => run.wallMs);
  const baseWall = valuesOf(samples, baseline, (run) => run.wallMs);
  const cpu = valuesOf(samples, name, (run) => run.cpuMs);
  const baseCpu = valuesOf(samples, baseline, (run) => run.cpuMs);
  return {
    name,
    baseline,
    wallRatio: summarize(pairedRatios(wall, baseWall)),
    cpuRatio: summarize(pairedRatios(cpu, baseCpu)),
    wallMs: summarize(wall),
    baselineWallMs: summarize(baseWall),
    cpuMs: summarize(cpu),
    baselineCpuMs: summarize(baseCpu),
  };
}
