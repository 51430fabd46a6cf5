import { requireString } from "./arguments.js";
import type { Indexes } from "./indexes.js";
import { shippedRecordIndexes } from "./shipped-records.js";
import type { RecordById } from "./records.js";
import type { KnownRecordId } from "../generated/ids.js";

/** @internal */
export function getEntityIn<Id extends string>(indexes: Indexes, id: Id): RecordById<Id> | undefined {
  requireString("getEntity", "id", id, "a string, a record id such as \"person:pham-minh-chinh\"");
  return indexes.recordsById().get(id) as RecordById<Id> | undefined;
}

/**
 * The record with an id, from any collection (posts included), or `undefined` when no record has it. The result
 * type follows the id's prefix: `getEntity("person:…")` is a `Person | undefined`. Editors offer the shipped ids
 * ({@link KnownRecordId}) as completions; any string is accepted. Tombstoned records (with
 * `deprecated`) are returned here, so stored ids keep resolving; the search and listing helpers skip them.
 *
 * @param id - A record id such as `"person:pham-minh-chinh"` or `"event:2025-07-25-170th-remains-handover"`.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * import { getEntity } from "vietnam-us-relations";
 *
 * const hegseth = getEntity("person:pete-hegseth"); // Person | undefined
 * console.log(hegseth?.posts[0]?.title); // "US Secretary of War (US Secretary of National Defense)"
 * getEntity("person:nobody"); // undefined
 * ```
 */
export function getEntity<Id extends KnownRecordId | (string & {})>(id: Id): RecordById<Id> | undefined {
  return getEntityIn(shippedRecordIndexes, id);
}
