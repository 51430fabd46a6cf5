export type { AsOfOptions } from "./as-of.js";
export { createQueryApi, type DatasetValidator, type QueryApi, type QueryApiOptions } from "./api.js";
export { getEntity } from "./entities.js";
export { findEventsBetween, findEventsByYear, findEventsInvolving } from "./events.js";
export { getFigure, getFigureHistory, listMetrics } from "./figures.js";
export { getMissionCount, type MissionKind } from "./missions.js";
export { mergeDatasets } from "./merge.js";
export { findByName } from "./names.js";
export { foldName, foldWords } from "./normalize.js";
export { findPostsHeld } from "./posts.js";
export type { AnyRecord, NamedRecord, RecordById, SourceRecords } from "./records.js";
export { findRecordsBySource } from "./sources.js";
export { findDeploymentsFrom, type MissionDeployment } from "./deployments-from.js";
export { findFiguresAbout } from "./figures-about.js";
export {
  isDeployment,
  isEvent,
  isFigure,
  isNote,
  isOrganization,
  isPerson,
  isPlace,
  isPost,
  isProgram,
  isSource,
} from "./guards.js";
export { isEventOfType, type EventOfType } from "./kinds.js";
export { findNotesAbout } from "./notes-about.js";
export { findPostsIn, type PostHolder } from "./posts-in.js";
export { resolveEvent, type ResolvedEvent, type ResolvedParticipant } from "./resolve-event.js";
export { groupEventsByYear, type YearOfEvents } from "./timeline.js";
export { formatCitation } from "./citations.js";
export { explainFigure, type CitedSource, type FigureExplanation, type RelatedFigure, type SourcedFigure } from "./explain-figure.js";
export { formatFigure, formatPartialDate, type PartialDateFormatOptions } from "../display/format.js";
export { describeRecord } from "./describe-record.js";
export { search, type SearchHit, type SearchKind, type SearchOptions } from "./search.js";
export {
  findParticipations,
  getMetric,
  listEvents,
  listPosts,
  type ListEventsOptions,
  type Participation,
} from "./listing.js";
