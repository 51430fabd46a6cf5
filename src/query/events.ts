import { endOfPartialDate, PARTIAL_DATE_YEARS, startOfPartialDate } from "../dates.js";
import type { Event } from "../schema/index.js";
import { requireId, requireInteger, requirePartialDate } from "./arguments.js";
import { outOfRange } from "./errors.js";
import { loadEvents } from "../generated/collections.js";
import { createIndexes, eventEnd, type Indexes } from "./indexes.js";

const EMPTY: readonly Event[] = Object.freeze([]);
const shipped = /* @__PURE__ */ createIndexes({ events: loadEvents });

/** @internal */
export function findEventsByYearIn(indexes: Indexes, year: unknown): readonly Event[] {
  requireInteger("findEventsByYear", "year", year, PARTIAL_DATE_YEARS.min, PARTIAL_DATE_YEARS.max, "an integer year");
  return indexes.eventsByYear().get(year as number) ?? EMPTY;
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

/** @internal */
export function findEventsInvolvingIn(indexes: Indexes, entityId: unknown): readonly Event[] {
  const id = requireId("findEventsInvolving", "entityId", entityId, ENTITY_PREFIXES);
  return indexes.eventsByEntity().get(id) ?? EMPTY;
}

/**
 * Every event an entity is linked to — as a participant (any role), as the event's place, or as a programme the
 * event belongs to — in chronological order.
 *
 * @param entityId - A person, organization, place or programme id.
 * @returns A frozen array; empty for an id that is well-formed but not in the data.
 * @throws TypeError when `entityId` is not a string; RangeError when it is not a `person:`, `org:`, `place:` or `program:` id.
 * @example
 * ```ts
 * import { findEventsInvolving } from "vietnam-us-relations";
 *
 * findEventsInvolving("person:pete-hegseth").map((event) => event.id);
 * // ["event:2025-11-02-hegseth-official-visit", "event:2025-11-02-giang-hegseth-talks"]
 * ```
 */
export function findEventsInvolving(entityId: string): readonly Event[] {
  return findEventsInvolvingIn(shipped, entityId);
}
