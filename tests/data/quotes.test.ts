import { describe, expect, it } from "vitest";
import { allCitations, findMisquotes, quoteCoverage } from "../../scripts/lib/check-quotes.js";
import { SOURCES_DIR } from "../../scripts/lib/paths.js";
import { readSourceTexts, reportMissingSources } from "../../scripts/lib/source-texts.js";
import { authoredDataset } from "../helpers/authored.js";

const dataset = authoredDataset();
const texts = readSourceTexts(dataset.sources.map((source) => source.file));

describe("citations", () => {
  it("find the source documents (in CI their absence is a failure)", () => {
    if (texts === undefined) {
      // Outside CI this warns loudly and the verbatim checks below are skipped; in CI it throws.
      expect(() => reportMissingSources()).not.toThrow();
      console.warn(`quotes were not checked: ${SOURCES_DIR} is missing`);
    } else {
      expect(texts.size).toBe(5);
    }
  });

  it.runIf(texts !== undefined)("quote every document verbatim, character for character", () => {
    expect(findMisquotes(dataset, texts!)).toEqual([]);
  });

  it.runIf(texts !== undefined)("would catch a quote that is not in its document", () => {
    const altered = structuredClone(dataset) as any;
    altered.events[0].citations[0].quote = `${altered.events[0].citations[0].quote} (edited)`;
    expect(findMisquotes(altered, texts!).map((m) => m.recordId)).toEqual([altered.events[0].id]);
  });

  it("are short clauses, not paragraphs", () => {
    for (const { recordId, quote } of allCitations(dataset)) {
      expect(quote.length, `${recordId}: ${quote}`).toBeLessThanOrEqual(200);
    }
  });

  it.runIf(texts !== undefined)("do not copy the articles: quotes cover well under three quarters of any document", () => {
    for (const [file, share] of quoteCoverage(dataset, texts!)) expect(share, file).toBeLessThan(0.75);
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
