import { endOfPartialDate, type PartialDate } from "../dates.js";
import type { Person, Post } from "../types.js";
import { own } from "./arguments.js";

/**
 * The `asOf` option of every helper that takes one ({@link getFigure}, {@link getMissionCount},
 * {@link findPostsHeld} and {@link findPostsIn}), and the one rule they all follow.
 *
 * **The rule.** `asOf` is a partial ISO date and stands for the *last* day it can mean: `"2025"` asks about
 * 31 December 2025, `"2025-11"` about 30 November 2025. A dated record counts from the day its date is *certainly
 * not after* that day, that is once the last day its own date can mean is on or before it:
 *
 * - **Figures and counts.** A figure (or a deployment, for the peacekeeping count) is in force once its `asOf` is
 *   certainly not after the query date, and stays in force until a later one is. A figure dated `"2023"` is in force
 *   as of `"2023"` or `"2023-12-31"`, but not as of `"2023-01-01"`: it may not have been reported by then.
 * - **Posts.** A post is held as of a date when a document attests it on or before that date — from its `start`
 *   when stated, else from its `asOf` — unless a document states that it ended before the date (`end`, the last day
 *   in the post, earlier than the query date's last day) or that the person had died by then (`death.date`
 *   certainly not after the query date). Of several attestations of the same post (same title and organization),
 *   the latest is returned, with its own `asOf`: when the documents last placed the person there. A title given
 *   after death (`posthumous`) is never a post held.
 *
 * The documents are snapshots: a post held "as of" a date is the latest evidence, not a claim that nothing changed
 * since; an `undefined` or empty answer means no document attests anything by then, never "none".
 *
 * @example
 * ```ts
 * import { findPostsIn, getFigure, type AsOfOptions } from "vietnam-us-relations";
 *
 * const options: AsOfOptions = { asOf: "2025-12-01" };
 * findPostsIn("org:vietnam-ministry-of-national-defence", options).map(({ person }) => person.name); // ["Phan Van Giang"]
 * getFigure("us-servicemen-identified", options)?.value; // 740
 * ```
 */
export interface AsOfOptions {
  /** A partial ISO date (`"2025"`, `"2025-11"`, `"2025-11-02"`); default: the latest the data holds. */
  readonly asOf?: string;
}

/** @internal The day a query date stands for: its last day. */
export function asOfDay(asOf: PartialDate): string {
  return endOfPartialDate(asOf);
}

/** @internal Whether a record's date is certainly not after the query's day (from {@link asOfDay}). */
export function isCertainlyBy(date: PartialDate, day: string): boolean {
  return endOfPartialDate(date) <= day;
}

/** @internal Whether a document places a person in a post as of the query's day (see {@link AsOfOptions}). */
export function isPostHeldAsOf(person: Person, post: Post, day: string): boolean {
  if (own(post, "posthumous") === true) return false;
  const death = own(person, "death");
  if (death !== undefined && isCertainlyBy(death.date, day)) return false;
  if (!isCertainlyBy(own(post, "start") ?? post.asOf, day)) return false;
  const end = own(post, "end");
  return end === undefined || endOfPartialDate(end) >= day;
}

/** @internal Of the posts held as of a day, the latest attestation of each post (same title and organization). */
export function latestAttestations<T>(entries: readonly T[], postOf: (entry: T) => Post, holderOf: (entry: T) => string): readonly T[] {
  const latest = new Map<string, T>();
  for (const entry of entries) {
    const post = postOf(entry);
    const key = JSON.stringify([holderOf(entry), post.title, own(post, "organizationId") ?? null]);
    const kept = latest.get(key);
    if (kept === undefined || post.asOf > postOf(kept).asOf) latest.set(key, entry);
  }
  const kept = new Set(latest.values());
  return Object.freeze(entries.filter((entry) => kept.has(entry)));
}
