import { describe, expect, it } from "vitest";
import { checkCitations, sourceSchema, validateDataset } from "../../src/schema/index.js";
import { dataset, mergeDatasets, type DatasetAddition } from "../../src/index.js";
import { shippedSourceProblems } from "../../scripts/lib/shipped-sources.js";
import { NEWSROOM_FILE, NEWSROOM_RECORDS, NEWSROOM_SHA256, NEWSROOM_SOURCE, NEWSROOM_TEXT } from "../helpers/newsroom.js";

const documents = { [NEWSROOM_FILE]: NEWSROOM_TEXT };

describe("checkCitations", () => {
  it("passes records whose quotes are verbatim in their document and state each figure's value", async () => {
    expect(await checkCitations(NEWSROOM_RECORDS, documents)).toEqual({ ok: true, problems: [] });
  });

  it("names the path and the whole quote of a quote not verbatim in its document", async () => {
    const quote = "Example Newsroom hosted a readers’ forum in Hanoi"; // a typographic apostrophe
    const records: DatasetAddition = { ...NEWSROOM_RECORDS, events: [{ ...NEWSROOM_RECORDS.events[0], citations: [{ documentId: NEWSROOM_SOURCE.id, quote }] }] };
    expect(await checkCitations(records, documents)).toEqual({
      ok: false,
      problems: [{ path: "events[0].citations[0].quote", message: `quote not found verbatim in ${NEWSROOM_SOURCE.id} (${NEWSROOM_FILE}): "${quote}"` }],
    });
  });

  it("refuses a figure none of whose quotes states its value", async () => {
    const records: DatasetAddition = { ...NEWSROOM_RECORDS, figures: [{ ...NEWSROOM_RECORDS.figures[0], value: 13 }] };
    expect((await checkCitations(records, documents)).problems).toEqual([
      { path: "figures[0].citations", message: "no quote states the value 13 (13)" },
    ]);
  });

  it("compares a source's sha256, where it has one, with the SHA-256 of its text's UTF-8 bytes", async () => {
    const hashed = (sha256: string): DatasetAddition => ({ ...NEWSROOM_RECORDS, sources: [{ ...NEWSROOM_SOURCE, sha256 }] });
    expect(await checkCitations(hashed(NEWSROOM_SHA256), documents)).toEqual({ ok: true, problems: [] });
    const other = "0".repeat(64);
    expect((await checkCitations(hashed(other), documents)).problems).toEqual([
      {
        path: "sources[0].sha256",
        message: `the text of ${NEWSROOM_FILE} (${NEWSROOM_SOURCE.id}) differs from the document the data was checked against (SHA-256 ${NEWSROOM_SHA256}, expected ${other})`,
      },
    ]);
  });

  it("reports a source whose text was not passed, and a citation of a source it does not have", async () => {
    const check = await checkCitations({ ...NEWSROOM_RECORDS, sources: [NEWSROOM_SOURCE] }, {});
    expect(check.problems).toEqual([
      { path: "sources[0].file", message: `no text was passed for "${NEWSROOM_FILE}" (${NEWSROOM_SOURCE.id}), so its quotes could not be checked` },
    ]);
    const { sources: _, ...withoutSource } = NEWSROOM_RECORDS;
    expect((await checkCitations(withoutSource, documents)).problems.map((p) => p.path)).toEqual([
      "events[0].citations[0].documentId",
      "figures[0].citations[0].documentId",
    ]);
  });

  it("reads the documents' own keys only: a text on Object.prototype is not the document's", async () => {
    const prototype = Object.prototype as Record<string, unknown>;
    prototype[NEWSROOM_FILE] = NEWSROOM_TEXT;
    try {
      expect((await checkCitations(NEWSROOM_RECORDS, {})).ok).toBe(false);
    } finally {
      delete prototype[NEWSROOM_FILE];
    }
  });

  it("checks a whole merged dataset too: the shipped sources' texts are needed then", async () => {
    const check = await checkCitations(mergeDatasets(dataset, NEWSROOM_RECORDS), documents);
    expect(check.problems.map((p) => p.path)).toEqual(dataset.sources.map((_, i) => `sources[${i}].file`));
  });
});

describe("the source schema describes the data model, not the repository's conventions", () => {
  it("accepts any relative path and no sha256", () => {
    expect(sourceSchema.safeParse(NEWSROOM_SOURCE).success).toBe(true);
    expect(validateDataset(mergeDatasets(dataset, NEWSROOM_RECORDS)).problems).toEqual([]);
  });

  it.each(["/etc/passwd", "../outside.txt", "newsroom/../../outside.txt", "C:/documents/a.txt", "newsroom\\a.txt", "newsroom//a.txt", "./a.txt", "newsroom/", ""])(
    "refuses the file %j, which is not a relative path inside the documents' folder",
    (file) => {
      const result = sourceSchema.safeParse({ ...NEWSROOM_SOURCE, file });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["file", 'not a relative path: use forward slashes, with no leading "/", drive letter, backslash, empty, "." or ".." segment'],
      ]);
    },
  );

  it("refuses a malformed sha256", () => {
    expect(sourceSchema.safeParse({ ...NEWSROOM_SOURCE, sha256: "ABC" }).error?.issues.map((issue) => issue.path.join("."))).toEqual(["sha256"]);
  });

  it("while the build holds the shipped sources to the project's naming and to a SHA-256 each", () => {
    expect(shippedSourceProblems(dataset)).toEqual([]);
    const { sha256: _, ...unhashed } = dataset.sources[0]!;
    expect(shippedSourceProblems({ ...dataset, sources: [{ ...unhashed, file: NEWSROOM_FILE }] })).toEqual([
      `  sources[0].file: "${NEWSROOM_FILE}" (${unhashed.id}) is not named like the project's documents, NNN_<16 hex>.txt`,
      `  sources[0].sha256: ${unhashed.id} has no SHA-256 of its document; every shipped source needs one`,
    ]);
  });
});
