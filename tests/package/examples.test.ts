import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXAMPLES_DIR, expectedOutputFile, listExamples } from "../../scripts/lib/examples.js";
import { type Consumer, createConsumer, formatRun, readPackageJson, ROOT, run, runOk, ZOD } from "./helpers.js";

/**
 * The programs in examples/, run as a user runs them: copied into a fresh project that installed the packed
 * tarball (and @types/node, for the one that reads a file, and zod, for the one that validates), type-checked by the repository's TypeScript with
 * `strict`, compiled, and run with Node. Each must print exactly its `.expected.txt`; after a data change,
 * `npm run examples:update` rewrites those files.
 */

const examples = listExamples();
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let consumer: Consumer;

beforeAll(async () => {
  // zod, for the example that validates records of its own with vietnam-us-relations/schemas.
  consumer = await createConsumer("examples", inject("packedTarball"), { type: "module" }, [ZOD]);
  const typesNode = (readPackageJson(ROOT).devDependencies as Record<string, string>)["@types/node"];
  await runOk("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--save-dev", `@types/node@${typesNode}`], {
    cwd: consumer.dir,
    timeoutMs: 240_000,
  });
  for (const example of examples) await copyFile(join(EXAMPLES_DIR, example), join(consumer.dir, example));
  const compilerOptions = {
    module: "nodenext",
    moduleResolution: "nodenext",
    target: "es2022",
    lib: ["es2022"],
    types: ["node"],
    strict: true,
    skipLibCheck: false,
    skipDefaultLibCheck: true,
    outDir: "out",
  };
  await writeFile(join(consumer.dir, "tsconfig.json"), `${JSON.stringify({ compilerOptions, files: examples }, null, 2)}\n`);
  const compiled = await run(process.execPath, [TSC, "-p", "."], { cwd: consumer.dir, timeoutMs: 180_000 });
  if (compiled.code !== 0) throw new Error(formatRun(compiled, "the examples do not type-check against the packed package"));
});

afterAll(async () => {
  await consumer?.remove();
});

describe("examples/", () => {
  it("holds one program per question, each with its expected output", async () => {
    expect(examples.length).toBe(14);
    for (const example of examples) expect((await readFile(expectedOutputFile(example), "utf8")).length, example).toBeGreaterThan(0);
  });

  it("are linked from the README", async () => {
    const readme = await readFile(join(ROOT, "README.md"), "utf8");
    for (const example of examples) expect(readme, example).toContain(`](examples/${example})`);
  });

  it.each(examples)("%s prints its expected output when run against the packed package", async (example) => {
    const result = await run(process.execPath, [join("out", example.replace(/\.ts$/, ".js"))], { cwd: consumer.dir, timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(formatRun(result, `${example} failed`));
    const expected = await readFile(expectedOutputFile(example), "utf8");
    expect(result.stdout, `${example}: run \`npm run build && npm run examples:update\` if the data changed on purpose`).toBe(expected);
  });
});
