import { endOfPartialDate, PARTIAL_DATE_YEARS, startOfPartialDate } from "../dates.js";
import type { Event, OrganizationId, PersonId, PlaceId, ProgramId } from "../types.js";
import type { KnownOrganizationId, KnownPersonId, KnownPlaceId, KnownProgramId } from "../generated/ids.js";
import { optionalFlag, requireId, requireInteger, requirePartialDate } from "./arguments.js";
import { outOfRange } from "./errors.js";
import { loadEvents, loadPeople } from "../generated/collections.js";
import { compareEvents, createIndexes, eventEnd, type Indexes } from "./indexes.js";
import { postHolderIds } from "./post-holders.js";

const EMPTY: readonly Event[] = Object.freeze([]);
const shipped = /* @__PURE__ */ createIndexes({ events: loadEvents });

/** @internal */
export function findEventsByYearIn(indexes: Indexes, year: unknown): readonly Event[] {
  requireInteger("findEventsByYear", "year", year, PARTIAL_DATE_YEARS.min, PARTIAL_DATE_YEARS.max, "an integer year");
  return indexes.eventsByYear().eventsIn(year as number);
}

/**
 * The events whose date falls in a year, in chronological order. A month- or year-precision date sorts before
 * the days of its month or year (`"2025"` < `"2025-07"` < `"2025-07-25"`); on the same date an undated event reported
 * as happening on or before it (`dateMeaning: "not-after"`) comes first, then the rest by part of day, then id. An
 * event with an `endDate` in a later year is found in every year it touches.
 *
 * @param year - A calendar year, an integer from 1 to 9999.
 * @returns A frozen array; empty for a year without events.
 * @throws TypeError when `year` is not a number; RangeError when it is not an integer from 1 to 9999.
 * @example
 * ```ts
 * import { findEventsByYear } from "vietnam-us-relations";
 *
 * for (const event of findEventsByYear(2025)) console.log(event.date, event.title);
 * // 2025-07-12 30th anniversary of Vietnam-US diplomatic relations
 * // 2025-07-25 170th handover ceremony of remains of US servicemen, in Da Nang
 * // …
 * ```
 */
export function findEventsByYear(year: number): readonly Event[] {
  return findEventsByYearIn(shipped, year);
}

/** @internal */
export function findEventsBetweenIn(indexes: Indexes, from: unknown, to: unknown): readonly Event[] {
  const helper = "findEventsBetween";
  const start = startOfPartialDate(requirePartialDate(helper, "from", from));
  const toDate = requirePartialDate(helper, "to", to);
  const end = endOfPartialDate(toDate);
  if (start > end) throw outOfRange(helper, "to", to, `a date not before "from" (${String(from)})`);
  // Events are sorted by start; every event starting after `to` ends the scan.
  const events = indexes.eventsChronological();
  const found: Event[] = [];
  for (const event of events) {
    if (startOfPartialDate(event.date) > end) break;
    if (eventEnd(event) >= start) found.push(event);
  }
  return Object.freeze(found);
}

/**
 * The events whose dates overlap an inclusive range of partial ISO dates, in chronological order (the order of
 * {@link findEventsByYear}). Each bound stands for its whole period: `findEventsBetween("2023", "2024-07")` runs
 * from 1 January 2023 to 31 July 2024. An event dated only to a month or year is returned when that month or year
 * overlaps the range.
 *
 * @param from - First day of the range, as `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
 * @param to - Last day of the range, in the same form, not before `from`.
 * @throws TypeError when a bound is not a string; RangeError when it is not a real partial date or `to` is before `from`.
 * @example
 * ```ts
 * import { findEventsBetween } from "vietnam-us-relations";
 *
 * const ofTheVisit = findEventsBetween("2025-11", "2025-11-30");
 * console.log(ofTheVisit.map((event) => event.type)); // ["visit", "talks"]
 * ```
 */
export function findEventsBetween(from: string, to: string): readonly Event[] {
  return findEventsBetweenIn(shipped, from, to);
}

const ENTITY_PREFIXES = ["person", "org", "place", "program"] as const;
// A separate set, so that findEventsByYear and findEventsBetween do not carry the people (for `viaPosts`).
const shippedWithPeople = /* @__PURE__ */ createIndexes({ events: loadEvents, people: loadPeople });

/** @internal */
export function findEventsInvolvingIn(indexes: Indexes, entityId: unknown, options?: unknown): readonly Event[] {
  const helper = "findEventsInvolving";
  const id = requireId(helper, "entityId", entityId, ENTITY_PREFIXES);
  const viaPosts = optionalFlag(helper, options, "viaPosts");
  const own = indexes.eventsByEntity().get(id) ?? EMPTY;
  if (!viaPosts) return own;
  const found = new Set(own);
  for (const holderId of postHolderIds(indexes).get(id) ?? []) {
    for (const event of indexes.eventsByEntity().get(holderId) ?? EMPTY) found.add(event);
  }
  return found.size === own.length ? own : Object.freeze([...found].sort(compareEvents));
}

/**
 * Every event an entity is linked to — as a participant (any role), as the event's place, or as a programme the
 * event belongs to — in chronological order.
 *
 * With `{ viaPosts: true }`, an organization's events also include the events of every person who holds a post
 * in it (see {@link findPostsIn}): the minister's visits count as the ministry's. The documents attest posts at
 * dates, not for whole terms, so a holder's events are included whatever their date; check `findPostsHeld` with
 * `asOf` when the date matters. For other ids `viaPosts` changes nothing.
 *
 * @param entityId - A person, organization, place or programme id.
 * @param options - `viaPosts`: also follow the posts held in an organization (default `false`).
 * @returns A frozen array; empty for an id that is well-formed but not in the data.
 * @throws TypeError when `entityId` is not a string or `options` is not an object with a boolean `viaPosts`;
 *   RangeError when it is not a `person:`, `org:`, `place:` or `program:` id, or `options` has another key.
 * @example
 * ```ts
 * import { findEventsInvolving } from "vietnam-us-relations";
 *
 * findEventsInvolving("person:pete-hegseth").map((event) => event.id);
 * // ["event:2025-11-02-hegseth-official-visit", "event:2025-11-02-giang-hegseth-talks"]
 * findEventsInvolving("org:us-department-of-war", { viaPosts: true }).map((event) => event.id);
 * // the same two: Pete Hegseth holds a post in the department
 * ```
 */
export function findEventsInvolving(
  entityId:
    | KnownPersonId
    | KnownOrganizationId
    | KnownPlaceId
    | KnownProgramId
    | (PersonId & {})
    | (OrganizationId & {})
    | (PlaceId & {})
    | (ProgramId & {}),
  options?: { readonly viaPosts?: boolean },
): readonly Event[] {
  return findEventsInvolvingIn(shippedWithPeople, entityId, options);
}
