/**
 * Listing helpers: events in date order, every post with its person, a metric by id, and the events an entity
 * took part in with its role.
 * @module
 */
import { endOfPartialDate, startOfPartialDate } from "../dates.js";
import type { MetricId } from "../generated/ids.js";
import type { Event, EventType, Metric, ParticipantRole } from "../types.js";
import type { findEventsInvolving } from "./events.js";
import { loadEvents, loadMetrics, loadPeople } from "../generated/collections.js";
import { EVENT_TYPES, PARTICIPANT_ROLES } from "../generated/enums.js";
import { optional, readOptions, requireId, requirePartialDate, requireString, type Check } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";
import { createIndexes, eventEnd, live, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";
import type { PostHolder } from "./posts-in.js";

const EVENTS = /* @__PURE__ */ createIndexes({ events: loadEvents });
const PEOPLE = /* @__PURE__ */ createIndexes({ people: loadPeople });
const METRICS = /* @__PURE__ */ createIndexes({ metrics: loadMetrics });

/** A check of a value or an array of values among an enum's. */
function oneOrMany<T extends string>(values: readonly { readonly value: T }[], what: string): Check<readonly T[]> {
  return (helper, parameter, value) => {
    const allowed = values.map((entry) => entry.value as string);
    const accepted = `${what} (one of ${allowed.map((entry) => `"${entry}"`).join(", ")}), or an array of them`;
    const list = typeof value === "string" ? [value] : Array.isArray(value) ? [...(value as unknown[])] : undefined;
    if (list === undefined || !list.every((entry) => typeof entry === "string")) throw wrongType(helper, parameter, value, accepted);
    if (!list.every((entry) => allowed.includes(entry as string))) throw outOfRange(helper, parameter, value, accepted);
    return list as T[];
  };
}

/**
 * Options of {@link listEvents}.
 *
 * @example
 * ```ts
 * import { listEvents, type ListEventsOptions } from "vietnam-us-relations";
 *
 * const options: ListEventsOptions = { type: ["handover", "ceremony"], from: "2023", to: "2025" };
 * listEvents(options).map((event) => event.date);
 * ```
 */
export interface ListEventsOptions {
  /** Only events of this type or these types. */
  readonly type?: EventType | readonly EventType[] | undefined;
  /** Only events that end on or after this partial date (as {@link findEventsBetween}). */
  readonly from?: string | undefined;
  /** Only events that begin on or before the end of this partial date. */
  readonly to?: string | undefined;
}

const LIST_EVENTS_OPTIONS = {
  type: /* @__PURE__ */ optional(/* @__PURE__ */ oneOrMany(EVENT_TYPES, "an event type")),
  from: /* @__PURE__ */ optional(requirePartialDate),
  to: /* @__PURE__ */ optional(requirePartialDate),
} as const;

/** @internal */
export function listEventsIn(indexes: Indexes, options: unknown): readonly Event[] {
  const helper = "listEvents";
  const { type, from, to } = readOptions(helper, options, LIST_EVENTS_OPTIONS);
  const events = indexes.eventsChronological();
  if (type === undefined && from === undefined && to === undefined) return events;
  const start = from === undefined ? undefined : startOfPartialDate(from);
  const end = to === undefined ? undefined : endOfPartialDate(to);
  if (start !== undefined && end !== undefined && start > end) throw outOfRange(helper, "options.to", to, `a date not before options.from (${String(from)})`);
  const types = type === undefined ? undefined : new Set<string>(type);
  return Object.freeze(
    events.filter(
      (event) =>
        (types === undefined || types.has(event.type)) &&
        (end === undefined || startOfPartialDate(event.date) <= end) &&
        (start === undefined || eventEnd(event) >= start),
    ),
  );
}

/**
 * Every event in chronological order (by start date, coarse before fine, then id), optionally of some types and
 * within a range of partial dates. `dataset.events` is in authoring order, not date order; tombstoned events are
 * left out.
 *
 * @param options - `type`: an event type or an array of them; `from`, `to`: partial ISO dates (inclusive, overlap).
 * @returns A frozen array.
 * @throws TypeError for non-object options or wrongly typed values; RangeError for an unknown type, a malformed date or `to` before `from`.
 * @example
 * ```ts
 * import { listEvents } from "vietnam-us-relations";
 *
 * for (const event of listEvents({ type: "handover" })) console.log(event.date, event.title);
 * listEvents({ from: "2025-07", to: "2025-07" }).length;
 * ```
 */
export function listEvents(options?: ListEventsOptions): readonly Event[] {
  return listEventsIn(EVENTS, options);
}

const allPosts = perIndexes((indexes: Indexes): readonly PostHolder[] =>
  Object.freeze(live(indexes.collection("people")).flatMap((person) => live(person.posts).map((post) => Object.freeze({ person, post })))),
);

/** @internal */
export function listPostsIn(indexes: Indexes): readonly PostHolder[] {
  return allPosts(indexes);
}

/**
 * Every post with the person who held it, flat, in the order of `dataset.people` and then of each person's posts.
 * Tombstoned people and posts are left out. For who held a post at a date, see {@link findPostsIn} and
 * {@link findPostsHeld} with `asOf`.
 *
 * @returns A frozen array of frozen `{ person, post }` entries.
 * @example
 * ```ts
 * import { listPosts } from "vietnam-us-relations";
 *
 * for (const { person, post } of listPosts()) console.log(`${person.name}: ${post.title} (${post.asOf})`);
 * ```
 */
export function listPosts(): readonly PostHolder[] {
  return listPostsIn(PEOPLE);
}

const metricsById = perIndexes((indexes: Indexes) => new Map<string, Metric>(indexes.collection("metrics").map((metric) => [metric.id, metric])));

/** @internal */
export function getMetricIn(indexes: Indexes, id: unknown): Metric | undefined {
  return metricsById(indexes).get(requireString("getMetric", "id", id, 'a string, a metric id such as "repatriation-missions"'));
}

/**
 * The metric with an id — its label, definition, unit, kind, topic and related metrics — or `undefined` when the
 * catalogue has none. (`getEntity` takes record ids; metric ids have no prefix.)
 *
 * @param id - A metric id; see {@link listMetrics}.
 * @throws TypeError when `id` is not a string.
 * @example
 * ```ts
 * import { getMetric } from "vietnam-us-relations";
 *
 * console.log(getMetric("us-servicemen-identified")?.unit); // "servicemen"
 * getMetric("no-such-metric"); // undefined
 * ```
 */
export function getMetric(id: MetricId): Metric | undefined {
  return getMetricIn(METRICS, id);
}

/**
 * An event an entity took part in, with the role it had there, as {@link findParticipations} returns it.
 *
 * @example
 * ```ts
 * import { findParticipations, type Participation } from "vietnam-us-relations";
 *
 * const said: readonly Participation[] = findParticipations("person:faisal-shahkar", { roles: ["speaker"] });
 * for (const { event, role } of said) console.log(role, event.title);
 * ```
 */
export interface Participation {
  /** The event. */
  readonly event: Event;
  /** The entity's role in it, as the document gives it. */
  readonly role: ParticipantRole;
}

const PARTICIPATION_OPTIONS = { roles: /* @__PURE__ */ optional(/* @__PURE__ */ oneOrMany(PARTICIPANT_ROLES, "a participant role")) } as const;
const ENTITY_PREFIXES = ["person", "org", "place", "program"] as const;

const participationsByEntity = perIndexes((indexes: Indexes) => {
  const map = new Map<string, Participation[]>();
  for (const event of indexes.eventsChronological()) {
    for (const participant of event.participants) {
      const list = map.get(participant.entityId) ?? [];
      list.push(Object.freeze({ event, role: participant.role }));
      map.set(participant.entityId, list);
    }
  }
  for (const list of map.values()) Object.freeze(list);
  return map;
});
const EMPTY: readonly Participation[] = Object.freeze([]);

/** @internal */
export function findParticipationsIn(indexes: Indexes, entityId: unknown, options: unknown): readonly Participation[] {
  const helper = "findParticipations";
  const id = requireId(helper, "entityId", entityId, ENTITY_PREFIXES);
  const { roles } = readOptions(helper, options, PARTICIPATION_OPTIONS);
  const all = participationsByEntity(indexes).get(id) ?? EMPTY;
  if (roles === undefined) return all;
  const wanted = new Set<string>(roles);
  return Object.freeze(all.filter((entry) => wanted.has(entry.role)));
}

/**
 * The events an entity took part in as a participant, each with its role, in chronological order — so "what did
 * X say" is `findParticipations(x, { roles: ["speaker"] })`, without the ceremony the speech was part of (where X
 * is, say, a `guest`). An entity with two roles in one event appears twice. Unlike {@link findEventsInvolving},
 * an event's place and programmes are not participations.
 *
 * @param entityId - A `person:`, `org:`, `place:` or `program:` id.
 * @param options - `roles`: a participant role or an array of them (default: every role).
 * @returns A frozen array of frozen `{ event, role }` entries; empty for an id no event names.
 * @throws TypeError for a non-string id or wrongly typed options; RangeError for another prefix or an unknown role.
 * @example
 * ```ts
 * import { findParticipations } from "vietnam-us-relations";
 *
 * findParticipations("person:nicholas-haysom", { roles: "speaker" }).map(({ event }) => event.id);
 * ```
 */
export function findParticipations(
  entityId: Parameters<typeof findEventsInvolving>[0],
  options?: { readonly roles?: ParticipantRole | readonly ParticipantRole[] | undefined },
): readonly Participation[] {
  return findParticipationsIn(EVENTS, entityId, options);
}
