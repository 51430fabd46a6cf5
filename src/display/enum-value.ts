/**
 * One value of an enum of the schemas, with a label and a one-line meaning, as the lists `EVENT_TYPES`,
 * `PARTICIPANT_ROLES`, … give them (generated from the schemas' metadata at build time; no zod at run time).
 *
 * @example
 * ```ts
 * import { EVENT_TYPES, type EnumValue, type EventType } from "vietnam-us-relations";
 *
 * const handover: EnumValue<EventType> | undefined = EVENT_TYPES.find((type) => type.value === "handover");
 * console.log(`${handover?.label}: ${handover?.description}`);
 * ```
 */
export interface EnumValue<T extends string = string> {
  /** The value as the data holds it: `"delegation-head"`. */
  readonly value: T;
  /** The value in words, for display: `"Delegation head"`. */
  readonly label: string;
  /** What the value means, in one line. */
  readonly description: string;
}

/** @internal Freezes a generated list and its entries (called as pure, so an unused list is dropped from bundles). */
export function enumValues<T extends string>(values: EnumValue<T>[]): readonly EnumValue<T>[] {
  for (const value of values) Object.freeze(value);
  return Object.freeze(values);
}
