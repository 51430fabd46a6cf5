import type { Event, EventId, Organization, ParticipantRole, Person, Place, Program, Source } from "../types.js";
import type { KnownEventId } from "../generated/ids.js";
import { loadEvents, loadOrganizations, loadPeople, loadPlaces, loadPrograms, loadSources } from "../generated/collections.js";
import { own, ownValue, requireId } from "./arguments.js";
import { cutText, outOfRange, wrongType } from "./errors.js";
import { isEvent } from "./guards.js";
import { createIndexes, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";

/**
 * A participant of an event, as a record: the person, organization, place or programme with its role.
 *
 * @example
 * ```ts
 * import { resolveEvent, type ResolvedParticipant } from "vietnam-us-relations";
 *
 * const participants: readonly ResolvedParticipant[] = resolveEvent("event:2025-11-02-giang-hegseth-talks")?.participants ?? [];
 * console.log(participants.map(({ entity, role }) => `${entity.name} (${role})`));
 * ```
 */
export interface ResolvedParticipant {
  /** The participating record. */
  readonly entity: Person | Organization | Place | Program;
  /** What it did in the event. */
  readonly role: ParticipantRole;
}

/**
 * An event with the records it points at, as {@link resolveEvent} returns it.
 *
 * @example
 * ```ts
 * import { resolveEvent, type ResolvedEvent } from "vietnam-us-relations";
 *
 * const resolved: ResolvedEvent | undefined = resolveEvent("event:2025-07-25-170th-remains-handover");
 * console.log(resolved?.place?.name); // "Da Nang City"
 * ```
 */
export interface ResolvedEvent {
  /** The event record itself. */
  readonly event: Event;
  /** Where it took place (`event.placeId`), if the documents say. */
  readonly place: Place | undefined;
  /** `event.participants`, in their order, each with its record. */
  readonly participants: readonly ResolvedParticipant[];
  /** The programmes it belongs to (`event.programIds`), in their order. */
  readonly programs: readonly Program[];
  /** The event it was part of (`event.partOfId`), if any. */
  readonly partOf: Event | undefined;
  /** The documents its citations quote, in citation order, each once. */
  readonly sources: readonly Source[];
}

type Resolvable = Person | Organization | Place | Program | Source | Event;

const shipped = /* @__PURE__ */ createIndexes({
  events: loadEvents,
  people: loadPeople,
  organizations: loadOrganizations,
  places: loadPlaces,
  programs: loadPrograms,
  sources: loadSources,
});

const recordsById = perIndexes((indexes: Indexes) => {
  const map = new Map<string, Resolvable>();
  for (const name of ["events", "people", "organizations", "places", "programs", "sources"] as const) {
    for (const record of indexes.collection(name)) map.set(record.id, record);
  }
  return map;
});

const resolved = perIndexes(() => new WeakMap<Event, ResolvedEvent>());

function resolve(indexes: Indexes, event: Event): ResolvedEvent {
  const records = recordsById(indexes);
  const find = <T extends Resolvable>(id: string | undefined) => (id === undefined ? undefined : (records.get(id) as T | undefined));
  const participants: ResolvedParticipant[] = [];
  for (const { entityId, role } of event.participants) {
    const entity = find<ResolvedParticipant["entity"]>(entityId);
    if (entity) participants.push(Object.freeze({ entity, role }));
  }
  const programs = event.programIds.map((id) => find<Program>(id)).filter((program) => program !== undefined);
  const sources = [...new Set(event.citations.map((citation) => citation.documentId))]
    .map((id) => find<Source>(id))
    .filter((source) => source !== undefined);
  return Object.freeze({
    event,
    place: find<Place>(own(event, "placeId")),
    participants: Object.freeze(participants),
    programs: Object.freeze(programs),
    partOf: find<Event>(own(event, "partOfId")),
    sources: Object.freeze(sources),
  });
}

/** The own `id` of an object, read once and never throwing (undefined unless a string). */
function ownId(value: object): string | undefined {
  try {
    const id = ownValue(value, "id");
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/** @internal */
export function resolveEventIn(indexes: Indexes, eventOrId: unknown): ResolvedEvent | undefined {
  const helper = "resolveEvent";
  let event: Event | undefined;
  if (typeof eventOrId === "string") {
    const found = recordsById(indexes).get(requireId(helper, "event", eventOrId, ["event"]));
    event = isEvent(found) ? found : undefined;
    if (event === undefined) return undefined;
  } else {
    // A record is resolved through its id, to this dataset's own frozen record: the caller's object is never read
    // beyond its own `id`, so a look-alike or hostile object cannot steer the answer.
    const id = isEvent(eventOrId) ? ownId(eventOrId) : undefined;
    if (id === undefined) throw wrongType(helper, "event", eventOrId, 'an event record or an "event:" id');
    const found = recordsById(indexes).get(id);
    if (!isEvent(found)) throw outOfRange(helper, "event", eventOrId, `an event of this dataset (no event has the id "${cutText(id)}")`);
    event = found;
  }
  const cache = resolved(indexes);
  let result = cache.get(event);
  if (result === undefined) {
    result = resolve(indexes, event);
    cache.set(event, result);
  }
  return result;
}

/**
 * An event with the records it points at: its place, its participants (each with its role), its programmes, the
 * event it was part of and the source documents it cites — records instead of ids, so listing events with their
 * places and participants' names needs no lookups of your own.
 *
 * @param event - An event record (from `findEventsByYear`, say); or its id (see the other signature).
 * @returns A frozen object. A tombstoned event is resolved too, as `getEntity` returns it.
 * @throws TypeError when `event` is neither an event record nor a string; RangeError for an event record whose id
 *   is not in this dataset.
 * @example
 * ```ts
 * import { findEventsByYear, resolveEvent } from "vietnam-us-relations";
 *
 * for (const event of findEventsByYear(2025)) {
 *   const { place, participants } = resolveEvent(event);
 *   console.log(event.date, place?.name ?? "-", participants.map(({ entity }) => entity.name).join(", "));
 * }
 * ```
 */
export function resolveEvent(event: Event): ResolvedEvent;
/**
 * {@link resolveEvent} by id: the event with that id with the records it points at, or `undefined` when no event
 * has the id.
 *
 * @param id - An `event:` id.
 * @throws TypeError when `id` is not a string; RangeError when it is not an `event:` id.
 * @example
 * ```ts
 * import { resolveEvent } from "vietnam-us-relations";
 *
 * resolveEvent("event:2025-11-02-giang-hegseth-talks")?.programs.map((program) => program.name);
 * resolveEvent("event:no-such-event"); // undefined
 * ```
 */
export function resolveEvent(id: KnownEventId | (EventId & {})): ResolvedEvent | undefined;
export function resolveEvent(event: Event | KnownEventId | (EventId & {})): ResolvedEvent | undefined {
  return resolveEventIn(shipped, event);
}
