/**
 * The dataset grows: a made-up sixth document (tests/fixtures/sixth-document/) is added to a scratch copy of the
 * project the way CONTRIBUTING.md says — data:add-source, records of every kind citing it, data:format,
 * data:check, the data build — and the query helpers find its records in the result.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCES_DIR } from "../../scripts/lib/paths.js";
import { proposedDocumentFileName } from "../../scripts/lib/source-skeleton.js";
import { sha256OfFile } from "../../scripts/lib/source-texts.js";
import { createQueryApi } from "../../src/query/index.js";
import type { Dataset } from "../../src/schema/index.js";
import { authoredDataset, documentsPresent } from "../helpers/authored.js";
import { copyProject } from "../helpers/scratch-project.js";

const FIXTURE = resolve(import.meta.dirname, "../fixtures/sixth-document");
const shipped = authoredDataset();
const haveDocuments = documentsPresent(shipped);
const SOURCE_ID = "source:example-made-up-document";

interface Fixture {
  readonly source: Record<string, unknown>;
  readonly [collection: string]: unknown;
}

describe.runIf(haveDocuments)("a sixth document, added as CONTRIBUTING.md says", () => {
  let work: string;
  let documents: string;
  let documentFile: string;
  let documentPath: string;
  let sha256: string;
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
      cwd: work,
      env: { ...process.env, VUR_SOURCES_DIR: documents, CI: "" },
      encoding: "utf8",
    });
  const readData = (name: string) => JSON.parse(readFileSync(join(work, "data", `${name}.json`), "utf8")) as Record<string, unknown>[];

  beforeAll(() => {
    work = copyProject("sixth-document");
    documents = mkdtempSync(join(tmpdir(), "vur-sixth-documents-"));
    cpSync(SOURCES_DIR, documents, { recursive: true });
    sha256 = sha256OfFile(join(FIXTURE, "document.txt"));
    documentFile = proposedDocumentFileName(shipped.sources.map((source) => source.file), sha256);
    documentPath = join(documents, documentFile);
    cpSync(join(FIXTURE, "document.txt"), documentPath);
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(documents, { recursive: true, force: true });
  });

  it("is named by the convention: the next number and the first 16 hex digits of its SHA-256", () => {
    const highest = Math.max(...shipped.sources.map((source) => Number(source.file.slice(0, 3))));
    expect(documentFile).toBe(`${String(highest + 1).padStart(3, "0")}_${sha256.slice(0, 16)}.txt`);
  });

  it("is refused until listed; data:add-source lists it with id, file name and SHA-256, and refuses it twice", () => {
    const unlisted = run("check-data");
    expect(unlisted.status).toBe(1);
    expect(unlisted.stderr).toContain(`${documentFile}: this file in ${documents} is not listed in data/sources.json; run \`npm run data:add-source -- ${documentPath}\``);

    const added = run("add-source", documentPath, "--id", "example-made-up-document");
    expect(added.stderr).toBe("");
    expect(added.status).toBe(0);
    const skeleton = readData("sources").at(-1)!;
    expect(skeleton).toMatchObject({ id: SOURCE_ID, file: documentFile, sha256 });
    for (const field of ["title", "titleIsDescriptive", "dateCertainty", "latestDateInText", "kind", "summary", "url"]) {
      expect(skeleton[field], field).toMatch(/^TO FILL: /);
    }

    const again = run("add-source", documentPath);
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`data:add-source: ${documentFile} is already a source: ${SOURCE_ID} (same file name); nothing written\n`);

    const toFill = run("check-data");
    expect(toFill.status).toBe(1);
    const index = shipped.sources.length;
    expect(toFill.stderr).toContain(`  sources[${index}].title: still marked "TO FILL:"; replace it with what the document gives`);
    // The schema's complaint about a field still to fill is not repeated; each field to fill is listed once.
    expect(toFill.stderr).not.toContain("titleIsDescriptive: Invalid input");
    const fields = ["title", "titleIsDescriptive", "publisherIds[0]", "published", "dateCertainty", "dateNote", "latestDateInText", "language", "kind", "summary", "url"];
    expect(toFill.stderr.split("\n").filter((line) => line.startsWith("  "))).toEqual(
      fields.map((field) => `  sources[${index}].${field}: still marked "TO FILL:"; replace it with what the document gives`),
    );
    expect(toFill.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("builds with records of every kind citing it, and the query helpers find them", () => {
    const fixture = JSON.parse(readFileSync(join(FIXTURE, "records.json"), "utf8").replaceAll("$SOURCE", SOURCE_ID)) as Fixture;
    const sources = readData("sources");
    const skeleton = sources.at(-1)!;
    const filled = { id: skeleton.id, file: skeleton.file, sha256: skeleton.sha256, ...fixture.source };
    writeFileSync(join(work, "data/sources.json"), JSON.stringify([...sources.slice(0, -1), filled]));
    for (const name of ["organizations", "people", "events", "metrics", "figures"]) {
      writeFileSync(join(work, "data", `${name}.json`), JSON.stringify([...readData(name), ...(fixture[name] as unknown[])]));
    }
    expect(run("format-data").status).toBe(0);

    const check = run("check-data");
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain(`data:check: ${shipped.sources.length + 1} sources, `);
    expect(check.stdout).toContain("every quote verbatim");

    const build = run("build-data");
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);

    const datapackage = JSON.parse(readFileSync(join(work, "dist/datapackage.json"), "utf8")) as { title: string; sources: { title: string }[] };
    expect(datapackage.sources.map((source) => source.title)).toContain(`Made-up test document (${documentFile})`);
    expect(datapackage.title).not.toMatch(/\b(five|six|\d+) (news )?documents\b/);

    const built = JSON.parse(readFileSync(join(work, "dist/dataset.json"), "utf8")) as Dataset;
    const api = createQueryApi(built);
    const event = "event:2031-03-03-example-survey-ceremony";
    expect(api.getFigure("example-sites-surveyed" as Parameters<typeof api.getFigure>[0])?.value).toBe(1234);
    expect(api.findFiguresAbout("org:example-search-office").map((figure) => figure.id)).toEqual(["figure:2031-03-03-example-sites-surveyed"]);
    expect(api.findByName("Tran Van Example").map((record) => record.id)).toEqual(["person:tran-van-example"]);
    expect(api.findPostsHeld("person:tran-van-example").map((post) => post.id)).toEqual(["post:tran-van-example-director"]);
    expect(api.findPostsIn("org:example-search-office").map(({ person }) => person.id)).toEqual(["person:tran-van-example"]);
    expect(api.findEventsByYear(2031).map((record) => record.id)).toEqual([event]);
    expect(api.findEventsInvolving("person:tran-van-example").map((record) => record.id)).toEqual([event]);
    expect(api.resolveEvent(event)?.sources.map((source) => source.id)).toEqual([SOURCE_ID]);
    const supported = api.findRecordsBySource(SOURCE_ID);
    expect(supported?.posts.map((record) => record.id)).toEqual(["post:tran-van-example-director"]);
    expect(supported?.events.map((record) => record.id)).toEqual([event]);
    expect(supported?.figures.map((record) => record.id)).toEqual(["figure:2031-03-03-example-sites-surveyed"]);
    expect(supported?.organizations.map((record) => record.id)).toEqual(["org:example-gazette", "org:example-search-office"]);
    expect(supported?.people.map((record) => record.id)).toEqual(["person:tran-van-example"]);
    expect(readFileSync(join(work, "src/generated/ids.ts"), "utf8")).toContain(`"${SOURCE_ID}"`);
  }, 120_000);
});

describe("prose about the dataset", () => {
  it("does not count the documents (the count changes when one is added)", () => {
    const countedDocuments = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) (English-language )?(news |source )?documents\b/i;
    const description = (JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as { description: string }).description;
    expect(description).not.toMatch(countedDocuments);
    const landing = readFileSync(resolve(import.meta.dirname, "../../src/index.ts"), "utf8").split("*/")[0]!;
    expect(landing).not.toMatch(countedDocuments);
  });
});
