import { endOfPartialDate, startOfPartialDate } from "../dates.js";
import type { PartialDate } from "../dates.js";
import type { Person, Post } from "../types.js";
import { own } from "./arguments.js";

/**
 * @internal Whether a document places a person's post in the period a partial date stands for: the post's
 * `start`..`end` when stated, otherwise the date the document attests it (`asOf`), overlapping that period. A
 * title given after death (`posthumous`) is no evidence of the post being held, and nothing is held in a period
 * that starts after the person's death (exact or a "not-after" bound). Shared by `findPostsHeld` and
 * `findPostsIn`, so both honour `asOf` the same way.
 */
export function isPostAttestedIn(person: Person, post: Post, asOf: PartialDate): boolean {
  if (own(post, "posthumous") === true) return false;
  const from = startOfPartialDate(asOf);
  const death = own(person, "death");
  if (death !== undefined && from > endOfPartialDate(death.date)) return false;
  const start = startOfPartialDate(own(post, "start") ?? post.asOf);
  const end = endOfPartialDate(own(post, "end") ?? post.asOf);
  return start <= endOfPartialDate(asOf) && end >= from;
}
