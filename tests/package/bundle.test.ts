import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runInContext, createContext } from "node:vm";
import { build, formatMessages, type BuildFailure, type Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type Consumer, createConsumer, ZOD, formatRun, run } from "./helpers.js";

/**
 * Browsers are first-class users: a program importing from the main entry of the packed tarball must bundle for
 * the browser with esbuild, with no Node built-in available (none is marked external, so any `node:` import
 * fails the build), and the bundle must run where there is no `require` and no `process`.
 */

/**
 * The program bundled for the browser, importing from the main entry. It prints one line with
 * `console.log`. Switch it to a query helper (e.g. `findEventsByYear`) once the helpers ship; the test derives
 * the expected output by running the same source unbundled in Node, so nothing else needs to change.
 */
const BROWSER_PROGRAM = (name: string) => `
import { findEventsByYear } from "${name}";

console.log(JSON.stringify(findEventsByYear(2025).map((event) => [event.date, event.type])));
`;

let consumer: Consumer;
let entry: string;

beforeAll(async () => {
  consumer = await createConsumer("bundle", inject("packedTarball"), {}, [ZOD]);
  entry = join(consumer.dir, "browser-program.mjs");
  await writeFile(entry, BROWSER_PROGRAM(consumer.pkg.name));
}, 300_000);

afterAll(async () => {
  await consumer?.remove();
});

async function bundleForBrowser(): Promise<{ code: string; metafile: Metafile }> {
  try {
    const result = await build({
      entryPoints: [entry],
      absWorkingDir: consumer.dir,
      bundle: true,
      platform: "browser",
      format: "iife",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const [output] = result.outputFiles;
    if (output === undefined) throw new Error("esbuild wrote no output");
    return { code: output.text, metafile: result.metafile };
  } catch (error) {
    const failure = error as Partial<BuildFailure>;
    if (failure.errors === undefined) throw error;
    const messages = await formatMessages(failure.errors, { kind: "error" });
    throw new Error(`esbuild could not bundle the main entry for the browser:\n${messages.join("\n")}`);
  }
}

describe("browser bundle (esbuild, platform browser)", () => {
  test("bundles with no Node built-ins and runs in a context without require or process", { timeout: 60_000 }, async () => {
    const { code, metafile } = await bundleForBrowser();

    const nodeInputs = Object.keys(metafile.inputs).filter((input) => input.startsWith("node:"));
    expect(nodeInputs, "the bundle pulls in Node built-ins").toEqual([]);

    const lines: string[] = [];
    const context = createContext({
      console: { log: (...parts: unknown[]) => lines.push(parts.map(String).join(" ")) },
    });
    expect(runInContext("[typeof require, typeof process, typeof module, typeof Buffer].join()", context)).toBe(
      "undefined,undefined,undefined,undefined",
    );
    try {
      runInContext(code, context, { filename: "browser-bundle.js", timeout: 10_000 });
    } catch (error) {
      throw new Error(`the browser bundle threw: ${(error as Error).stack ?? String(error)}`);
    }

    const reference = await run(process.execPath, [entry], { cwd: consumer.dir, timeoutMs: 30_000 });
    if (reference.code !== 0) throw new Error(formatRun(reference, "the program failed unbundled in Node"));
    expect(lines, "the bundle printed something else than the same program run by Node").toEqual(reference.stdout.trimEnd().split("\n"));
    // The 2025 events of the documents, in order: the helper works from the bundled data alone.
    expect(JSON.parse(lines[0] ?? "null")).toEqual([
      ["2025-07-12", "anniversary"],
      ["2025-07-25", "handover"],
      ["2025-08-02", "statement"],
      ["2025-08-02", "statement"],
      ["2025-09", "anniversary"],
      ["2025-11-02", "statement"],
      ["2025-11-02", "visit"],
      ["2025-11-02", "talks"],
    ]);
  });

  test("the main entry's browser bundle carries no zod (schemas live in ./schemas)", { timeout: 60_000 }, async () => {
    const { metafile } = await bundleForBrowser();
    const zod = Object.keys(metafile.inputs).filter((input) => /(^|\/)node_modules\/zod\//.test(input));
    expect(zod, "the main entry loads zod at run time, though its docs say it does not").toEqual([]);
  });
});
