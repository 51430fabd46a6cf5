import { endOfPartialDate, startOfPartialDate } from "../dates.js";
import type { PartialDate } from "../dates.js";
import type { Post } from "../schema/index.js";

/**
 * @internal Whether a document places a post in the period a partial date stands for: the post's `start`..`end`
 * when stated, otherwise the date the document attests it (`asOf`), overlapping that period. Shared by
 * `findPostsHeld` and `findPostsIn`, so both honour `asOf` the same way.
 */
export function isPostAttestedIn(post: Post, asOf: PartialDate): boolean {
  const start = startOfPartialDate(post.start ?? post.asOf);
  const end = endOfPartialDate(post.end ?? post.asOf);
  return start <= endOfPartialDate(asOf) && end >= startOfPartialDate(asOf);
}
