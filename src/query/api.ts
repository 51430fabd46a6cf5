import type { Dataset } from "../schema/index.js";
import { getEntityIn } from "./entities.js";
import { findEventsBetweenIn, findEventsByYearIn, findEventsInvolvingIn } from "./events.js";
import type { findEventsBetween, findEventsByYear, findEventsInvolving } from "./events.js";
import { getFigureHistoryIn, getFigureIn } from "./figures.js";
import type { getFigure, getFigureHistory, listMetrics } from "./figures.js";
import { createIndexes } from "./indexes.js";
import { getMissionCountIn } from "./missions.js";
import type { getMissionCount } from "./missions.js";
import { findByNameIn } from "./names.js";
import type { findByName } from "./names.js";
import { findPostsHeldIn } from "./posts.js";
import type { findPostsHeld } from "./posts.js";
import type { getEntity } from "./entities.js";
import { findRecordsBySourceIn } from "./sources.js";
import type { findRecordsBySource } from "./sources.js";

/** The query helpers, bound to one dataset. The main entry's helpers are this API over the shipped dataset. */
export interface QueryApi {
  readonly dataset: Dataset;
  readonly getEntity: typeof getEntity;
  readonly findByName: typeof findByName;
  readonly findEventsByYear: typeof findEventsByYear;
  readonly findEventsBetween: typeof findEventsBetween;
  readonly findEventsInvolving: typeof findEventsInvolving;
  readonly findRecordsBySource: typeof findRecordsBySource;
  readonly findPostsHeld: typeof findPostsHeld;
  readonly getFigure: typeof getFigure;
  readonly getFigureHistory: typeof getFigureHistory;
  readonly listMetrics: typeof listMetrics;
  readonly getMissionCount: typeof getMissionCount;
}

/**
 * The query helpers over a dataset of your own — the shipped one extended with your records, say. Indexes are
 * built lazily on each helper's first use, as for the main entry's helpers. Validate the dataset first with
 * `validateDataset` from `vietnam-us-relations/schemas`: the helpers trust it.
 *
 * @param data - A complete, valid dataset.
 * @example
 * ```ts
 * import { createQueryApi, dataset } from "vietnam-us-relations";
 *
 * const api = createQueryApi({ ...dataset, events: dataset.events.filter((event) => event.type !== "statement") });
 * console.log(api.findEventsByYear(2024).length);
 * ```
 */
export function createQueryApi(data: Dataset): QueryApi {
  const indexes = createIndexes(data);
  const api: QueryApi = {
    dataset: data,
    getEntity: ((id: string) => getEntityIn(indexes, id)) as typeof getEntity,
    findByName: (name: string) => findByNameIn(indexes, name),
    findEventsByYear: (year: number) => findEventsByYearIn(indexes, year),
    findEventsBetween: (from: string, to: string) => findEventsBetweenIn(indexes, from, to),
    findEventsInvolving: (entityId: string) => findEventsInvolvingIn(indexes, entityId),
    findRecordsBySource: (documentId: string) => findRecordsBySourceIn(indexes, documentId),
    findPostsHeld: (personId: string, options?: { readonly asOf?: string }) => findPostsHeldIn(indexes, personId, options),
    getFigure: (metric, options) => getFigureIn(indexes, metric, options),
    getFigureHistory: (metric) => getFigureHistoryIn(indexes, metric),
    listMetrics: () => data.metrics,
    getMissionCount: (...args: unknown[]) => getMissionCountIn(indexes, ...(args as [unknown, unknown])),
  };
  return Object.freeze(api);
}
