import type {
  Deployment,
  Event,
  Figure,
  Note,
  Organization,
  Person,
  Place,
  Post,
  Program,
  Source,
} from "../types.js";

/**
 * Any record that has an id, as {@link getEntity} returns it.
 *
 * @example
 * ```ts
 * import { getEntity, type AnyRecord } from "vietnam-us-relations";
 *
 * const id: string = "figure:2025-11-02-remains-returned";
 * const record: AnyRecord | undefined = getEntity(id);
 * console.log(record?.id);
 * ```
 */
export type AnyRecord = Source | Person | Post | Organization | Place | Program | Deployment | Event | Figure | Note;

/**
 * A record that {@link findByName} can return: it has a name and aliases.
 *
 * @example
 * ```ts
 * import { findByName, type NamedRecord } from "vietnam-us-relations";
 *
 * const matches: readonly NamedRecord[] = findByName("Da Nang");
 * console.log(matches.map((record) => record.name)); // ["Da Nang City"]
 * ```
 */
export type NamedRecord = Person | Organization | Place | Program;

/**
 * The record type an id stands for, read from its prefix: `RecordById<"person:x">` is {@link Person}; a plain
 * `string` gives the union of all record types.
 *
 * @example
 * ```ts
 * import type { RecordById } from "vietnam-us-relations";
 *
 * type P = RecordById<"person:pete-hegseth">; // Person
 * ```
 */
export type RecordById<Id extends string> = Id extends `source:${string}`
  ? Source
  : Id extends `person:${string}`
    ? Person
    : Id extends `post:${string}`
      ? Post
      : Id extends `org:${string}`
        ? Organization
        : Id extends `place:${string}`
          ? Place
          : Id extends `program:${string}`
            ? Program
            : Id extends `deployment:${string}`
              ? Deployment
              : Id extends `event:${string}`
                ? Event
                : Id extends `figure:${string}`
                  ? Figure
                  : Id extends `note:${string}`
                    ? Note
                    : AnyRecord;

/**
 * Every record a source document supports, by collection; each list sorted by id.
 *
 * @example
 * ```ts
 * import { findRecordsBySource, type SourceRecords } from "vietnam-us-relations";
 *
 * const supported: SourceRecords | undefined = findRecordsBySource("source:wvr-vnosmp-50th-anniversary");
 * console.log(supported?.figures.length, supported?.events.length);
 * ```
 */
// A type alias rather than an interface, so that `Object.entries(records)` keeps the record types.
export type SourceRecords = {
  readonly people: readonly Person[];
  readonly posts: readonly Post[];
  readonly organizations: readonly Organization[];
  readonly places: readonly Place[];
  readonly programs: readonly Program[];
  readonly deployments: readonly Deployment[];
  readonly events: readonly Event[];
  readonly figures: readonly Figure[];
  readonly notes: readonly Note[];
};
