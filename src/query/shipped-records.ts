import { COLLECTION_LOADERS } from "../generated/collections.js";
import { createIndexes } from "./indexes.js";

/**
 * @internal Indexes over every collection, for the helpers that may return a record of any kind (`getEntity`,
 * `findRecordsBySource`). Shared, so each index is built once for both.
 */
export const shippedRecordIndexes = /* @__PURE__ */ createIndexes(COLLECTION_LOADERS);
