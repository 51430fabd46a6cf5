import type { Dataset } from "../types.js";
import { getEntityIn } from "./entities.js";
import { findEventsBetweenIn, findEventsByYearIn, findEventsInvolvingIn } from "./events.js";
import type { findEventsBetween, findEventsByYear, findEventsInvolving } from "./events.js";
import { getFigureHistoryIn, getFigureIn } from "./figures.js";
import type { getFigure, getFigureHistory, listMetrics } from "./figures.js";
import { accessAll, createIndexes } from "./indexes.js";
import { optional, readOptions, type Check } from "./arguments.js";
import { checkDatasetShape } from "./dataset-shape.js";
import { describeValue, wrongType } from "./errors.js";
import { frozenSnapshot } from "./snapshot.js";
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
import { explainFigureIn } from "./explain-figure.js";
import type { explainFigure } from "./explain-figure.js";
import { formatCitationIn } from "./citations.js";
import type { formatCitation } from "./citations.js";
import { describeRecordIn } from "./describe-record.js";
import type { describeRecord } from "./describe-record.js";
import { searchIn } from "./search.js";
import type { search } from "./search.js";
import { findParticipationsIn, getMetricIn, listEventsIn, listPostsIn } from "./listing.js";
import type { findParticipations, getMetric, listEvents, listPosts } from "./listing.js";
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
  /** The API's own deeply frozen snapshot of the dataset it was given: what every helper answers from. */
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
  /** {@link listMetrics} over this dataset: the snapshot's (frozen) metrics array. */
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
  /** {@link explainFigure} over this dataset. */
  readonly explainFigure: typeof explainFigure;
  /** {@link formatCitation} over this dataset. */
  readonly formatCitation: typeof formatCitation;
  /** {@link describeRecord} over this dataset. */
  readonly describeRecord: typeof describeRecord;
  /** {@link search} over this dataset. */
  readonly search: typeof search;
  /** {@link listEvents} over this dataset. */
  readonly listEvents: typeof listEvents;
  /** {@link listPosts} over this dataset. */
  readonly listPosts: typeof listPosts;
  /** {@link getMetric} over this dataset. */
  readonly getMetric: typeof getMetric;
  /** {@link findParticipations} over this dataset. */
  readonly findParticipations: typeof findParticipations;
}

/**
 * A full validation of a dataset, as `validateDataset` from `vietnam-us-relations/schemas` does it: pass that
 * function as {@link QueryApiOptions.validate}. Typed here without zod, so that the main entry stays free of it.
 *
 * @example
 * ```ts
 * import { createQueryApi, dataset, type DatasetValidator } from "vietnam-us-relations";
 * import { validateDataset } from "vietnam-us-relations/schemas";
 *
 * const validate: DatasetValidator = validateDataset;
 * const api = createQueryApi(dataset, { validate });
 * ```
 */
export type DatasetValidator = (data: unknown) => {
  readonly ok: boolean;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
};

/**
 * Options of {@link createQueryApi}.
 *
 * @example
 * ```ts
 * import { createQueryApi, dataset, type QueryApiOptions } from "vietnam-us-relations";
 * import { validateDataset } from "vietnam-us-relations/schemas";
 *
 * const options: QueryApiOptions = { validate: validateDataset };
 * console.log(createQueryApi(dataset, options).getMissionCount()); // 160
 * ```
 */
export interface QueryApiOptions {
  /**
   * A full validation to run on the snapshot before the API is made, typically `validateDataset` from
   * `vietnam-us-relations/schemas`. Only an answer `{ ok: true }` lets the data through. When it answers
   * `{ ok: false, problems }`, `createQueryApi` throws a `RangeError` listing the first problems, each message
   * whole; any other answer (`false`, `undefined`, `0`, …) is refused with a `TypeError`. Without it, only the
   * shape the helpers rely on is checked.
   */
  readonly validate?: DatasetValidator | undefined;
}

const HELPER = "createQueryApi";
const PROBLEMS_SHOWN = 5;

const requireValidator: Check<DatasetValidator> = (helper, parameter, value) => {
  if (typeof value !== "function") throw wrongType(helper, parameter, value, "a function such as validateDataset from vietnam-us-relations/schemas");
  return value as DatasetValidator;
};
const OPTIONS_SPEC = { validate: /* @__PURE__ */ optional(requireValidator) } as const;

/** What a validator's answer must be, for messages. */
const VALIDATOR_ANSWER = "a function answering { ok: true } or { ok: false, problems }, such as validateDataset from vietnam-us-relations/schemas";

function runValidation(validate: DatasetValidator, snapshot: Dataset): void {
  const result: unknown = validate(snapshot);
  const answer = typeof result === "object" && result !== null ? (result as { ok?: unknown; problems?: unknown }) : undefined;
  // Only an explicit pass passes: `false` (an ajv validator's answer), `undefined` or `0` are no answer.
  if (answer?.ok === true) return;
  if (answer === undefined || answer.ok !== false) {
    throw wrongType(HELPER, "options.validate", validate, `${VALIDATOR_ANSWER}; it answered ${describeValue(result)}, so "data" is refused`);
  }
  const problems: readonly unknown[] = Array.isArray(answer.problems) ? answer.problems : [];
  // The first few problems, each whole: a cut message would hide the rule it states.
  const shown = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((problem) => {
      const { path, message } = (typeof problem === "object" && problem !== null ? problem : {}) as { path?: unknown; message?: unknown };
      return `${String(path)}: ${String(message)}`;
    })
    .join("; ");
  const more = problems.length > PROBLEMS_SHOWN ? `; and ${problems.length - PROBLEMS_SHOWN} more` : "";
  throw new RangeError(`${HELPER}: parameter "data" must pass options.validate; it found ${problems.length} problem(s): ${shown}${more}`);
}

/**
 * The query helpers over a dataset of your own — the shipped one extended with your records, say.
 *
 * **Snapshot semantics.** `createQueryApi` first takes its own deeply frozen structured copy of `data` (own
 * enumerable properties only; getters are read once) and answers from that copy only. It never freezes,
 * mutates or keeps a reference to your arrays and objects: you may keep changing them, and no helper of the
 * returned API will see the change; build a new API to see it. The shipped `dataset`'s own collections and
 * records are shared rather than copied (known by identity; any other object, frozen or not, is copied).
 * `api.dataset` and `api.listMetrics()` return the snapshot. The copy costs time proportional to the elements
 * that exist: arrays with holes, or longer than 10,000,000 elements (a Proxy claiming such a length included),
 * are refused before anything is copied.
 *
 * **Checks.** The shape the helpers rely on is checked once, here: every collection is an array of plain
 * objects with unique string ids, and every field an index reads has the type it needs (aliases are arrays of
 * strings, dates are partial ISO dates, figure values finite numbers, …). A wrong type throws a `TypeError`,
 * a bad value or a duplicate id a `RangeError`, naming the path (`data.events[3].endDate`) and the helpers and
 * index that read the field. Cyclic, over-deep or non-JSON data is refused the same way. Full validation —
 * every schema rule and every cross-record reference — is opt-in: pass `validateDataset` from
 * `vietnam-us-relations/schemas` as `options.validate` (the main entry itself never loads zod).
 *
 * Indexes are built lazily on each helper's first use, as for the main entry's helpers.
 *
 * @param data - A complete dataset: `version` and the ten collections.
 * @param options - `validate`: a full validation to run first, e.g. `validateDataset`.
 * @throws TypeError / RangeError as described above; RangeError when `options.validate` reports problems.
 * @example
 * ```ts
 * import { createQueryApi, dataset } from "vietnam-us-relations";
 * import { validateDataset } from "vietnam-us-relations/schemas";
 *
 * const api = createQueryApi({ ...dataset, events: dataset.events.filter((event) => event.type !== "statement") });
 * console.log(api.findEventsByYear(2024).length);
 * const checked = createQueryApi(dataset, { validate: validateDataset });
 * console.log(checked.getMissionCount("peacekeeping")); // 3
 * ```
 */
export function createQueryApi(data: Dataset, options?: QueryApiOptions): QueryApi {
  const { validate } = readOptions(HELPER, options, OPTIONS_SPEC);
  const snapshot = frozenSnapshot(HELPER, data, "data");
  checkDatasetShape(snapshot, "data");
  if (validate !== undefined) runValidation(validate, snapshot);
  const indexes = createIndexes(accessAll(snapshot));
  const api: QueryApi = {
    dataset: snapshot,
    getEntity: ((id: string) => getEntityIn(indexes, id)) as typeof getEntity,
    findByName: (name: string) => findByNameIn(indexes, name),
    findEventsByYear: (year: number) => findEventsByYearIn(indexes, year),
    findEventsBetween: (from: string, to: string) => findEventsBetweenIn(indexes, from, to),
    findEventsInvolving: (entityId, options) => findEventsInvolvingIn(indexes, entityId, options),
    findRecordsBySource: (documentId) => findRecordsBySourceIn(indexes, documentId),
    findPostsHeld: (personId, options) => findPostsHeldIn(indexes, personId, options),
    getFigure: (metric, options) => getFigureIn(indexes, metric, options),
    getFigureHistory: (metric) => getFigureHistoryIn(indexes, metric),
    listMetrics: () => snapshot.metrics,
    getMissionCount: (...args: unknown[]) => getMissionCountIn(indexes, ...(args as [unknown, unknown])),
    findFiguresAbout: (id) => findFiguresAboutIn(indexes, id),
    findNotesAbout: (id) => findNotesAboutIn(indexes, id),
    findPostsIn: (organizationId, options) => findPostsInIn(indexes, organizationId, options),
    resolveEvent: ((event: unknown) => resolveEventIn(indexes, event)) as typeof resolveEvent,
    groupEventsByYear: () => groupEventsByYearIn(indexes),
    findDeploymentsFrom: (contributorId) => findDeploymentsFromIn(indexes, contributorId),
    explainFigure: (metric, options) => explainFigureIn(indexes, metric, options),
    formatCitation: (citation) => formatCitationIn(indexes, citation),
    describeRecord: (record) => describeRecordIn(indexes, record),
    search: (text, options) => searchIn(indexes, text, options),
    listEvents: (options) => listEventsIn(indexes, options),
    listPosts: () => listPostsIn(indexes),
    getMetric: (id) => getMetricIn(indexes, id),
    findParticipations: (entityId, options) => findParticipationsIn(indexes, entityId, options),
  };
  return Object.freeze(api);
}
