import { ownValue } from "./arguments.js";
import type { Deployment, Event, Figure, Note, Organization, Person, Place, Post, Program, Source } from "../types.js";

/**
 * Whether a value is an object whose `id` starts with the prefix. Record kinds are told apart by id prefix alone:
 * ids are unique across the dataset and their prefix names the collection (see `ID_PREFIXES`).
 */
function hasIdPrefix(value: unknown, prefix: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  try {
    // Own property only (an `id` on a polluted Object.prototype makes nothing a record), and a guard never
    // throws: a revoked Proxy or a throwing getter is simply not a record.
    const id = ownValue(value, "id");
    return typeof id === "string" && id.startsWith(prefix);
  } catch {
    return false;
  }
}

/**
 * Whether a value is a source document record (its `id` starts with `source:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { getEntity, isSource } from "vietnam-us-relations";
 *
 * const record = getEntity("source:vna-giang-hegseth-talks");
 * if (isSource(record)) console.log(record.title);
 * ```
 */
export function isSource(value: unknown): value is Source {
  return hasIdPrefix(value, "source:");
}

/**
 * Whether a value is a person record (its `id` starts with `person:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { findByName, isPerson } from "vietnam-us-relations";
 *
 * const people = findByName("giang").filter(isPerson); // Person[]
 * console.log(people.map((person) => person.posts.length));
 * ```
 */
export function isPerson(value: unknown): value is Person {
  return hasIdPrefix(value, "person:");
}

/**
 * Whether a value is a post record (its `id` starts with `post:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { getEntity, isPost } from "vietnam-us-relations";
 *
 * const record = getEntity("post:pham-minh-chinh-prime-minister");
 * if (isPost(record)) console.log(record.title); // "Prime Minister"
 * ```
 */
export function isPost(value: unknown): value is Post {
  return hasIdPrefix(value, "post:");
}

/**
 * Whether a value is an organization record (its `id` starts with `org:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { findByName, isOrganization } from "vietnam-us-relations";
 *
 * const [mission] = findByName("unmiss").filter(isOrganization);
 * console.log(mission?.kind); // "un-peacekeeping-mission"
 * ```
 */
export function isOrganization(value: unknown): value is Organization {
  return hasIdPrefix(value, "org:");
}

/**
 * Whether a value is a place record (its `id` starts with `place:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { findByName, isPlace } from "vietnam-us-relations";
 *
 * const [city] = findByName("da nang").filter(isPlace);
 * console.log(city?.kind); // "city"
 * ```
 */
export function isPlace(value: unknown): value is Place {
  return hasIdPrefix(value, "place:");
}

/**
 * Whether a value is a programme record (its `id` starts with `program:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { findByName, isProgram } from "vietnam-us-relations";
 *
 * const programmes = findByName("bien hoa").filter(isProgram);
 * console.log(programmes.map((program) => program.kind));
 * ```
 */
export function isProgram(value: unknown): value is Program {
  return hasIdPrefix(value, "program:");
}

/**
 * Whether a value is a peacekeeping deployment record (its `id` starts with `deployment:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { getEntity, isDeployment } from "vietnam-us-relations";
 *
 * const record = getEntity("deployment:vietnam-unisfa");
 * if (isDeployment(record)) console.log(record.missionId); // "org:unisfa"
 * ```
 */
export function isDeployment(value: unknown): value is Deployment {
  return hasIdPrefix(value, "deployment:");
}

/**
 * Whether a value is an event record (its `id` starts with `event:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { findRecordsBySource, isEvent } from "vietnam-us-relations";
 *
 * const supported = findRecordsBySource("source:vna-giang-hegseth-talks");
 * console.log(supported?.events.every(isEvent)); // true
 * ```
 */
export function isEvent(value: unknown): value is Event {
  return hasIdPrefix(value, "event:");
}

/**
 * Whether a value is a figure record (its `id` starts with `figure:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { getEntity, isFigure } from "vietnam-us-relations";
 *
 * const record = getEntity("figure:2025-11-02-remains-returned");
 * if (isFigure(record)) console.log(record.metric, record.value); // "remains-returned" 994
 * ```
 */
export function isFigure(value: unknown): value is Figure {
  return hasIdPrefix(value, "figure:");
}

/**
 * Whether a value is a note record (its `id` starts with `note:`). Safe on any input.
 *
 * @example
 * ```ts
 * import { getEntity, isNote } from "vietnam-us-relations";
 *
 * const record = getEntity("note:bien-hoa-aid-total-scope");
 * if (isNote(record)) console.log(record.kind); // "scope"
 * ```
 */
export function isNote(value: unknown): value is Note {
  return hasIdPrefix(value, "note:");
}
