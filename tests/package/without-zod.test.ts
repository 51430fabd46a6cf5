import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { type Consumer, createConsumer, formatRun, ROOT, run } from "./helpers.js";

/**
 * A user of the main entry only, who never installed zod: zod is an optional peer dependency, needed by
 * `vietnam-us-relations/schemas` alone. The consumer lives in os.tmpdir(), outside any folder with a node_modules
 * (checked), so nothing can lend it a zod. The main entry must load with import and require, and type-check with
 * `skipLibCheck: false` and no lib but ES2022: its declarations must stand alone.
 */

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");
let consumer: Consumer;

const ESM = `
import { dataset, findEventsByYear, getFigure } from "vietnam-us-relations";
console.log(JSON.stringify({ events: dataset.events.length, in2025: findEventsByYear(2025).length, missions: getFigure("repatriation-missions")?.value }));
`;
const CJS = `
const { dataset, findEventsByYear, getFigure } = require("vietnam-us-relations");
console.log(JSON.stringify({ events: dataset.events.length, in2025: findEventsByYear(2025).length, missions: getFigure("repatriation-missions")?.value }));
`;
/** Uses the named types; every `@ts-expect-error` must be needed, so types that collapse to `any` fail. */
const PROGRAM = `
import { dataset, findEventsByYear, getEntity, type Event, type Figure, type PersonId } from "vietnam-us-relations";

const events: readonly Event[] = findEventsByYear(2025);
const title: string | undefined = events[0]?.title;
const person: PersonId = "person:pham-minh-chinh";
const figure: Figure | undefined = getEntity("figure:2025-11-02-remains-returned");
const version: string = dataset.version;

// @ts-expect-error: Event has no property "notAField"
const notAField: unknown = events[0]?.notAField;
// @ts-expect-error: a person id has the "person:" prefix
const notAPerson: PersonId = "pham-minh-chinh";
// @ts-expect-error: records are readonly
if (events[0]) events[0].title = "changed";

export const used = { title, person, figure, version, notAField, notAPerson };
`;

beforeAll(async () => {
  consumer = await createConsumer("without-zod", inject("packedTarball"));
  await writeFile(join(consumer.dir, "main.mjs"), ESM);
  await writeFile(join(consumer.dir, "main.cjs"), CJS);
  for (const [name, module, moduleResolution, type] of [
    ["nodenext", "nodenext", "nodenext", "module"],
    ["node10", "commonjs", "node10", "commonjs"],
  ] as const) {
    const dir = join(consumer.dir, name);
    await mkdir(dir);
    await writeFile(join(dir, "package.json"), JSON.stringify({ name, private: true, type }));
    const compilerOptions = { module, moduleResolution, target: "es2022", lib: ["es2022"], types: [], strict: true, skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true };
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["*.ts"] }));
    await writeFile(join(dir, "program.ts"), PROGRAM);
  }
}, 300_000);

afterAll(async () => {
  await consumer?.remove();
});

describe("a consumer without zod (an optional peer dependency)", () => {
  test.for(["index.d.ts", "index.d.cts"])("the main entry's declarations (dist/%s) import nothing from zod", (file) => {
    const text = readFileSync(join(inject("packedPackageDir"), "dist", file), "utf8");
    expect(text).toContain("interface Event");
    // Prose may name zod (where to find the schemas); no import, require, import type or reference may load it.
    expect(text.match(/.*(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|<reference\s+types=)["']zod(?:\/[^"']*)?["'].*/g) ?? []).toEqual([]);
    expect(text.match(/^import .*/gm)).toBeNull();
  });

  test("has no zod anywhere it could resolve one from", async () => {
    const result = await run(process.execPath, ["-e", 'require.resolve("zod")'], { cwd: consumer.dir });
    expect(result.code, formatRun(result, "zod is resolvable from the consumer")).not.toBe(0);
    expect(result.stderr).toContain("Cannot find module 'zod'");
    const lock = JSON.parse(readFileSync(join(consumer.dir, "package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
    expect(Object.keys(lock.packages).filter((path) => path.endsWith("node_modules/zod"))).toEqual([]);
  });

  test.for(["main.mjs", "main.cjs"])("loads the main entry: %s", { timeout: 60_000 }, async (script) => {
    const result = await run(process.execPath, [script], { cwd: consumer.dir });
    expect(result.code, formatRun(result, `${script} failed without zod`)).toBe(0);
    const output = JSON.parse(result.stdout) as { events: number; in2025: number; missions: number };
    expect(output.events).toBeGreaterThan(20);
    expect(output.in2025).toBeGreaterThan(0);
    expect(output.missions).toBe(160);
  });

  test("is told what is missing when it imports ./schemas", async () => {
    const result = await run(process.execPath, ["--input-type=module", "-e", 'await import("vietnam-us-relations/schemas")'], { cwd: consumer.dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Cannot find (package|module) 'zod'/);
  });

  test.for(["nodenext", "node10"])("type-checks the main entry (%s, skipLibCheck false, lib es2022 only)", { timeout: 120_000 }, async (name) => {
    const result = await run(process.execPath, [TSC, "-p", join(consumer.dir, name), "--pretty", "false"], { cwd: consumer.dir, timeoutMs: 110_000 });
    expect(result.code, formatRun(result, `tsc failed for the ${name} consumer without zod (an unused '@ts-expect-error' means the types degraded to any)`)).toBe(0);
  });
});
