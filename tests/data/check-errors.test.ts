/**
 * What a contributor sees when the documents are not right: one line per problem saying what to do, exit code 1,
 * never a stack trace. data:check writes nothing, so these run against the project itself.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, SOURCES_DIR } from "../../scripts/lib/paths.js";
import { authoredDataset, documentsPresent } from "../helpers/authored.js";

const dataset = authoredDataset();
const haveDocuments = documentsPresent(dataset);
const temp = mkdtempSync(join(tmpdir(), "vur-check-errors-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function run(script: "check-data" | "build-data", sourcesDir: string, ci: boolean) {
  const child = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`], {
    cwd: ROOT,
    env: { ...process.env, VUR_SOURCES_DIR: sourcesDir, CI: ci ? "true" : "" },
    encoding: "utf8",
  });
  return { status: child.status, stderr: child.stderr, lines: child.stderr.split("\n").filter(Boolean) };
}

/** A copy of the documents to break on purpose. */
function copyOfDocuments(label: string): string {
  const dir = join(temp, label);
  cpSync(SOURCES_DIR, dir, { recursive: true });
  return dir;
}

describe("documents missing in CI", () => {
  for (const script of ["check-data", "build-data"] as const) {
    it(`${script} prints one line saying where to put them, no stack trace`, () => {
      const absent = join(temp, "absent");
      const result = run(script, absent, true);
      expect(result.status).toBe(1);
      expect(result.lines).toEqual([
        expect.stringMatching(new RegExp(`^${script === "check-data" ? "data:check" : "build-data"}: Source documents not found at ${absent}\\. Skipped: .*Put the documents listed in data/sources\\.json there \\(see CONTRIBUTING\\.md, "Obtaining the documents"\\) or point VUR_SOURCES_DIR at the folder that holds them\\.$`)),
      ]);
    }, 60_000);
  }
});

describe.runIf(haveDocuments)("a document that is not right", () => {
  const source = dataset.sources.find((record) => record.url !== undefined)!;

  it("missing from the folder: names it and where to obtain it", () => {
    const dir = copyOfDocuments("missing");
    rmSync(join(dir, source.file));
    const result = run("check-data", dir, false);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      "data:check: 1 problem(s); fix each and run it again:",
      `  ${source.id}: document ${source.file} is missing from ${dir}; obtain it from ${source.url} (see CONTRIBUTING.md, "Obtaining the documents")`,
    ]);
  }, 60_000);

  it("differing from its SHA-256: names it, both hashes, and what to do", () => {
    const dir = copyOfDocuments("differs");
    writeFileSync(join(dir, source.file), `${readFileSync(join(dir, source.file), "utf8")} `);
    const result = run("check-data", dir, false);
    expect(result.status).toBe(1);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]).toMatch(
      new RegExp(`^  sources\\[${dataset.sources.indexOf(source)}\\]\\.sha256: the text of ${source.file} \\(${source.id}\\) differs from the document the data was checked against \\(SHA-256 [0-9a-f]{64}, expected ${source.sha256}\\); replace it with the original text \\(obtain it from `),
    );
    expect(result.lines[1]).toContain("add the new one as a new source with `npm run data:add-source`");
  }, 60_000);

  it("in the folder but not listed: names it and the command that lists it", () => {
    const dir = copyOfDocuments("unlisted");
    writeFileSync(join(dir, "stray.txt"), "a document nobody listed\n");
    const result = run("check-data", dir, false);
    expect(result.status).toBe(1);
    expect(result.lines).toEqual([
      "data:check: 1 problem(s); fix each and run it again:",
      `  stray.txt: this file in ${dir} is not listed in data/sources.json; run \`npm run data:add-source -- ${join(dir, "stray.txt")}\` to add it as a source, or move it out of the folder`,
    ]);
  }, 60_000);
});

describe.runIf(haveDocuments)("data:add-source refuses, writing nothing", () => {
  const addSource = (sourcesDir: string, file: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/add-source.ts", file], {
      cwd: ROOT,
      env: { ...process.env, VUR_SOURCES_DIR: sourcesDir },
      encoding: "utf8",
    });
  const sourcesBefore = readFileSync(resolve(ROOT, "data/sources.json"), "utf8");

  it("a document that is already a source under another name (same text)", () => {
    const dir = copyOfDocuments("same-text");
    const source = dataset.sources[0]!;
    const other = join(dir, "999_0000000000000000.txt");
    cpSync(join(dir, source.file), other);
    const result = addSource(dir, other);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`data:add-source: 999_0000000000000000.txt is already a source: ${source.id} (same text as ${source.file}); nothing written\n`);
    expect(readFileSync(resolve(ROOT, "data/sources.json"), "utf8")).toBe(sourcesBefore);
  }, 60_000);

  it("a name off the convention, saying the name to use", () => {
    const dir = copyOfDocuments("off-convention");
    const file = join(dir, "new document.txt");
    writeFileSync(file, "A made-up text.\n");
    const result = addSource(dir, file);
    expect(result.status).toBe(1);
    const next = String(Math.max(...dataset.sources.map((source) => Number(source.file.slice(0, 3)))) + 1).padStart(3, "0");
    const hash = createHash("sha256").update("A made-up text.\n").digest("hex").slice(0, 16);
    expect(result.stderr).toBe(
      `data:add-source: new document.txt does not follow the file-name convention (NNN_<16 hex>.txt, a new number); rename it to ${next}_${hash}.txt and run this again\n`,
    );
    expect(readFileSync(resolve(ROOT, "data/sources.json"), "utf8")).toBe(sourcesBefore);
  }, 60_000);
});
