import type { Dataset } from "../types.js";
import { isPartialDate } from "../dates.js";
import { hasOwn, PARTIAL_DATE_TEXT } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";

const HELPER = "createQueryApi";

/** A field check: the value at `path` and the helpers (and their index) that read it, for the message. */
type FieldCheck = (value: unknown, path: string, readBy: string) => void;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const string: FieldCheck = (value, path, readBy) => {
  if (typeof value !== "string") throw wrongType(HELPER, path, value, `a string (${readBy})`);
};
const nonEmptyString: FieldCheck = (value, path, readBy) => {
  string(value, path, readBy);
  if (value === "") throw outOfRange(HELPER, path, value, `a non-empty string (${readBy})`);
};
const date: FieldCheck = (value, path, readBy) => {
  if (typeof value !== "string") throw wrongType(HELPER, path, value, `a string, ${PARTIAL_DATE_TEXT} (${readBy})`);
  if (!isPartialDate(value)) throw outOfRange(HELPER, path, value, `${PARTIAL_DATE_TEXT} (${readBy})`);
};
const finiteNumber: FieldCheck = (value, path, readBy) => {
  if (typeof value !== "number") throw wrongType(HELPER, path, value, `a finite number (${readBy})`);
  if (!Number.isFinite(value)) throw outOfRange(HELPER, path, value, `a finite number (${readBy})`);
};
const plainObject: FieldCheck = (value, path, readBy) => {
  if (!isPlainObject(value)) throw wrongType(HELPER, path, value, `a plain object (${readBy})`);
};
const oneOf =
  (...options: string[]): FieldCheck =>
  (value, path, readBy) => {
    const accepted = `one of ${options.map((option) => `"${option}"`).join(", ")} (${readBy})`;
    if (typeof value !== "string") throw wrongType(HELPER, path, value, `a string, ${accepted}`);
    if (!options.includes(value)) throw outOfRange(HELPER, path, value, accepted);
  };
const arrayOf =
  (item: FieldCheck): FieldCheck =>
  (value, path, readBy) => {
    if (!Array.isArray(value)) throw wrongType(HELPER, path, value, `an array (${readBy})`);
    value.forEach((element, index) => item(element, `${path}[${index}]`, readBy));
  };
const boolean: FieldCheck = (value, path, readBy) => {
  if (typeof value !== "boolean") throw wrongType(HELPER, path, value, `a boolean (${readBy})`);
};
const optional =
  (check: FieldCheck): FieldCheck =>
  (value, path, readBy) => {
    if (value !== undefined) check(value, path, readBy);
  };
const objectWith =
  (fields: Fields): FieldCheck =>
  (value, path, readBy) => {
    plainObject(value, path, readBy);
    checkFields(value as Record<string, unknown>, path, fields);
  };

/** Each field a helper reads: its check and who reads it. */
type Fields = Readonly<Record<string, readonly [FieldCheck, string]>>;

function checkFields(record: Record<string, unknown>, path: string, fields: Fields): void {
  for (const [field, [check, readBy]] of Object.entries(fields)) {
    check(hasOwn(record, field) ? record[field] : undefined, `${path}.${field}`, readBy);
  }
}

type CollectionFields = Readonly<Record<CollectionKey, Fields>>;
type CollectionKey = keyof Omit<Dataset, "version">;

/** What the helpers read in each collection, beyond `id`. Built on first use: bundles without createQueryApi drop it. */
const ANY = "read by getEntity and findRecordsBySource";
const EVENTS = "read by findEventsByYear, findEventsBetween and findEventsInvolving (indexes eventsByYear, eventsByEntity)";

function buildCollectionFields(): CollectionFields {
  const CITED: Fields = {
    citations: [arrayOf(objectWith({ documentId: [string, "read by findRecordsBySource (index recordsBySource)"] })), "read by findRecordsBySource (index recordsBySource)"],
  };
  const LIVE: Fields = { deprecated: [optional(plainObject), "read by every search and listing (tombstones are skipped)"] };
  const NAMES = "read by findByName (index names)";
  const NAMED: Fields = { name: [string, NAMES], aliases: [arrayOf(string), NAMES] };
  const FIGURES = "read by getFigure, getFigureHistory and getMissionCount (index figuresByMetric)";
  const DEPLOYMENTS = "read by getMissionCount (index peacekeepingDeployments)";
  const POSTS = "read by findPostsHeld and findPostsIn";
  const POSTS_IN = "read by findPostsIn and findEventsInvolving (indexes of post holders by organization)";
  return {
    sources: { ...LIVE, latestDateInText: [date, "read by getFigure (ties between figures)"] },
    people: {
      ...LIVE,
      ...NAMED,
      ...CITED,
      posts: [
        arrayOf(
          objectWith({
            id: [nonEmptyString, ANY],
            asOf: [date, POSTS],
            start: [optional(date), POSTS],
            end: [optional(date), POSTS],
            posthumous: [optional(boolean), POSTS],
            organizationId: [optional(string), POSTS_IN],
            ...LIVE,
            ...CITED,
          }),
        ),
        POSTS,
      ],
      death: [optional(objectWith({ date: [date, POSTS] })), POSTS],
    },
    organizations: { ...LIVE, ...NAMED, ...CITED, acronym: [optional(string), NAMES], kind: [string, DEPLOYMENTS] },
    places: { ...LIVE, ...NAMED, ...CITED },
    programs: { ...LIVE, ...NAMED, ...CITED },
    deployments: { ...LIVE, ...CITED, contributorId: [string, DEPLOYMENTS], missionId: [string, DEPLOYMENTS], asOf: [date, DEPLOYMENTS] },
    events: {
      ...LIVE,
      ...CITED,
      date: [date, EVENTS],
      endDate: [optional(date), EVENTS],
      partOfDay: [optional(oneOf("morning", "afternoon", "evening")), EVENTS],
      placeId: [optional(string), EVENTS],
      participants: [arrayOf(objectWith({ entityId: [string, EVENTS] })), EVENTS],
      programIds: [arrayOf(string), EVENTS],
    },
    figures: {
      ...LIVE,
      ...CITED,
      metric: [string, FIGURES],
      value: [finiteNumber, FIGURES],
      qualifier: [string, FIGURES],
      asOf: [date, FIGURES],
      asOfRelation: [oneOf("on", "before"), FIGURES],
    },
    metrics: { ...LIVE },
    notes: { ...LIVE, ...CITED, recordIds: [arrayOf(string), "read by findNotesAbout (index of notes by record)"] },
  };
}

let collectionFields: CollectionFields | undefined;
const fieldsOf = (name: CollectionKey): Fields => (collectionFields ??= buildCollectionFields())[name];

/** @internal The collections, in dataset order. */
export const COLLECTION_NAMES: readonly CollectionKey[] = [
  "sources",
  "people",
  "organizations",
  "places",
  "programs",
  "deployments",
  "events",
  "figures",
  "metrics",
  "notes",
];

/**
 * @internal Checks, once and in one pass, the shape the helpers rely on: the collections are arrays of plain
 * objects with unique string ids, and every field an index reads has the type it needs. Throws the shared
 * TypeError (wrong type) or RangeError (bad value, duplicate id), naming the path, the field and its readers.
 * Not a validation of the data (see `validateDataset`): fields no helper reads are not looked at.
 */
export function checkDatasetShape(data: unknown, path: string): asserts data is Dataset {
  if (!isPlainObject(data)) throw wrongType(HELPER, path, data, "a dataset object { version, sources, people, … } (a plain object)");
  string(hasOwn(data, "version") ? data["version"] : undefined, `${path}.version`, "returned as api.dataset.version");
  const seen = new Map<string, string>();
  const register = (id: unknown, at: string) => {
    nonEmptyString(id, at, ANY);
    const earlier = seen.get(id as string);
    if (earlier !== undefined) throw outOfRange(HELPER, at, id, `an id unique in the dataset (${earlier} has it too)`);
    seen.set(id as string, at);
  };
  for (const name of COLLECTION_NAMES) {
    const collectionPath = `${path}.${name}`;
    const records = hasOwn(data, name) ? data[name] : undefined;
    if (!Array.isArray(records)) throw wrongType(HELPER, collectionPath, records, `an array of ${name} records`);
    const fields = fieldsOf(name);
    records.forEach((record: unknown, index) => {
      const recordPath = `${collectionPath}[${index}]`;
      plainObject(record, recordPath, `a record of ${name}`);
      register((record as Record<string, unknown>)["id"], `${recordPath}.id`);
      checkFields(record as Record<string, unknown>, recordPath, fields);
    });
  }
  for (const [index, person] of (data["people"] as readonly { posts: readonly { id: string }[] }[]).entries()) {
    person.posts.forEach((post, j) => register(post.id, `${path}.people[${index}].posts[${j}].id`));
  }
  for (const [index, event] of (data["events"] as readonly { date: string; endDate?: string }[]).entries()) {
    const endDate = hasOwn(event, "endDate") ? event.endDate : undefined;
    if (endDate !== undefined && endDate < event.date) {
      throw outOfRange(HELPER, `${path}.events[${index}].endDate`, endDate, `a date not before the event's date "${event.date}" (${EVENTS})`);
    }
  }
}
