import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("npm run version-packages", () => {
  // A scratch copy of the project: the wrapper runs `changeset version` there, never in the real tree.
  const work = mkdtempSync(join(tmpdir(), "vur-version-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("bumps the version and writes the data diff into CHANGELOG.md and changes/<version>.json", () => {
    for (const entry of ["package.json", "package-lock.json", "CHANGELOG.md", ".changeset", "data", "src", "scripts", "baseline", "tsconfig.json"]) {
      cpSync(resolve(root, entry), join(work, entry), { recursive: true });
    }
    symlinkSync(resolve(root, "node_modules"), join(work, "node_modules"), "dir");
    // Start from a baseline equal to the current data and no pending changesets, so that the only change is the
    // one made below, whatever unreleased work the real tree carries.
    for (const file of readdirSync(join(work, ".changeset"))) if (file.endsWith(".md") && file !== "README.md") rmSync(join(work, ".changeset", file));
    writeFileSync(
      join(work, "scripts/reset-baseline.ts"),
      'import { writeBaseline } from "./lib/baseline.js";\nimport { loadAuthoredDataset } from "./lib/load-data.js";\nimport { renderJsonSchema } from "./lib/raw-exports.js";\nwriteBaseline(loadAuthoredDataset(), renderJsonSchema());\n',
    );
    execFileSync(resolve(root, "node_modules/.bin/tsx"), ["scripts/reset-baseline.ts"], { cwd: work, stdio: "pipe" });
    const previous = JSON.parse(readFileSync(join(work, "package.json"), "utf8")).version as string;
    const [major, minor] = previous.split(".").map(Number);
    const next = `${major}.${minor! + 1}.0`;
    const events = JSON.parse(readFileSync(join(work, "data/events.json"), "utf8"));
    events.push({ ...events[0], id: "event:1948-05-29-added-for-the-test" });
    writeFileSync(join(work, "data/events.json"), JSON.stringify(events, null, 2));
    writeFileSync(join(work, ".changeset/added-event.md"), '---\n"vietnam-us-relations": minor\n---\n\nA new event.\n');

    execFileSync(resolve(root, "node_modules/.bin/tsx"), ["scripts/version-packages.ts"], { cwd: work, stdio: "pipe" });

    expect(JSON.parse(readFileSync(join(work, "package.json"), "utf8")).version).toBe(next);
    const lock = JSON.parse(readFileSync(join(work, "package-lock.json"), "utf8"));
    expect([lock.version, lock.packages[""].version]).toEqual([next, next]);
    const changelog = readFileSync(join(work, "CHANGELOG.md"), "utf8");
    const entry = changelog.slice(changelog.indexOf(`## ${next}`), changelog.indexOf(`## ${previous}`));
    expect(entry).toContain(`### Data changes since ${previous}`);
    expect(entry).toContain("- events: 1 added (event:1948-05-29-added-for-the-test)");
    expect(entry).toContain("Required bump under docs/versioning.md: minor");
    expect(entry).toContain("A new event.");
    const changes = JSON.parse(readFileSync(join(work, `changes/${next}.json`), "utf8"));
    expect(changes).toMatchObject({ version: next, previous, requiredBump: "minor" });
    expect(changes.collections.events.added).toEqual(["event:1948-05-29-added-for-the-test"]);
    expect(existsSync(join(work, ".changeset/added-event.md"))).toBe(false);
  }, 60_000);
});
