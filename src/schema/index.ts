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
export type {
  Citation,
  DateCertainty,
  DeepReadonly,
  DeploymentId,
  Deprecation,
  EntityId,
  EventId,
  FigureId,
  NoteId,
  OrganizationId,
  PersonId,
  PlaceId,
  PostId,
  ProgramId,
  RecordId,
  SourceId,
} from "./common.js";
export { sourceKindSchema, sourceSchema, type Source } from "./source.js";
export { deathSchema, personSchema, postSchema, type Person, type Post } from "./person.js";
export { organizationKindSchema, organizationSchema, type Organization, type OrganizationKind } from "./organization.js";
export { placeKindSchema, placeSchema, type Place, type PlaceKind } from "./place.js";
export { programKindSchema, programSchema, type Program, type ProgramKind } from "./program.js";
export { deploymentSchema, type Deployment } from "./deployment.js";
export {
  eventSchema,
  eventTypeSchema,
  partOfDaySchema,
  participantRoleSchema,
  participantSchema, type Event, type EventType, type Participant, type ParticipantRole } from "./event.js";
export { asOfRelationSchema, figureQualifierSchema, figureSchema, type Figure, type FigureQualifier } from "./figure.js";
export { metricKindSchema, metricSchema, type Metric, type MetricKind } from "./metric.js";
export { noteKindSchema, noteSchema, type Note, type NoteKind } from "./note.js";
export { collectionSchemas, datasetSchema, type CollectionName, type Dataset } from "./dataset.js";
export {
  PROBLEMS_BEFORE_STOPPING,
  PROBLEMS_LISTED,
  validateDataset,
  type DatasetProblem,
  type DatasetValidation,
} from "./integrity.js";
