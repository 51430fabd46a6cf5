import { describe, expect, inject, test } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { listFiles } from "./helpers.js";

/**
 * Exactly the files a user needs, and nothing else (no sources, tests, maps, data builds or stray files). A new
 * build output or subpath file (e.g. `dist/data/events.json`) must be added here on purpose.
 */
const COLLECTIONS = ["sources", "people", "organizations", "places", "programs", "deployments", "events", "figures", "metrics", "notes"];
const CSV_TABLES = [...COLLECTIONS.slice(0, 2), "posts", ...COLLECTIONS.slice(2)];

const EXPECTED_FILES = [
  "CHANGELOG.md",
  "LICENSE",
  "README.md",
  `changes/${packageJson.version}.json`,
  "dist/cli.js",
  "dist/datapackage.json",
  "dist/dataset.json",
  "dist/diff.cjs",
  "dist/diff.d.cts",
  "dist/diff.d.ts",
  "dist/diff.js",
  "dist/index.cjs",
  "dist/index.d.cts",
  "dist/index.d.ts",
  "dist/index.js",
  "dist/schema.json",
  "dist/schemas.cjs",
  "dist/schemas.d.cts",
  "dist/schemas.d.ts",
  "dist/schemas.js",
  ...COLLECTIONS.map((name) => `dist/data/${name}.json`),
  ...CSV_TABLES.map((name) => `dist/data/${name}.csv`),
  "package.json",
] as const;

/** The data diff of every earlier release ships too (`changes/<version>.json`, written by version-packages). */
const OPTIONAL_FILE = /^changes\/\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?\.json$/;

function diff(actual: readonly string[]): string | null {
  const allowed = new Set<string>(EXPECTED_FILES);
  const extra = actual.filter((file) => !allowed.has(file) && !OPTIONAL_FILE.test(file));
  const missing = EXPECTED_FILES.filter((file) => !actual.includes(file));
  if (extra.length === 0 && missing.length === 0) return null;
  return [
    "the tarball's file list differs from EXPECTED_FILES in tests/package/files.test.ts",
    ...extra.map((file) => `+ ${file}   (in the tarball, not expected)`),
    ...missing.map((file) => `- ${file}   (expected, not in the tarball)`),
    `tarball: ${JSON.stringify(actual)}`,
  ].join("\n");
}

describe("tarball contents", () => {
  test("`npm pack --json` lists exactly the expected files", () => {
    const files = inject("packedFiles");
    expect(diff(files), diff(files) ?? "").toBeNull();
  });

  test("the unpacked tarball holds exactly the expected files", () => {
    const files = listFiles(inject("packedPackageDir"));
    expect(diff(files), diff(files) ?? "").toBeNull();
  });
});
