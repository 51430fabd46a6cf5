import type { OrganizationId, Person, Post } from "../types.js";
import type { KnownOrganizationId } from "../generated/ids.js";
import { loadPeople } from "../generated/collections.js";
import { optionalAsOf, own, requireId } from "./arguments.js";
import { createIndexes, live, type Indexes } from "./indexes.js";
import { freezeLists, perIndexes, pushTo } from "./memo.js";
import { asOfDay, isPostHeldAsOf, latestAttestations, type AsOfOptions } from "./as-of.js";

/**
 * A person with a post they hold in an organization, as {@link findPostsIn} returns it.
 *
 * @example
 * ```ts
 * import { findPostsIn, type PostHolder } from "vietnam-us-relations";
 *
 * const holders: readonly PostHolder[] = findPostsIn("org:us-department-of-war");
 * for (const { person, post } of holders) console.log(`${person.name}: ${post.title}`);
 * ```
 */
export interface PostHolder {
  /** The person. */
  readonly person: Person;
  /** The post they hold in the organization. */
  readonly post: Post;
}

const EMPTY: readonly PostHolder[] = Object.freeze([]);
const shipped = /* @__PURE__ */ createIndexes({ people: loadPeople });

const holdersByOrganization = perIndexes((indexes: Indexes) => {
  const map = new Map<string, PostHolder[]>();
  for (const person of live(indexes.collection("people"))) {
    for (const post of live(person.posts)) {
      const organizationId = own(post, "organizationId");
      if (organizationId !== undefined) pushTo(map, organizationId, Object.freeze({ person, post }));
    }
  }
  return freezeLists(map);
});

/** @internal */
export function findPostsInIn(indexes: Indexes, organizationId: unknown, options?: unknown): readonly PostHolder[] {
  const helper = "findPostsIn";
  const id = requireId(helper, "organizationId", organizationId, ["org"]);
  const asOf = optionalAsOf(helper, options);
  const holders = holdersByOrganization(indexes).get(id) ?? EMPTY;
  if (asOf === undefined) return holders;
  const day = asOfDay(asOf);
  const held = holders.filter(({ person, post }) => isPostHeldAsOf(person, post, day));
  return latestAttestations(held, (holder) => holder.post, (holder) => holder.person.id);
}

/**
 * Who holds a post in an organization: each person with the post (one entry per post, so a person with two posts
 * there appears twice), in the order of `dataset.people` and then of each person's posts. `asOf` follows the rule of
 * {@link AsOfOptions}, as in {@link findPostsHeld}: who held a post there as of that date, by the latest attestation
 * on or before it. Tombstoned people and posts are left out.
 *
 * @param organizationId - An `org:` id.
 * @param options - `asOf`: a partial ISO date.
 * @returns A frozen array of frozen entries; empty for an organization nobody holds a post in.
 * @throws TypeError for a non-string id or non-object options; RangeError for a non-organization id or a malformed date.
 * @example
 * ```ts
 * import { findPostsIn } from "vietnam-us-relations";
 *
 * for (const { person, post } of findPostsIn("org:vietnam-ministry-of-national-defence", { asOf: "2025-12-01" })) {
 *   console.log(`${person.name}, ${post.title}`); // Phan Van Giang, Minister of National Defense
 * }
 * ```
 */
export function findPostsIn(
  organizationId: KnownOrganizationId | (OrganizationId & {}),
  options?: AsOfOptions,
): readonly PostHolder[] {
  return findPostsInIn(shipped, organizationId, options);
}
