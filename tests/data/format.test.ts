import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canonicalCollectionText } from "../../scripts/lib/canonical-json.js";
import { COLLECTIONS, collectionFile } from "../../scripts/lib/load-data.js";

describe("data files", () => {
  it.each(COLLECTIONS)("data/%s.json is in canonical form (schema key order, 2-space indent; run `npm run data:format`)", (name) => {
    const text = readFileSync(collectionFile(name), "utf8");
    expect(text).toBe(canonicalCollectionText(name, JSON.parse(text)));
  });
});
