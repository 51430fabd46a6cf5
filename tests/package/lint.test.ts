import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { devBin, formatRun, readExports, readPackageJson, ROOT, run } from "./helpers.js";

/**
 * The static checks of the packed tarball: are the types wrong (attw), is package.json sound (publint), and are
 * the declaration files really there (so that neither tool can pass vacuously on a package without types).
 */

const tarball = inject("packedTarball");
const packageDir = inject("packedPackageDir");

/**
 * Every resolution mode attw's `strict` profile checks, `node10` (TypeScript's legacy `node`, what ts-jest uses
 * with `module: commonjs`) included: subpaths resolve there through `typesVersions`.
 */
const STRICT_PROFILE_RESOLUTIONS = ["node10", "node16-cjs", "node16-esm", "bundler"] as const;
const DECLARATION = /\.d\.(ts|cts|mts)$/;

interface AttwResolution {
  resolution?: { fileName: string; isTypeScript: boolean; isJson: boolean };
  implementationResolution?: { fileName: string };
}
interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}
interface AttwJson {
  analysis: {
    types: false | { kind: string };
    entrypoints?: Record<string, { resolutions: Record<string, AttwResolution> }>;
  };
  problems?: Record<string, AttwProblem[]> | AttwProblem[];
}

describe("declaration files", () => {
  test("every `types` target in package.json is in the tarball", () => {
    const pkg = readPackageJson(packageDir);
    const missing: string[] = [];
    for (const entry of readExports(packageDir)) {
      if (entry.kind !== "module") continue;
      for (const condition of ["import", "require"] as const) {
        const types = entry.types[condition];
        if (types === null || !DECLARATION.test(types)) {
          missing.push(`${entry.subpath} (${condition}): no declaration file in the exports map (got ${types})`);
        } else if (!existsSync(join(packageDir, types))) {
          missing.push(`${entry.subpath} (${condition}): ${types} is not in the tarball`);
        }
      }
    }
    for (const field of ["types", "main", "module"] as const) {
      const file = pkg[field];
      if (typeof file === "string" && !existsSync(join(packageDir, file))) missing.push(`"${field}": ${file} is not in the tarball`);
    }
    expect(missing, missing.join("\n")).toEqual([]);
  });

  test("ESM subpaths get .d.ts and CJS subpaths get .d.cts declarations", () => {
    const wrong: string[] = [];
    for (const entry of readExports(packageDir)) {
      if (entry.kind !== "module") continue;
      if (entry.import?.endsWith(".js") && !entry.types.import?.endsWith(".d.ts")) wrong.push(`${entry.subpath} import → ${entry.types.import}`);
      if (entry.require?.endsWith(".cjs") && !entry.types.require?.endsWith(".d.cts")) wrong.push(`${entry.subpath} require → ${entry.types.require}`);
    }
    expect(wrong, wrong.join("\n")).toEqual([]);
  });
});

describe("@arethetypeswrong/cli", () => {
  test("reports no problem with the strict profile, and resolves every subpath to types in every mode", { timeout: 120_000 }, async () => {
    // attw takes the tarball itself: the same check as `attw --pack`, on the one tarball of this run.
    // TypeScript resolves no import of a non-code file (CSV…), so attw would report NoResolution: leave those
    // subpaths to the runtime tests, which check they resolve and exist. attw does not expand wildcard subpaths
    // ("./data/*.json"): name the files they match.
    const entries = readExports(packageDir);
    const notCode = entries.filter((entry) => entry.kind === "file").map((entry) => entry.subpath);
    const expanded = entries.filter((entry) => entry.kind !== "file" && entry.pattern !== undefined).map((entry) => entry.subpath);
    const args = [
      tarball,
      ...["--profile", "strict", "--format", "json"],
      ...(expanded.length > 0 ? ["--include-entrypoints", ...expanded] : []),
      ...(notCode.length > 0 ? ["--exclude-entrypoints", ...notCode] : []),
    ];
    const result = await run(process.execPath, [devBin("@arethetypeswrong/cli", "attw"), ...args], { cwd: ROOT, timeoutMs: 110_000 });
    let report: AttwJson;
    try {
      report = JSON.parse(result.stdout) as AttwJson;
    } catch {
      throw new Error(formatRun(result, "attw printed no JSON"));
    }
    const { analysis } = report;
    // Guard against a vacuous pass first: with no types at all attw says "no types", and exits 0.
    expect(analysis.types, formatRun(result, "attw found no types in the package (were the .d.ts files built?)")).not.toBe(false);
    expect(analysis.types && analysis.types.kind, "attw: the types are not included in the package itself").toBe("included");
    const problems = Array.isArray(report.problems) ? report.problems : Object.values(report.problems ?? {}).flat();
    expect(problems, `attw found problems:\n${JSON.stringify(problems, null, 2)}`).toEqual([]);
    expect(result.code, formatRun(result, "attw exited non-zero")).toBe(0);

    const unresolved: string[] = [];
    for (const entry of entries) {
      if (entry.kind === "file") continue;
      const found = analysis.entrypoints?.[entry.subpath];
      if (found === undefined) {
        unresolved.push(`${entry.subpath}: attw did not analyse it`);
        continue;
      }
      for (const mode of STRICT_PROFILE_RESOLUTIONS) {
        const resolved = found.resolutions[mode]?.resolution;
        const implementation = found.resolutions[mode]?.implementationResolution;
        if (resolved === undefined) unresolved.push(`${entry.subpath} (${mode}): no resolution`);
        else if (entry.kind === "module" && (!resolved.isTypeScript || !DECLARATION.test(resolved.fileName)))
          unresolved.push(`${entry.subpath} (${mode}): resolved to ${resolved.fileName}, not a declaration file`);
        else if (entry.kind === "json" && !resolved.isJson) unresolved.push(`${entry.subpath} (${mode}): not resolved as JSON`);
        if (implementation === undefined) unresolved.push(`${entry.subpath} (${mode}): no JavaScript/JSON file`);
      }
    }
    expect(unresolved, unresolved.join("\n")).toEqual([]);
  });
});

describe("publint", () => {
  test("--strict reports no error, warning or suggestion", { timeout: 60_000 }, async () => {
    const result = await run(process.execPath, [devBin("publint", "publint"), "run", tarball, "--strict", "--level", "suggestion"], {
      cwd: ROOT,
      timeoutMs: 55_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, "");
    // Exit codes alone are not enough: suggestions never fail the exit code, so read what it printed.
    expect(result.code, formatRun(result, "publint failed")).toBe(0);
    expect(/\b(Errors?|Warnings?|Suggestions?):/i.test(output), formatRun(result, "publint reported messages")).toBe(false);
    expect(output, formatRun(result, "publint did not say \"All good!\"")).toContain("All good!");
  });
});
