import type { PersonId, Post } from "../types.js";
import type { KnownPersonId } from "../generated/ids.js";
import { optionalAsOf, requireId } from "./arguments.js";
import { loadPeople } from "../generated/collections.js";
import { createIndexes, type Indexes } from "./indexes.js";
import { asOfDay, isPostHeldAsOf, latestAttestations, type AsOfOptions } from "./as-of.js";

const EMPTY: readonly Post[] = Object.freeze([]);
const shipped = /* @__PURE__ */ createIndexes({ people: loadPeople });

/** @internal */
export function findPostsHeldIn(indexes: Indexes, personId: unknown, options?: unknown): readonly Post[] {
  const helper = "findPostsHeld";
  const id = requireId(helper, "personId", personId, ["person"]);
  const asOf = optionalAsOf(helper, options);
  const person = indexes.peopleById().get(id);
  if (!person) return EMPTY;
  if (asOf === undefined) return person.posts;
  const day = asOfDay(asOf);
  const held = person.posts.filter((post) => isPostHeldAsOf(person, post, day));
  return latestAttestations(held, (post) => post, () => person.id);
}

/**
 * The posts a person held, as the documents attest them. Without `asOf`: every post. With `asOf`: the posts held
 * as of that date by the rule of {@link AsOfOptions} — the latest attestation of each post on or before the date
 * (with its own `asOf`), unless a document states an end or the person's death before it; never a title given
 * posthumously (`post.posthumous`). The documents are snapshots: a post not attested by a date is not evidence that
 * it was not held then.
 *
 * @param personId - A `person:` id.
 * @param options - `asOf`: a partial ISO date.
 * @returns A frozen array in the person's post order; empty for an id not in the data.
 * @throws TypeError for a non-string id or non-object options; RangeError for a non-person id or a malformed date.
 * @example
 * ```ts
 * import { findPostsHeld } from "vietnam-us-relations";
 *
 * findPostsHeld("person:phan-van-giang", { asOf: "2025-12-01" }).map((post) => post.title);
 * // ["General", "Politburo member", "Deputy Secretary of the Central Military Commission", "Minister of National Defense"]
 * findPostsHeld("person:phan-van-giang", { asOf: "2025-11-01" }); // []: first attested on 2 November 2025
 * findPostsHeld("person:nguyen-phu-trong", { asOf: "2024-07-27" }); // []: respects were paid to him that day
 * findPostsHeld("person:nguyen-phu-trong").map((post) => [post.title, post.posthumous]); // [["General Secretary", true]]
 * ```
 */
export function findPostsHeld(
  personId: KnownPersonId | (PersonId & {}),
  options?: AsOfOptions,
): readonly Post[] {
  return findPostsHeldIn(shipped, personId, options);
}
