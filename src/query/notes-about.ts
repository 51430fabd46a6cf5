import type {
  DeploymentId,
  EventId,
  FigureId,
  Note,
  NoteId,
  OrganizationId,
  PersonId,
  PlaceId,
  PostId,
  ProgramId,
  SourceId,
} from "../types.js";
import type { KnownRecordId } from "../generated/ids.js";
import { loadNotes } from "../generated/collections.js";
import { requireId } from "./arguments.js";
import { createIndexes, live, type Indexes } from "./indexes.js";
import { freezeLists, perIndexes, pushTo } from "./memo.js";

const EMPTY: readonly Note[] = Object.freeze([]);
const PREFIXES = ["source", "person", "post", "org", "place", "program", "deployment", "event", "figure", "note"] as const;
const shipped = /* @__PURE__ */ createIndexes({ notes: loadNotes });

const notesByRecord = perIndexes((indexes: Indexes) => {
  const map = new Map<string, Note[]>();
  const notes = live(indexes.collection("notes")).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const note of notes) for (const id of new Set(note.recordIds)) pushTo(map, id, note);
  return freezeLists(map);
});

/** @internal */
export function findNotesAboutIn(indexes: Indexes, id: unknown): readonly Note[] {
  const checked = requireId("findNotesAbout", "id", id, PREFIXES);
  return notesByRecord(indexes).get(checked) ?? EMPTY;
}

/**
 * The notes that name a record in their `recordIds`: why two figures disagree, how a date was inferred, what a
 * total covers. Sorted by note id; tombstoned notes are left out.
 *
 * @param id - Any record id: `figure:…`, `event:…`, `source:…`, `person:…`…
 * @returns A frozen array; empty for an id that no note names.
 * @throws TypeError when `id` is not a string; RangeError when it is not a record id.
 * @example
 * ```ts
 * import { findNotesAbout } from "vietnam-us-relations";
 *
 * for (const note of findNotesAbout("figure:2025-11-02-us-identified-cases")) console.log(note.kind, note.title);
 * ```
 */
export function findNotesAbout(
  id:
    | KnownRecordId
    | (SourceId & {})
    | (PersonId & {})
    | (PostId & {})
    | (OrganizationId & {})
    | (PlaceId & {})
    | (ProgramId & {})
    | (DeploymentId & {})
    | (EventId & {})
    | (FigureId & {})
    | (NoteId & {}),
): readonly Note[] {
  return findNotesAboutIn(shipped, id);
}
