import { requireId } from "./arguments.js";
import type { Indexes } from "./indexes.js";
import { shippedRecordIndexes } from "./shipped-records.js";
import type { SourceRecords } from "./records.js";
import type { SourceId } from "../types.js";
import type { KnownSourceId } from "../generated/ids.js";

/** @internal */
export function findRecordsBySourceIn(indexes: Indexes, documentId: unknown): SourceRecords | undefined {
  const id = requireId("findRecordsBySource", "documentId", documentId, ["source"]);
  return indexes.recordsBySource().get(id);
}

/**
 * Everything a source document supports: every record with at least one citation of it, by collection, each
 * list sorted by id.
 *
 * @param documentId - A `source:` id (see `dataset.sources`).
 * @returns A frozen object of frozen arrays — all empty for a source that supports nothing — or `undefined` for a
 *   source id not in the data, so that a mistyped id is not mistaken for a document that supports nothing.
 * @throws TypeError for a non-string id; RangeError for an id that is not a `source:` id.
 * @example
 * ```ts
 * import { findRecordsBySource } from "vietnam-us-relations";
 *
 * const supported = findRecordsBySource("source:vna-giang-hegseth-talks");
 * console.log(supported?.figures.map((figure) => `${figure.metric} = ${figure.value}`));
 * findRecordsBySource("source:004"); // undefined: no source has that id
 * ```
 */
export function findRecordsBySource(documentId: KnownSourceId | (SourceId & {})): SourceRecords | undefined {
  return findRecordsBySourceIn(shippedRecordIndexes, documentId);
}
