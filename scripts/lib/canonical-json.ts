import { z } from "zod";
import { collectionSchemas, type CollectionName } from "../../src/schema/index.js";

/**
 * The one text a collection file may have: records parsed by their schema (which rebuilds every object with its
 * keys in schema order), pretty-printed with two spaces and a final newline. Stable key order keeps diffs small.
 */
export function canonicalCollectionText(name: CollectionName, records: unknown): string {
  const parsed = z.array(collectionSchemas[name] as z.ZodType).parse(records);
  return `${JSON.stringify(parsed, null, 2)}\n`;
}
