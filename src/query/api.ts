import type { Dataset } from "../schema/index.js";
import { getEntityIn } from "./entities.js";
import { findEventsBetweenIn, findEventsByYearIn, findEventsInvolvingIn } from "./events.js";
import type { findEventsBetween, findEventsByYear, findEventsInvolving } from "./events.js";
import { getFigureHistoryIn, getFigureIn } from "./figures.js";
import type { getFigure, getFigureHistory, listMetrics } from "./figures.js";
import { accessAll, createIndexes } from "./indexes.js";
import { getMissionCountIn } from "./missions.js";
import type { getMissionCount } from "./missions.js";
import { findByNameIn } from "./names.js";
import type { findByName } from "./names.js";
import { findPostsHeldIn } from "./posts.js";
import type { findPostsHeld } from "./posts.js";
import type { getEntity } from "./entities.js";
import { findRecordsBySourceIn } from "./sources.js";
import type { findRecordsBySource } from "./sources.js";
import { findFiguresAboutIn } from "./figures-about.js";
import type { findFiguresAbout } from "./figures-about.js";
import { findNotesAboutIn } from "./notes-about.js";
import type { findNotesAbout } from "./notes-about.js";
import { findPostsInIn } from "./posts-in.js";
import type { findPostsIn } from "./posts-in.js";
import { resolveEventIn } from "./resolve-event.js";
import type { resolveEvent } from "./resolve-event.js";
import { groupEventsByYearIn } from "./timeline.js";
import type { groupEventsByYear } from "./timeline.js";
import { findDeploymentsFromIn } from "./deployments-from.js";
import type { findDeploymentsFrom } from "./deployments-from.js";

/**
 * The query helpers, bound to one dataset. The main entry's helpers are this API over the shipped dataset.
 *
 * @example
 * ```ts
 * import { createQueryApi, dataset, type QueryApi } from "vietnam-us-relations";
 *
 * const api: QueryApi = createQueryApi(dataset);
 * console.log(api.getMissionCount("peacekeeping")); // 3
 * ```
 */
export interface QueryApi {
  /** The dataset the helpers answer from. */
  readonly dataset: Dataset;
  /** {@link getEntity} over this dataset. */
  readonly getEntity: typeof getEntity;
  /** {@link findByName} over this dataset. */
  readonly findByName: typeof findByName;
  /** {@link findEventsByYear} over this dataset. */
  readonly findEventsByYear: typeof findEventsByYear;
  /** {@link findEventsBetween} over this dataset. */
  readonly findEventsBetween: typeof findEventsBetween;
  /** {@link findEventsInvolving} over this dataset. */
  readonly findEventsInvolving: typeof findEventsInvolving;
  /** {@link findRecordsBySource} over this dataset. */
  readonly findRecordsBySource: typeof findRecordsBySource;
  /** {@link findPostsHeld} over this dataset. */
  readonly findPostsHeld: typeof findPostsHeld;
  /** {@link getFigure} over this dataset. */
  readonly getFigure: typeof getFigure;
  /** {@link getFigureHistory} over this dataset. */
  readonly getFigureHistory: typeof getFigureHistory;
  /** {@link listMetrics} over this dataset. */
  readonly listMetrics: typeof listMetrics;
  /** {@link getMissionCount} over this dataset. */
  readonly getMissionCount: typeof getMissionCount;
  /** {@link findFiguresAbout} over this dataset. */
  readonly findFiguresAbout: typeof findFiguresAbout;
  /** {@link findNotesAbout} over this dataset. */
  readonly findNotesAbout: typeof findNotesAbout;
  /** {@link findPostsIn} over this dataset. */
  readonly findPostsIn: typeof findPostsIn;
  /** {@link resolveEvent} over this dataset. */
  readonly resolveEvent: typeof resolveEvent;
  /** {@link groupEventsByYear} over this dataset. */
  readonly groupEventsByYear: typeof groupEventsByYear;
  /** {@link findDeploymentsFrom} over this dataset. */
  readonly findDeploymentsFrom: typeof findDeploymentsFrom;
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
  const indexes = createIndexes(accessAll(data));
  const api: QueryApi = {
    dataset: data,
    getEntity: ((id: string) => getEntityIn(indexes, id)) as typeof getEntity,
    findByName: (name: string) => findByNameIn(indexes, name),
    findEventsByYear: (year: number) => findEventsByYearIn(indexes, year),
    findEventsBetween: (from: string, to: string) => findEventsBetweenIn(indexes, from, to),
    findEventsInvolving: (entityId, options) => findEventsInvolvingIn(indexes, entityId, options),
    findRecordsBySource: (documentId) => findRecordsBySourceIn(indexes, documentId),
    findPostsHeld: (personId, options) => findPostsHeldIn(indexes, personId, options),
    getFigure: (metric, options) => getFigureIn(indexes, metric, options),
    getFigureHistory: (metric) => getFigureHistoryIn(indexes, metric),
    listMetrics: () => data.metrics,
    getMissionCount: (...args: unknown[]) => getMissionCountIn(indexes, ...(args as [unknown, unknown])),
    findFiguresAbout: (id) => findFiguresAboutIn(indexes, id),
    findNotesAbout: (id) => findNotesAboutIn(indexes, id),
    findPostsIn: (organizationId, options) => findPostsInIn(indexes, organizationId, options),
    resolveEvent: ((event: unknown) => resolveEventIn(indexes, event)) as typeof resolveEvent,
    groupEventsByYear: () => groupEventsByYearIn(indexes),
    findDeploymentsFrom: (contributorId) => findDeploymentsFromIn(indexes, contributorId),
  };
  return Object.freeze(api);
}
