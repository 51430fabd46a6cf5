import { requireId } from "./arguments.js";
import type { Indexes } from "./indexes.js";
import { shippedRecordIndexes } from "./shipped-records.js";
import type { SourceRecords } from "./records.js";


const NOTHING: SourceRecords = Object.freeze({
  people: Object.freeze([]),
  posts: Object.freeze([]),
  organizations: Object.freeze([]),
  places: Object.freeze([]),
  programs: Object.freeze([]),
  deployments: Object.freeze([]),
  events: Object.freeze([]),
  figures: Object.freeze([]),
  notes: Object.freeze([]),
});

/** @internal */
export function findRecordsBySourceIn(indexes: Indexes, documentId: unknown): SourceRecords {
  const id = requireId("findRecordsBySource", "documentId", documentId, ["source"]);
  return indexes.recordsBySource().get(id) ?? NOTHING;
}

/**
 * Everything a source document supports: every record with at least one citation of it, by collection, each
 * list sorted by id.
 *
 * @param documentId - A `source:` id (see `dataset.sources`).
 * @returns A frozen object of frozen arrays; all empty for a source id not in the data.
 * @throws TypeError for a non-string id; RangeError for an id that is not a `source:` id.
 * @example
 * ```ts
 * import { findRecordsBySource } from "vietnam-us-relations";
 *
 * const supported = findRecordsBySource("source:vna-giang-hegseth-talks");
 * console.log(supported.figures.map((figure) => `${figure.metric} = ${figure.value}`));
 * ```
 */
export function findRecordsBySource(documentId: string): SourceRecords {
  return findRecordsBySourceIn(shippedRecordIndexes, documentId);
}
