import type { EventId, Figure, OrganizationId, PersonId, PlaceId, ProgramId } from "../types.js";
import type { KnownEventId, KnownOrganizationId, KnownPersonId, KnownPlaceId, KnownProgramId } from "../generated/ids.js";
import { loadFigures } from "../generated/collections.js";
import { own, requireId } from "./arguments.js";
import { compareFigures, createIndexes, live, type Indexes } from "./indexes.js";
import { freezeLists, perIndexes, pushTo } from "./memo.js";

const EMPTY: readonly Figure[] = Object.freeze([]);
const PREFIXES = ["person", "org", "place", "program", "event"] as const;
const shipped = /* @__PURE__ */ createIndexes({ figures: loadFigures });

const figuresBySubject = perIndexes((indexes: Indexes) => {
  const map = new Map<string, Figure[]>();
  for (const figure of live(indexes.collection("figures")).sort(compareFigures)) {
    const subjectId = own(figure, "subjectId");
    const eventId = own(figure, "eventId");
    if (subjectId !== undefined) pushTo(map, subjectId, figure);
    if (eventId !== undefined) pushTo(map, eventId, figure);
  }
  return freezeLists(map);
});

/** @internal */
export function findFiguresAboutIn(indexes: Indexes, id: unknown): readonly Figure[] {
  const checked = requireId("findFiguresAbout", "id", id, PREFIXES);
  return figuresBySubject(indexes).get(checked) ?? EMPTY;
}

/**
 * The figures about a record: those whose subject (`subjectId`) is the person, organization, place or programme,
 * or whose event (`eventId`) is the event — oldest first, in the order of {@link getFigureHistory} (by `asOf`,
 * then id), whatever their metric. Tombstoned figures are left out.
 *
 * @param id - A `person:`, `org:`, `place:`, `program:` or `event:` id.
 * @returns A frozen array; empty for an id that is well-formed but has no figures.
 * @throws TypeError when `id` is not a string; RangeError when it is not an id of one of those kinds.
 * @example
 * ```ts
 * import { findFiguresAbout } from "vietnam-us-relations";
 *
 * for (const figure of findFiguresAbout("program:bien-hoa-dioxin-project")) {
 *   console.log(figure.metric, figure.asOfRelation, figure.value);
 * }
 * // us-non-refundable-aid-total before 300000000
 * // bien-hoa-new-aid-package on 130000000
 * // us-non-refundable-aid-total on 430000000
 * ```
 */
export function findFiguresAbout(
  id:
    | KnownPersonId
    | KnownOrganizationId
    | KnownPlaceId
    | KnownProgramId
    | KnownEventId
    | (PersonId & {})
    | (OrganizationId & {})
    | (PlaceId & {})
    | (ProgramId & {})
    | (EventId & {}),
): readonly Figure[] {
  return findFiguresAboutIn(shipped, id);
}
