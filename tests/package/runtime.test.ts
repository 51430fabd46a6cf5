import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type Consumer, createConsumer, ZOD, type ExportEntry, formatRun, NODE_MAJORS, nodeBinary, readExports, run } from "./helpers.js";

/**
 * The packed tarball, installed into a fresh consumer project, loaded the way users load it: `import` from an
 * ES module and `require` from a CommonJS one, every subpath of the `exports` map, under every Node major we
 * support. Both module systems, and every Node version, must give the same data.
 */

/**
 * Turns each value into a string: JSON for data (so deep differences count), `[function name/arity]` for
 * functions, at any depth. The consumer scripts embed this source, so both module systems use the same code.
 */
const DESCRIBE_SOURCE = `
const describeValue = (value) =>
  JSON.stringify(value, (key, v) =>
    typeof v === "function" ? "[function " + v.name + "/" + v.length + "]"
    : typeof v === "bigint" ? v + "n"
    : typeof v === "symbol" ? "[" + String(v) + "]"
    : v === undefined ? "[undefined]"
    : v) ?? "[undefined]";
const describeModule = (namespace) =>
  Object.fromEntries(Object.keys(namespace).sort().map((name) => [name, describeValue(namespace[name])]));
const describeFile = (path) => {
  const bytes = readFileSync(path);
  return { sha256: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
};
const results = {};
`;

const PRINT_SOURCE = `
process.stdout.write(JSON.stringify({ node: process.version, results }));
`;

/** An ES module importing every subpath: static imports, JSON with import attributes, other files resolved. */
function esmScript(entries: readonly ExportEntry[]): string {
  const lines = [
    `import { createHash } from "node:crypto";`,
    `import { readFileSync } from "node:fs";`,
    `import { fileURLToPath } from "node:url";`,
  ];
  const body: string[] = [];
  entries.forEach((entry, index) => {
    const spec = JSON.stringify(entry.specifier);
    const key = JSON.stringify(entry.subpath);
    const file = `fileURLToPath(import.meta.resolve(${spec}))`;
    if (entry.kind === "module") {
      lines.push(`import * as m${index} from ${spec};`);
      body.push(`results[${key}] = { kind: "module", file: ${file}, value: describeModule(m${index}) };`);
    } else if (entry.kind === "json") {
      lines.push(`import m${index} from ${spec} with { type: "json" };`);
      body.push(`results[${key}] = { kind: "json", file: ${file}, value: { default: describeValue(m${index}) } };`);
    } else {
      body.push(`results[${key}] = { kind: "file", file: ${file}, value: describeFile(${file}) };`);
    }
  });
  return [...lines, DESCRIBE_SOURCE, ...body, PRINT_SOURCE].join("\n");
}

/** A CommonJS script requiring every subpath (other files: `require.resolve`). */
function cjsScript(entries: readonly ExportEntry[]): string {
  const lines = [`"use strict";`, `const { createHash } = require("node:crypto");`, `const { readFileSync } = require("node:fs");`, DESCRIBE_SOURCE];
  for (const entry of entries) {
    const spec = JSON.stringify(entry.specifier);
    const key = JSON.stringify(entry.subpath);
    const file = `require.resolve(${spec})`;
    if (entry.kind === "module") lines.push(`results[${key}] = { kind: "module", file: ${file}, value: describeModule(require(${spec})) };`);
    else if (entry.kind === "json") lines.push(`results[${key}] = { kind: "json", file: ${file}, value: { default: describeValue(require(${spec})) } };`);
    else lines.push(`results[${key}] = { kind: "file", file: ${file}, value: describeFile(${file}) };`);
  }
  return [...lines, PRINT_SOURCE].join("\n");
}

interface SubpathResult {
  kind: string;
  file: string;
  value: Record<string, unknown>;
}
interface ScriptOutput {
  node: string;
  results: Record<string, SubpathResult>;
}

/** Differences between two runs, one line each, naming the subpath and export that differ. */
function compareRuns(left: ScriptOutput, right: ScriptOutput, leftName: string, rightName: string): string[] {
  const problems: string[] = [];
  const subpaths = new Set([...Object.keys(left.results), ...Object.keys(right.results)]);
  for (const subpath of subpaths) {
    const a = left.results[subpath];
    const b = right.results[subpath];
    if (a === undefined || b === undefined) {
      problems.push(`${subpath}: only in ${a === undefined ? rightName : leftName}`);
      continue;
    }
    const names = new Set([...Object.keys(a.value), ...Object.keys(b.value)]);
    for (const name of names) {
      const va = a.value[name];
      const vb = b.value[name];
      if (va === undefined || vb === undefined) problems.push(`${subpath}: export "${name}" only in ${va === undefined ? rightName : leftName}`);
      else if (JSON.stringify(va) !== JSON.stringify(vb)) {
        const sa = JSON.stringify(va);
        const sb = JSON.stringify(vb);
        let at = 0;
        while (at < sa.length && sa[at] === sb[at]) at += 1;
        problems.push(
          `${subpath}: export "${name}" differs at character ${at}: ${leftName} …${sa.slice(Math.max(0, at - 60), at + 60)}… vs ${rightName} …${sb.slice(Math.max(0, at - 60), at + 60)}…`,
        );
      }
    }
  }
  return problems;
}

let consumer: Consumer;
let entries: ExportEntry[];
const outputs = new Map<number, { esm: ScriptOutput; cjs: ScriptOutput }>();

beforeAll(async () => {
  consumer = await createConsumer("runtime", inject("packedTarball"), {}, [ZOD]);
  entries = readExports(consumer.packageDir);
  await writeFile(join(consumer.dir, "consumer.mjs"), esmScript(entries));
  await writeFile(join(consumer.dir, "consumer.cjs"), cjsScript(entries));
}, 300_000);

afterAll(async () => {
  await consumer?.remove();
});

async function runScript(binary: string, script: string): Promise<ScriptOutput> {
  const result = await run(binary, [script], { cwd: consumer.dir, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(formatRun(result, `the consumer script ${script} failed`));
  try {
    return JSON.parse(result.stdout) as ScriptOutput;
  } catch {
    throw new Error(formatRun(result, `the consumer script ${script} printed no JSON`));
  }
}

describe.concurrent("runtime: ESM import and CJS require of the packed tarball", () => {
  test.for(NODE_MAJORS)("Node %i: every subpath loads with import and require, with identical data", { timeout: 400_000 }, async (major) => {
    const binary = await nodeBinary(major);
    const [esm, cjs] = await Promise.all([runScript(binary, "consumer.mjs"), runScript(binary, "consumer.cjs")]);
    expect(esm.node, `${binary} is not Node ${major}`).toMatch(new RegExp(`^v${major}\\.`));
    expect(cjs.node).toBe(esm.node);

    expect(Object.keys(esm.results).sort(), "ESM consumer did not load every subpath").toEqual(entries.map((entry) => entry.subpath).sort());
    const differences = compareRuns(esm, cjs, "import", "require");
    expect(differences, `import and require give different data under Node ${esm.node}:\n${differences.join("\n")}`).toEqual([]);

    // Node loaded the files the exports map names (no fallback to main/module, no wrong condition).
    for (const entry of entries) {
      expect(esm.results[entry.subpath]?.file, `import of ${entry.specifier}`).toBe(join(consumer.packageDir, entry.import ?? "(none)"));
      expect(cjs.results[entry.subpath]?.file, `require of ${entry.specifier}`).toBe(join(consumer.packageDir, entry.require ?? "(none)"));
    }
    outputs.set(major, { esm, cjs });
  });
});

describe("runtime: across Node versions", () => {
  test("every Node major gives the same data as the oldest", () => {
    const [oldest, ...newer] = NODE_MAJORS;
    const base = outputs.get(oldest);
    expect(base, `Node ${oldest} did not run (see its test)`).toBeDefined();
    for (const major of newer) {
      const other = outputs.get(major);
      expect(other, `Node ${major} did not run (see its test)`).toBeDefined();
      if (base === undefined || other === undefined) continue;
      const differences = compareRuns(base.esm, other.esm, `Node ${oldest}`, `Node ${major}`);
      expect(differences, differences.join("\n")).toEqual([]);
    }
  });

  test("the main entry exports the dataset, and DATASET_VERSION is the package version", () => {
    const main = outputs.get(NODE_MAJORS[0])?.esm.results["."]?.value;
    expect(main, "the main entry did not load").toBeDefined();
    expect(Object.keys(main ?? {})).toEqual(expect.arrayContaining(["dataset", "DATASET_VERSION"]));
    expect(JSON.parse(String(main?.["DATASET_VERSION"]))).toBe(consumer.pkg.version);
  });
});
