/**
 * Zod schemas of every record in the dataset, for users who validate their own records or extend the data.
 *
 * Import from `vietnam-us-relations/schemas`. The main entry never loads zod at run time; this entry does.
 *
 * @example
 * ```ts
 * import { figureSchema, validateDataset } from "vietnam-us-relations/schemas";
 *
 * const parsed = figureSchema.safeParse(myFigure);
 * if (!parsed.success) console.error(parsed.error.issues);
 * ```
 * @module schemas
 */
export {
  citationSchema,
  dateCertaintySchema,
  dateMeaningSchema,
  deploymentIdSchema,
  deprecationSchema,
  entityIdSchema,
  eventIdSchema,
  figureIdSchema,
  ID_PREFIXES,
  noteIdSchema,
  organizationIdSchema,
  partialDateSchema,
  personIdSchema,
  placeIdSchema,
  postIdSchema,
  programIdSchema,
  recordIdSchema,
  sourceIdSchema,
} from "./common.js";
export { sourceKindSchema, sourceSchema } from "./source.js";
export { deathSchema, personSchema, postSchema } from "./person.js";
export { organizationKindSchema, organizationSchema } from "./organization.js";
export { placeKindSchema, placeSchema } from "./place.js";
export { programKindSchema, programSchema } from "./program.js";
export { deploymentSchema } from "./deployment.js";
export {
  eventSchema,
  eventTypeSchema,
  partOfDaySchema,
  participantRoleSchema,
  participantSchema,
} from "./event.js";
export { asOfRelationSchema, figureQualifierSchema, figureSchema } from "./figure.js";
export { metricKindSchema, metricSchema } from "./metric.js";
export { noteKindSchema, noteSchema } from "./note.js";
export { collectionSchemas, datasetSchema } from "./dataset.js";
export {
  PROBLEMS_BEFORE_STOPPING,
  PROBLEMS_LISTED,
  validateDataset,
  type DatasetProblem,
  type DatasetValidation,
} from "./integrity.js";
export { checkCitations, type CitationCheck, type CitationProblem } from "./citations.js";
// The record types are the same named types the main entry exports (generated from these schemas' metadata).
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
} from "../types.js";
