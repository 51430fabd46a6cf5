import {
  loadDeployments,
  loadEvents,
  loadFigures,
  loadNotes,
  loadOrganizations,
  loadPeople,
  loadPlaces,
  loadPrograms,
  loadSources,
} from "../generated/collections.js";
import { createIndexes } from "./indexes.js";

/**
 * @internal Indexes over every collection that holds records with ids, for the helpers that may return a record
 * of any kind (`getEntity`, `findRecordsBySource`). Shared, so each index is built once for both.
 */
export const shippedRecordIndexes = /* @__PURE__ */ createIndexes({
  sources: loadSources,
  people: loadPeople,
  organizations: loadOrganizations,
  places: loadPlaces,
  programs: loadPrograms,
  deployments: loadDeployments,
  events: loadEvents,
  figures: loadFigures,
  notes: loadNotes,
});
