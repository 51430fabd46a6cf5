import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, inject, test } from "vitest";
import { type Consumer, createConsumer, ZOD, type ExportEntry, formatRun, readExports, ROOT, run } from "./helpers.js";

/**
 * TypeScript users of the packed tarball: one consumer install, with one sub-project per module setting (each its
 * own package.json, so `"type"` decides ESM or CJS, and its own tsconfig.json), type-checked by the repository's
 * own TypeScript with `strict` and without `skipLibCheck`, so the package's declarations (and zod's, which they
 * use) are checked too.
 *
 * Each program has deliberate type errors under `// @ts-expect-error`. An unused `@ts-expect-error` is itself an
 * error, so if the types degrade to `any` (or vanish) the check fails instead of passing vacuously.
 */

interface Setting {
  name: string;
  type: "module" | "commonjs";
  module: string;
  moduleResolution: string;
  /** Further compiler options this setting needs. */
  extra?: Record<string, unknown>;
}

const SETTINGS: readonly Setting[] = [
  { name: "node16-esm", type: "module", module: "node16", moduleResolution: "node16" },
  { name: "node16-cjs", type: "commonjs", module: "node16", moduleResolution: "node16" },
  { name: "nodenext-esm", type: "module", module: "nodenext", moduleResolution: "nodenext" },
  { name: "nodenext-cjs", type: "commonjs", module: "nodenext", moduleResolution: "nodenext" },
  { name: "bundler-esnext", type: "module", module: "esnext", moduleResolution: "bundler" },
  { name: "bundler-preserve", type: "module", module: "preserve", moduleResolution: "bundler" },
  // TypeScript's legacy resolution (ts-jest's default with `module: commonjs`): it ignores `exports`, so the
  // subpaths (./schemas, the JSON files) resolve through `typesVersions`.
  // zod's own declarations default-import its CommonJS locale files, which needs esModuleInterop (as ts-jest sets).
  { name: "node10-cjs", type: "commonjs", module: "commonjs", moduleResolution: "node10", extra: { esModuleInterop: true } },
];

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** Uses the public types the way a user would; every `@ts-expect-error` must be needed. */
function program(name: string, version: string): string {
  return `
import { dataset, DATASET_VERSION, type Dataset, type Event, type KnownMetricId, type MetricId, type Person } from "${name}";
import { eventSchema, validateDataset } from "${name}/schemas";
import { bumpReaches, diffDatasets, DiffInputError, type CollectionDiff, type DataDiff, type DiffSide } from "${name}/diff";

const all: Dataset = dataset;
const firstEvent: Event | undefined = all.events[0];
const people: readonly Person[] = all.people;
const names: string[] = people.map((person: Person) => person.id);
const version: string = DATASET_VERSION;
const titles: string[] = dataset.events.map((event: Event) => event.title);
const metric: MetricId = "repatriation-missions";
const ownMetric: MetricId = "a-metric-of-ones-own";
const pinned: ${JSON.stringify(version)} = DATASET_VERSION;
const parsed = eventSchema.safeParse(firstEvent);
const parsedId: string | undefined = parsed.success ? parsed.data.id : undefined;
const validate: (value: unknown) => unknown = validateDataset;
const valid: boolean = validateDataset(dataset).ok;
const pinnedSide: DiffSide = { dataset, label: "pinned" };
const diffResult: DataDiff = diffDatasets(pinnedSide, { dataset: JSON.parse("{}") as unknown as object });
const eventsDiff: CollectionDiff | undefined = diffResult.collections["events"];
const addedIds: string[] = eventsDiff?.added ?? [];
const gate: boolean = bumpReaches(diffResult.bump, "major") || diffResult instanceof DiffInputError;
// @ts-expect-error: a bump is none, patch, minor or major
const notABump: DataDiff["bump"] = "huge";

// @ts-expect-error: dataset.version is a string, not a number
const versionAsNumber: number = dataset.version;
// @ts-expect-error: Event has no property "notAField"
const notAField: unknown = firstEvent?.notAField;
// @ts-expect-error: the dataset is deeply readonly
dataset.events.push(dataset.events[0]);
// @ts-expect-error: KnownMetricId is the union of the shipped metrics' ids (MetricId takes any)
const notAMetric: KnownMetricId = "not-a-metric";
// @ts-expect-error: DATASET_VERSION is typed as the version itself, so another version does not compile
const otherVersion: "0.0.0-not-this-one" = DATASET_VERSION;
// @ts-expect-error: a parsed event has no "notAField" either
const parsedNotAField: unknown = parsed.success ? parsed.data.notAField : undefined;

export const used = { addedIds, gate, notABump, names, version, titles, metric, ownMetric, pinned, parsedId, validate, valid, versionAsNumber, notAField, notAMetric, otherVersion, parsedNotAField };
`;
}

/** For every JS subpath of the exports map: it must resolve to real types (a missing export is an error). */
function everySubpath(entries: readonly ExportEntry[]): string {
  const modules = entries.filter((entry) => entry.kind === "module");
  return [
    ...modules.map((entry, index) => `import * as subpath${index} from ${JSON.stringify(entry.specifier)};`),
    ...modules.flatMap((entry, index) => [
      `// @ts-expect-error: ${entry.specifier} has no export named "__notExported__"`,
      `export const missing${index}: unknown = subpath${index}.__notExported__;`,
      `export const namespace${index}: object = subpath${index};`,
    ]),
    "",
  ].join("\n");
}

let consumer: Consumer;

/** tsc is CPU-bound: run as many at once as there are cores (more only thrash, 2 cores here). */
const slots = { free: Math.max(1, availableParallelism()), waiting: [] as (() => void)[] };
async function withCore<T>(work: () => Promise<T>): Promise<T> {
  if (slots.free > 0) slots.free -= 1;
  else await new Promise<void>((resolve) => slots.waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = slots.waiting.shift();
    if (next) next();
    else slots.free += 1;
  }
}

beforeAll(async () => {
  consumer = await createConsumer("types", inject("packedTarball"), {}, [ZOD]);
  const entries = readExports(consumer.packageDir);
  for (const setting of SETTINGS) {
    const dir = join(consumer.dir, setting.name);
    await mkdir(dir);
    await writeFile(join(dir, "package.json"), `${JSON.stringify({ name: setting.name, private: true, type: setting.type }, null, 2)}\n`);
    const compilerOptions = {
      module: setting.module,
      moduleResolution: setting.moduleResolution,
      target: "es2022",
      // zod's declarations (which ours import) name the global `URL`, so a consumer needs the DOM lib or
      // @types/node; DOM is what a browser or bundler user has, and TypeScript's default.
      lib: ["es2022", "dom"],
      types: [],
      strict: true,
      skipLibCheck: false,
      // TypeScript's own lib files (lib.dom.d.ts…) are not ours to check, and cost seconds per run.
      skipDefaultLibCheck: true,
      noEmit: true,
      noUnusedLocals: false,
      ...setting.extra,
    };
    await writeFile(join(dir, "tsconfig.json"), `${JSON.stringify({ compilerOptions, include: ["*.ts"] }, null, 2)}\n`);
    await writeFile(join(dir, "program.ts"), program(consumer.pkg.name, consumer.pkg.version));
    await writeFile(join(dir, "subpaths.ts"), everySubpath(entries));
  }
}, 300_000);

afterAll(async () => {
  await consumer?.remove();
});

describe.concurrent("types: TypeScript consumers of the packed tarball (strict, skipLibCheck false)", () => {
  test.for(SETTINGS.map((setting) => [setting.name, setting] as const))(
    "%s type-checks, and its deliberate type errors are caught",
    { timeout: 120_000 },
    async ([, setting]) => {
      const result = await withCore(() =>
        run(process.execPath, [TSC, "-p", join(consumer.dir, setting.name), "--pretty", "false"], {
          cwd: consumer.dir,
          timeoutMs: 110_000,
        }),
      );
      if (result.code !== 0) {
        throw new Error(
          formatRun(
            result,
            `tsc failed for ${setting.name} (module ${setting.module}, moduleResolution ${setting.moduleResolution}, "type": "${setting.type}")` +
              " (an \"Unused '@ts-expect-error' directive\" means a deliberate type error went uncaught: the types degraded to any or vanished)",
          ),
        );
      }
    },
  );
});
