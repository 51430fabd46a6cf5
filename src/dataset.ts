import {
  GENERATED_VERSION,
  loadDeployments,
  loadEvents,
  loadFigures,
  loadMetrics,
  loadNotes,
  loadOrganizations,
  loadPeople,
  loadPlaces,
  loadPrograms,
  loadSources,
} from "./generated/collections.js";
import type { Dataset } from "./schema/dataset.js";

/**
 * The whole dataset: every source, person, organization, place, programme, deployment, event, figure, metric
 * and note, with `version` equal to the package version. Deeply frozen: mutating it throws in strict mode.
 * Each collection is parsed on first access, so importing the package costs next to nothing.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 *
 * console.log(dataset.version, dataset.events.length);
 * const knapper = dataset.people.find((person) => person.id === "person:marc-e-knapper");
 * ```
 */
export const dataset: Dataset = /* @__PURE__ */ Object.freeze({
  version: GENERATED_VERSION,
  get sources() {
    return loadSources();
  },
  get people() {
    return loadPeople();
  },
  get organizations() {
    return loadOrganizations();
  },
  get places() {
    return loadPlaces();
  },
  get programs() {
    return loadPrograms();
  },
  get deployments() {
    return loadDeployments();
  },
  get events() {
    return loadEvents();
  },
  get figures() {
    return loadFigures();
  },
  get metrics() {
    return loadMetrics();
  },
  get notes() {
    return loadNotes();
  },
});

/**
 * The dataset version: the package version the data was released with. Pin it like any dependency.
 *
 * @example
 * ```ts
 * import { DATASET_VERSION } from "vietnam-us-relations";
 *
 * if (DATASET_VERSION.split(".")[0] !== "0") throw new Error("expected the 0.x dataset");
 * ```
 */
export const DATASET_VERSION: string = GENERATED_VERSION;
