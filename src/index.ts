/**
 * A typed, versioned, sourced dataset of what news documents report about Vietnam–US cooperation on war
 * legacies and Vietnam's UN peacekeeping, with query helpers.
 *
 * The main entry holds the data and the helpers only; it loads no zod at run time. Schemas are in
 * `vietnam-us-relations/schemas`.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 *
 * console.log(`${dataset.figures.length} figures from ${dataset.sources.length} documents`);
 * ```
 * @module vietnam-us-relations
 */
export { dataset, DATASET_VERSION } from "./dataset.js";
export * from "./query/index.js";
export {
  comparePartialDates,
  endOfPartialDate,
  isPartialDate,
  PARTIAL_DATE_YEARS,
  parsePartialDate,
  startOfPartialDate,
  type DatePrecision,
  type PartialDate,
  type PartialDateParts,
} from "./dates.js";
export type {
  AsOfRelation,
  Citation,
  CollectionName,
  DatasetAddition,
  Dataset,
  DateCertainty,
  DateMeaning,
  Death,
  DeepReadonly,
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
  MetricId,
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
} from "./types.js";
export {
  AS_OF_RELATIONS,
  DATE_CERTAINTIES,
  DATE_MEANINGS,
  EVENT_TYPES,
  FIGURE_QUALIFIERS,
  METRIC_KINDS,
  METRIC_TOPICS,
  NOTE_KINDS,
  ORGANIZATION_KINDS,
  PARTICIPANT_ROLES,
  PARTS_OF_DAY,
  PLACE_KINDS,
  PROGRAM_KINDS,
  SOURCE_DATE_CERTAINTIES,
  SOURCE_KINDS,
} from "./generated/enums.js";
export type { EnumValue } from "./display/enum-value.js";
export type {
  KnownDeploymentId,
  KnownEventId,
  KnownFigureId,
  KnownMetricId,
  KnownNoteId,
  KnownOrganizationId,
  KnownPersonId,
  KnownPlaceId,
  KnownPostId,
  KnownProgramId,
  KnownRecordId,
  KnownSourceId,
} from "./generated/ids.js";
