import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATA_CONTENTS_FILE, renderDataContents } from "../../scripts/lib/data-contents.js";
import { authoredDataset } from "../helpers/authored.js";

describe("docs/data-contents.md", () => {
  it("is what the build generates from the current data (run `npm run build` after editing data/)", () => {
    expect(readFileSync(DATA_CONTENTS_FILE, "utf8")).toBe(renderDataContents(authoredDataset()));
  });
  it("lists the latest repatriation mission count", () => {
    expect(renderDataContents(authoredDataset())).toMatch(/\| `repatriation-missions` \| missions \| 160 \| 2023-06-08 \(inferred\) \| 1 \|/);
  });
});
