import { describe, expect, inject, test } from "vitest";
import { listFiles } from "./helpers.js";

/**
 * Exactly the files a user needs, and nothing else (no sources, tests, maps, data builds or stray files). A new
 * build output or subpath file (e.g. `dist/data/events.json`) must be added here on purpose.
 */
const EXPECTED_FILES = [
  "LICENSE",
  "README.md",
  "dist/index.cjs",
  "dist/index.d.cts",
  "dist/index.d.ts",
  "dist/index.js",
  "dist/schemas.cjs",
  "dist/schemas.d.cts",
  "dist/schemas.d.ts",
  "dist/schemas.js",
  "package.json",
] as const;

/** Files that `files` lists but that may not exist yet: allowed, not required. */
const OPTIONAL_FILES = ["CHANGELOG.md"] as const;

function diff(actual: readonly string[]): string | null {
  const allowed = new Set<string>([...EXPECTED_FILES, ...OPTIONAL_FILES]);
  const extra = actual.filter((file) => !allowed.has(file));
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
