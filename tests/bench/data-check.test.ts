import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticProject } from "../../bench/data-check.js";
import { checkData } from "../../scripts/lib/data-check.js";
import { authoredDataset, documentsPresent } from "../helpers/authored.js";

const dataset = authoredDataset();
const haveDocuments = documentsPresent(dataset);
const work = mkdtempSync(join(tmpdir(), "vur-bench-data-check-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(haveDocuments)("the data-check benchmark's synthetic project (bench/data-check.ts)", () => {
  it("has N copies of every document, each its own file, and passes every data check", async () => {
    const counts = writeSyntheticProject(dataset, 3, work);
    expect(counts.documents).toBe(3 * dataset.sources.length);
    expect(readdirSync(join(work, "sources"))).toHaveLength(counts.documents);
    const result = await checkData({ dataDir: join(work, "data"), sourcesDir: join(work, "sources") });
    expect(result.problems).toEqual([]);
    expect(result.documentsChecked).toBe(true);
    expect(result.dataset?.sources).toHaveLength(counts.documents);
  });
});
