import type { Event } from "../types.js";
import { loadEvents } from "../generated/collections.js";
import { createIndexes, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";

/**
 * One year of the timeline {@link groupEventsByYear} returns.
 *
 * @example
 * ```ts
 * import { groupEventsByYear, type YearOfEvents } from "vietnam-us-relations";
 *
 * const [first]: readonly YearOfEvents[] = groupEventsByYear();
 * console.log(first?.year, first?.events.length);
 * ```
 */
export interface YearOfEvents {
  /** The calendar year. */
  readonly year: number;
  /** Its events, in the order of `findEventsByYear`. */
  readonly events: readonly Event[];
}

const shipped = /* @__PURE__ */ createIndexes({ events: loadEvents });

const timeline = perIndexes((indexes: Indexes) => {
  const byYear = indexes.eventsByYear();
  return Object.freeze(byYear.years().map((year): YearOfEvents => Object.freeze({ year, events: byYear.eventsIn(year) })));
});

/** @internal */
export function groupEventsByYearIn(indexes: Indexes): readonly YearOfEvents[] {
  return timeline(indexes);
}

/**
 * The timeline: every year that has events, oldest first, each with its events in chronological order (as
 * {@link findEventsByYear} gives them; an event whose `endDate` falls in a later year is under every year it
 * touches). Years without events are left out. Tombstoned events are left out.
 *
 * @returns A frozen array of frozen entries.
 * @example
 * ```ts
 * import { groupEventsByYear } from "vietnam-us-relations";
 *
 * for (const { year, events } of groupEventsByYear()) console.log(year, events.map((event) => event.title));
 * ```
 */
export function groupEventsByYear(): readonly YearOfEvents[] {
  return groupEventsByYearIn(shipped);
}
