// The public types of the dataset's records, in one place. They are generated from the schemas' metadata by
// scripts/lib/record-types.ts, so each field carries its schema's description, and they depend on nothing else:
// the main entry's declaration files stand alone. tests/types/record-types.test-d.ts proves each one identical to
// `DeepReadonly` of its schema's inferred type.
export type {
  AsOfRelation,
  Citation,
  Dataset,
  DateCertainty,
  DateMeaning,
  Death,
  Deployment,
  DeploymentId,
  Deprecation,
  EntityId,
  Event,
  EventId,
  EventType,
  Figure,
  FigureId,
  FigureQualifier,
  Metric,
  MetricKind,
  MetricTopic,
  Note,
  NoteId,
  NoteKind,
  Organization,
  OrganizationId,
  OrganizationKind,
  Participant,
  ParticipantRole,
  PartOfDay,
  Person,
  PersonId,
  Place,
  PlaceId,
  PlaceKind,
  Post,
  PostId,
  Program,
  ProgramId,
  ProgramKind,
  RecordId,
  RelatedMetric,
  Source,
  SourceDateCertainty,
  SourceId,
  SourceKind,
} from "./generated/record-types.js";
import type { Dataset } from "./generated/record-types.js";

export type { DeepReadonly } from "./deep-readonly.js";
export type { MetricId } from "./generated/ids.js";

/**
 * The names of the dataset's collections: every key of {@link Dataset} but `version`.
 *
 * @example
 * ```ts
 * import { dataset, type CollectionName } from "vietnam-us-relations";
 *
 * const name: CollectionName = "figures";
 * console.log(dataset[name].length);
 * ```
 */
export type CollectionName =
  | "sources"
  | "people"
  | "organizations"
  | "places"
  | "programs"
  | "deployments"
  | "events"
  | "figures"
  | "metrics"
  | "notes";

/**
 * Records to add to a dataset, collection by collection: any of the dataset's collections, each an array of
 * records of that collection's type. Collections left out add nothing. `checkCitations` (from
 * `vietnam-us-relations/schemas`) takes one too, to check your own records alone.
 *
 * @example
 * ```ts
 * import type { DatasetAddition } from "vietnam-us-relations";
 *
 * const addition: DatasetAddition = {
 *   metrics: [
 *     {
 *       id: "newsroom-reported-remains",
 *       label: "Remains reported by our newsroom",
 *       definition: "Sets of remains our own reporters saw handed over, as our article states them.",
 *       unit: "sets of remains",
 *       kind: "count",
 *       topic: "mia-search",
 *     },
 *   ],
 * };
 * ```
 */
export type DatasetAddition = { readonly [K in CollectionName]?: Dataset[K] };
