import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkCitations } from "../../src/schema/index.js";
import { allCitations, quoteCoverage } from "../../scripts/lib/check-quotes.js";
import { ROOT, SOURCES_DIR } from "../../scripts/lib/paths.js";
import {
  checkSourceDocuments,
  DOCUMENT_CHECKS,
  MAX_QUOTE_COVERAGE,
  readSourceTexts,
  reportMissingSources,
  sha256OfFile,
} from "../../scripts/lib/source-texts.js";
import { authoredDataset } from "../helpers/authored.js";

const dataset = authoredDataset();
const texts = readSourceTexts(dataset.sources.map((source) => source.file));
const haveDocuments = texts !== undefined;

describe("citations", () => {
  it("find the source documents (in CI their absence is a failure)", () => {
    if (texts === undefined) {
      // Outside CI this warns loudly and the checks against the documents are skipped; in CI it throws.
      expect(() => reportMissingSources()).not.toThrow();
      console.warn(`quotes were not checked: ${SOURCES_DIR} is missing`);
    } else {
      expect([...texts.keys()]).toEqual(dataset.sources.map((source) => source.file));
    }
  });

  it.runIf(haveDocuments)("quote every document verbatim, character for character", async () => {
    expect(await checkCitations(dataset, Object.fromEntries(texts!))).toEqual({ ok: true, problems: [] });
  });

  it.runIf(haveDocuments)("would catch a quote that is not in its document", async () => {
    const altered = structuredClone(dataset) as any;
    const quote = `${altered.events[0].citations[0].quote} (edited)`;
    altered.events[0].citations[0].quote = quote;
    const { documentId } = altered.events[0].citations[0];
    const file = dataset.sources.find((source) => source.id === documentId)!.file;
    expect(await checkCitations(altered, Object.fromEntries(texts!))).toEqual({
      ok: false,
      problems: [{ path: "events[0].citations[0].quote", message: `quote not found verbatim in ${documentId} (${file}): "${quote}"` }],
    });
  });

  it("cite a clause, not a paragraph: no quote is longer than 120 characters", () => {
    const long = allCitations(dataset).filter(({ quote }) => quote.length > 120);
    expect(long).toEqual([]);
  });

  it.runIf(haveDocuments)("do not copy the articles: the union of quotes covers at most 40 % of every document", () => {
    expect(MAX_QUOTE_COVERAGE).toBe(0.4);
    const coverage = quoteCoverage(dataset, texts!);
    expect([...coverage.keys()]).toEqual(dataset.sources.map((source) => source.file));
    for (const [file, share] of coverage) expect(share, file).toBeLessThanOrEqual(0.4);
  });

  it.runIf(haveDocuments)("the coverage limit would catch a dataset that quotes a whole paragraph", async () => {
    const altered = structuredClone(dataset) as any;
    const source = dataset.sources[0]!;
    const file = source.file;
    const paragraphs = texts!.get(file)!.split("\n").filter((line) => line.length > 0);
    // Quote every line of the document, 120 characters at a time.
    const chunks = paragraphs.flatMap((line) => line.match(/[\s\S]{1,120}/g) ?? []);
    altered.notes[0].citations.push(...chunks.map((quote) => ({ documentId: source.id, quote })));
    expect(quoteCoverage(altered, texts!).get(file)).toBeGreaterThan(0.4);
    expect(await checkSourceDocuments(altered)).toContainEqual(expect.stringContaining(`${file}: quotes cover`));
  });
});

describe("source hashes", () => {
  const temp = mkdtempSync(join(tmpdir(), "vur-sources-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.runIf(haveDocuments)("every source record carries the SHA-256 of its document's text", async () => {
    for (const source of dataset.sources) expect(sha256OfFile(resolve(SOURCES_DIR, source.file)), source.file).toBe(source.sha256);
    expect(await checkSourceDocuments(dataset)).toEqual([]);
  });

  it.runIf(haveDocuments)("the build names the document whose text differs and refuses to build", async () => {
    cpSync(SOURCES_DIR, temp, { recursive: true });
    const source = dataset.sources[0]!;
    const changed = join(temp, source.file);
    // One character added at the end, every quote still verbatim: only the hash can tell.
    writeFileSync(changed, `${readFileSync(changed, "utf8")}.`);
    const changedTexts = Object.fromEntries(readSourceTexts(dataset.sources.map((s) => s.file), temp)!);
    expect((await checkCitations(dataset, changedTexts)).problems.filter((p) => p.path.endsWith(".quote"))).toEqual([]);

    const problems = await checkSourceDocuments(dataset, temp);
    expect(problems).toHaveLength(1);
    expect(problems![0]).toMatch(/^ {2}sources\[0\]\.sha256: the text of /);
    expect(problems![0]).toContain(`the text of ${source.file} (${source.id}) differs`);
    expect(problems![0]).toContain("replace it with the original text");

    const build = spawnSync(process.execPath, ["--import", "tsx", "scripts/build-data.ts"], {
      cwd: ROOT,
      env: { ...process.env, VUR_SOURCES_DIR: temp, CI: "" },
      encoding: "utf8",
    });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain("dist/ was not built");
    expect(build.stderr).toContain(`sources[0].sha256: the text of ${source.file} (${source.id}) differs`);
    expect(build.stderr).toContain("replace it with the original text");
    expect(build.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it("without the documents, the checks that need them are skipped and named", async () => {
    expect(await checkSourceDocuments(dataset, join(temp, "absent"))).toBeUndefined();
    expect(DOCUMENT_CHECKS).toEqual([
      "the SHA-256 of each document against its source record",
      "every quote verbatim against its document",
      "the share of each document the quotes cover (at most 40 %)",
      "that every file in the folder is listed in data/sources.json",
    ]);
    const warn = console.warn;
    const lines: string[] = [];
    console.warn = (line: string) => lines.push(line);
    const previous = process.env.CI;
    delete process.env.CI;
    try {
      reportMissingSources(join(temp, "absent"));
    } finally {
      console.warn = warn;
      if (previous !== undefined) process.env.CI = previous;
    }
    for (const check of DOCUMENT_CHECKS) expect(lines.join("\n")).toContain(check);
  });
});

describe("a missing source folder", () => {
  it("fails loudly in CI", () => {
    const previous = process.env.CI;
    process.env.CI = "true";
    try {
      expect(() => reportMissingSources()).toThrow(/Source documents not found/);
    } finally {
      if (previous === undefined) delete process.env.CI;
      else process.env.CI = previous;
    }
  });
});
