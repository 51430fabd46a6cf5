import type { Event, EventType } from "../types.js";
import { ownValue } from "./arguments.js";
import { wrongType } from "./errors.js";
import { isEvent } from "./guards.js";

/**
 * The event of one type: `EventOfType<"handover">` is an {@link Event} whose `type` is `"handover"`. (An `Event`
 * is one object type whose `type` is a union, so `Extract<Event, { type: "handover" }>` is `never`; use this, and
 * {@link isEventOfType} to narrow to it.)
 *
 * @example
 * ```ts
 * import type { EventOfType } from "vietnam-us-relations";
 *
 * function describeHandover(event: EventOfType<"handover">): string {
 *   return `${event.date}: ${event.title}`;
 * }
 * ```
 */
export type EventOfType<T extends EventType> = Event & { readonly type: T };

/**
 * Whether a value is an event of the given type (or of one of the given types), narrowing it to
 * {@link EventOfType}. Safe on any input.
 *
 * @param value - Anything.
 * @param type - An event type, or several.
 * @example
 * ```ts
 * import { findEventsByYear, isEventOfType } from "vietnam-us-relations";
 *
 * const handovers = findEventsByYear(2025).filter((event) => isEventOfType(event, "handover"));
 * console.log(handovers.map((event) => event.type)); // ["handover"], typed ("handover")[]
 * ```
 */
export function isEventOfType<const T extends EventType>(value: unknown, type: T | readonly T[]): value is EventOfType<T> {
  const types = requireEventTypes(type);
  if (!isEvent(value)) return false;
  const actual = ownValue(value, "type");
  return typeof actual === "string" && types.includes(actual);
}

const TYPES_TEXT = "an event type string, or an array of them";

/** Checks the `type` argument: the guard answers any value, but the question it asks must be well-formed. */
function requireEventTypes(type: unknown): readonly string[] {
  const helper = "isEventOfType";
  if (typeof type === "string") return [type];
  let members: unknown[] | undefined;
  try {
    // A copy, read once: a revoked Proxy or a throwing getter is refused like any other wrong value.
    if (Array.isArray(type)) members = Array.from(type as readonly unknown[]);
  } catch {
    members = undefined;
  }
  if (members === undefined || !members.every((member) => typeof member === "string")) throw wrongType(helper, "type", type, TYPES_TEXT);
  return members as string[];
}
