import * as z from "zod";
import { ID_PREFIXES } from "./common.js";
import type { CollectionName, Dataset } from "../types.js";
import { collectionSchemas as exportedCollectionSchemas, datasetSchema as exportedDatasetSchema } from "./dataset.js";
import { privateCopy } from "./private-copy.js";
import { ownDataCopy, UncopyableData } from "./own-data.js";
import { MAX_ARRAY_LENGTH } from "../limits.js";

/**
 * One thing wrong with a dataset, located by a dotted path such as `figures[3].unit`.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { validateDataset, type DatasetProblem } from "vietnam-us-relations/schemas";
 *
 * const problems: readonly DatasetProblem[] = validateDataset({ ...dataset, sources: [] }).problems;
 * console.log(problems[0]?.path, problems[0]?.message);
 * ```
 */
export interface DatasetProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * The outcome of {@link validateDataset}.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { validateDataset, type DatasetValidation } from "vietnam-us-relations/schemas";
 *
 * const result: DatasetValidation = validateDataset(dataset);
 * if (result.ok) console.log(result.dataset.version);
 * ```
 */
export type DatasetValidation =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly [] }
  | { readonly ok: false; readonly dataset?: undefined; readonly problems: readonly DatasetProblem[] };

type Prefix = (typeof ID_PREFIXES)[keyof typeof ID_PREFIXES];
type Parsed = z.infer<typeof exportedDatasetSchema>;

// validateDataset's own copies of the schemas: changing an exported one (`eventSchema.shape.title = z.any()`)
// does not change what it accepts.
const schemaCopies = new Map<unknown, unknown>();
const datasetSchema = /* @__PURE__ */ privateCopy(exportedDatasetSchema, schemaCopies);
const collectionSchemas = /* @__PURE__ */ Object.fromEntries(
  Object.entries(exportedCollectionSchemas).map(([name, schema]) => [name, privateCopy(schema as z.ZodType, schemaCopies)]),
) as unknown as typeof exportedCollectionSchemas;

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The spellings under which a figure's value may stand in its quote: "1973", "1,973", "130 million", "three". */
export function valueSpellings(value: number): string[] {
  const spellings = new Set([String(value), value.toLocaleString("en-US")]);
  const word = Number.isInteger(value) ? NUMBER_WORDS[value] : undefined;
  if (word !== undefined) spellings.add(word);
  // "nearly a year": the article stands for one in a duration.
  if (value === 1) spellings.add("a year");
  if (value !== 0 && value % 1_000_000 === 0) spellings.add(`${(value / 1_000_000).toLocaleString("en-US")} million`);
  return [...spellings];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether `quote` contains `value` as a whole number (not as part of a longer number such as 2016 for 16). */
export function quoteStatesValue(quote: string, value: number): boolean {
  return valueSpellings(value).some((spelling) =>
    new RegExp(`(?<![\\d.,\\p{L}])${escapeRegExp(spelling)}(?:st|nd|rd|th)?(?![\\d\\p{L}]|[.,]\\d)`, "iu").test(quote),
  );
}

/**
 * How many problems {@link validateDataset} lists in full; the rest are counted in one last problem whose path
 * is empty.
 *
 * @example
 * ```ts
 * import { PROBLEMS_LISTED, validateDataset } from "vietnam-us-relations/schemas";
 *
 * const { problems } = validateDataset({ version: "1.0.0", events: Array.from({ length: 500 }, () => null) });
 * console.log(problems.length <= PROBLEMS_LISTED + 1); // true
 * ```
 */
export const PROBLEMS_LISTED = 100;
/**
 * After this many problems {@link validateDataset} stops looking: the input is hopeless, and more detail would
 * cost time and memory without helping.
 *
 * @example
 * ```ts
 * import { PROBLEMS_BEFORE_STOPPING } from "vietnam-us-relations/schemas";
 *
 * console.log(`validation stops after ${PROBLEMS_BEFORE_STOPPING} problems`);
 * ```
 */
export const PROBLEMS_BEFORE_STOPPING = 1000;

/** Collects problems: the first {@link PROBLEMS_LISTED} in full, a count of the rest, and whether to stop. */
class ProblemList {
  readonly listed: DatasetProblem[] = [];
  count = 0;
  add(path: string, message: string): void {
    this.count++;
    if (this.listed.length < PROBLEMS_LISTED) this.listed.push({ path, message });
  }
  get hopeless(): boolean {
    return this.count >= PROBLEMS_BEFORE_STOPPING;
  }
  result(stoppedEarly: boolean): DatasetProblem[] {
    const rest = this.count - this.listed.length;
    if (rest <= 0 && !stoppedEarly) return this.listed;
    const message = stoppedEarly
      ? `${rest} more problem(s) not listed; validation stopped after ${this.count} problems`
      : `${rest} more problem(s) not listed`;
    return [...this.listed, { path: "", message }];
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  } catch {
    return "an error that cannot be shown";
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

const topLevelSchema = datasetSchema.pick({ version: true });

const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];

/**
 * What could be read of a record that failed its schema, so that the cross-record rules neither report a
 * reference to it as dangling nor its sources as never cited: its id, its posts' ids, the documents it cites.
 */
interface Readable {
  readonly ids: { readonly id: string; readonly path: string }[];
  readonly citedDocuments: Set<string>;
}

/**
 * Adds zod's issues under a path prefix; a parse that throws (stack overflow, hostile getters) is one problem.
 * Parses an own-property copy (see own-data.ts) and returns it when valid, not zod's output: the cross-record
 * rules then read own properties only too. A record that fails leaves what can be read of it in `readable`.
 */
function parseInto(
  schema: z.ZodType,
  value: unknown,
  prefix: readonly PropertyKey[],
  problems: ProblemList,
  readable?: Readable,
): { own: unknown; output: unknown } | undefined {
  try {
    const own = ownDataCopy(value, prefix);
    const parsed = schema.safeParse(own);
    if (parsed.success) return { own, output: parsed.data };
    if (readable !== undefined) readLeniently(own, formatPath(prefix), readable);
    for (const issue of parsed.error.issues) {
      problems.add(formatPath([...prefix, ...issue.path]), issue.message);
      if (problems.hopeless) break;
    }
  } catch (error) {
    if (error instanceof UncopyableData) problems.add(formatPath(error.path), error.message);
    else problems.add(formatPath(prefix), `could not be validated, too large, deep or hostile (${errorText(error)})`);
    if (readable !== undefined) readUncopyable(value, formatPath(prefix), readable);
  }
  return undefined;
}

/** What can be read of a record too large or hostile to copy: the fields readLeniently reads, if they copy. */
function readUncopyable(record: unknown, path: string, readable: Readable): void {
  try {
    if (typeof record !== "object" || record === null) return;
    const picked = Object.create(null) as Record<string, unknown>;
    for (const key of ["id", "citations", "death", "posts"]) {
      const descriptor = Object.getOwnPropertyDescriptor(record, key);
      if (descriptor !== undefined && "value" in descriptor) picked[key] = descriptor.value;
    }
    try {
      readLeniently(ownDataCopy(picked), path, readable);
    } catch {
      readLeniently({ id: picked["id"] }, path, readable);
    }
  } catch {
    // A revoked Proxy or a throwing trap: nothing can be read of it.
  }
}

/** The id, post ids and cited documents of a record that failed its schema, where they have the right type. */
function readLeniently(record: unknown, path: string, readable: Readable): void {
  const fields = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const items = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
  const cite = (value: unknown) => {
    for (const citation of items(fields(value)?.["citations"])) {
      const documentId = fields(citation)?.["documentId"];
      if (typeof documentId === "string") readable.citedDocuments.add(documentId);
    }
  };
  const own = fields(record);
  if (own === undefined) return;
  if (typeof own["id"] === "string") readable.ids.push({ id: own["id"], path });
  cite(own);
  cite(own["death"]);
  items(own["posts"]).forEach((post, j) => {
    const id = fields(post)?.["id"];
    if (typeof id === "string") readable.ids.push({ id, path: `${path}.posts[${j}]` });
    cite(post);
  });
}

/** Each collection's records that passed their schema, at their index (`undefined` where a record failed). */
type Records = { [K in CollectionName]: readonly (Parsed[K][number] | undefined)[] };

interface SchemaPass {
  /** Whether every collection was an array that could be read: references can be judged only then. */
  readonly complete: boolean;
  readonly own: Records;
  readonly output: Record<string, unknown>;
  readonly readable: Readable;
}

/**
 * Checks every record against its schema, record by record, so that it can stop early on hopeless input.
 * Returns every record that passed (its own-property copy, for the cross-record rules, and zod's output) and
 * what could be read of the others.
 */
function schemaPass(input: unknown, problems: ProblemList): SchemaPass | undefined {
  // Not a plain object: zod's own answer is short and exact.
  if (!isPlainObject(input)) {
    parseInto(datasetSchema, input, [], problems);
    return undefined;
  }
  const top = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!(COLLECTION_NAMES as string[]).includes(key)) top[key] = input[key];
  if (!Object.prototype.hasOwnProperty.call(top, "version")) top["version"] = undefined;
  const version = (parseInto(topLevelSchema, top, [], problems)?.output as { version: string } | undefined)?.version;
  const own = Object.create(null) as Record<string, unknown>;
  const output: Record<string, unknown> = { version };
  const readable: Readable = { ids: [], citedDocuments: new Set() };
  let complete = true;
  for (const name of COLLECTION_NAMES) {
    own[name] = [];
    if (problems.hopeless) continue;
    const records = Object.prototype.hasOwnProperty.call(input, name) ? input[name] : undefined;
    if (!Array.isArray(records)) {
      parseInto(datasetSchema.shape[name], records, [name], problems);
      complete = false;
      continue;
    }
    const length = records.length;
    if (length > MAX_ARRAY_LENGTH) {
      problems.add(name, `has length ${length}; arrays longer than ${MAX_ARRAY_LENGTH} are refused`);
      complete = false;
      continue;
    }
    const schema = collectionSchemas[name] as z.ZodType;
    const ownRecords: unknown[] = [];
    const outputRecords: unknown[] = [];
    for (let index = 0; index < length && !problems.hopeless; index++) {
      const checked = Object.prototype.hasOwnProperty.call(records, index)
        ? parseInto(schema, records[index], [name, index], problems, readable)
        : (problems.add(formatPath([name, index]), "is a hole (sparse arrays are refused)"), undefined);
      ownRecords.push(checked?.own);
      outputRecords.push(checked?.output);
    }
    own[name] = ownRecords;
    output[name] = outputRecords;
  }
  return { complete, own: own as unknown as Records, output, readable };
}

/**
 * Checks a dataset completely, in one pass: every record against its schema (unknown keys are errors), and the
 * rules that span records — ids unique across the dataset, every reference resolving to a record of the right
 * kind, every source cited, each figure's unit equal to its metric's and its value written in its quote — on
 * every record that passed its schema. A reference to a record that failed its schema counts as resolving (its
 * own problems are listed), so one run shows every problem it can see.
 *
 * It answers for any input and never throws: input too large, too deep, cyclic, sparse or hostile (throwing
 * getters, revoked Proxies) is reported as a problem; one record holds at most 10,000
 * values and an array at most 10,000,000 elements. It reads own enumerable properties only: keys inherited from
 * a polluted `Object.prototype` are neither validated nor reported. It lists the first {@link PROBLEMS_LISTED}
 * problems, each message whole, and counts the rest in one last problem with an empty path; after
 * {@link PROBLEMS_BEFORE_STOPPING} problems it stops looking.
 *
 * It does not read the source documents; the project's build also checks every quote against them.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { validateDataset } from "vietnam-us-relations/schemas";
 *
 * const result = validateDataset({ ...dataset, figures: [] });
 * if (!result.ok) console.error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
 * ```
 */
export function validateDataset(input: unknown): DatasetValidation {
  const problems = new ProblemList();
  let pass: SchemaPass | undefined;
  try {
    pass = schemaPass(input, problems);
    // With a collection missing, every reference into it would be reported: its own problem says enough.
    if (pass !== undefined && pass.complete && !problems.hopeless) crossRecordProblems(pass.own, pass.readable, problems);
  } catch (error) {
    problems.add("", `could not be validated (${errorText(error)})`);
  }
  if (problems.count > 0 || pass === undefined) return { ok: false, problems: problems.result(problems.hopeless) };
  // The answer is zod's output, in ordinary objects (the own-property copy has null prototypes).
  return { ok: true, dataset: pass.output as unknown as Dataset, problems: [] };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function crossRecordProblems(data: Records, readable: Readable, problems: ProblemList): void {
  const report = (path: string, message: string) => problems.add(path, message);
  /** Each record that passed its schema, with its index in the input. */
  const each = <T>(records: readonly (T | undefined)[], visit: (record: T, index: number) => void) =>
    records.forEach((record, index) => {
      if (record !== undefined) visit(record, index);
    });

  const kindOfId = new Map<string, string>();
  const register = (id: string, path: string) => {
    if (kindOfId.has(id)) report(path, `duplicate id "${id}" (also at ${kindOfId.get(id)})`);
    else kindOfId.set(id, path);
  };
  const collections = ["sources", "people", "organizations", "places", "programs", "deployments", "events", "figures", "notes"] as const;
  for (const name of collections) each<{ id: string }>(data[name], (record, i) => register(record.id, `${name}[${i}]`));
  each(data.people, (person, i) => person.posts.forEach((post, j) => register(post.id, `people[${i}].posts[${j}]`)));
  each(data.metrics, (metric, i) => register(metric.id, `metrics[${i}]`));
  // Records that failed their schema still exist: references to them resolve (their kind is not known).
  const failedIds = new Set<string>();
  for (const { id, path } of readable.ids) {
    register(id, path);
    failedIds.add(id);
  }

  const passed = <T>(records: readonly (T | undefined)[]): T[] => records.filter((record): record is T => record !== undefined);
  const placeKind = new Map<string, string>(passed(data.places).map((place) => [place.id, place.kind]));
  const orgKind = new Map<string, string>(passed(data.organizations).map((org) => [org.id, org.kind]));
  const eventIds = new Set([...passed(data.events).map((event) => event.id), ...failedIds]);
  const metrics = new Map(passed(data.metrics).map((metric) => [metric.id, metric]));

  const expect = (id: string | undefined, prefixes: readonly Prefix[], path: string) => {
    if (id === undefined) return;
    const prefix = id.slice(0, id.indexOf(":")) as Prefix;
    if (!prefixes.includes(prefix)) report(path, `"${id}" is not a ${prefixes.join(" or ")} id`);
    else if (failedIds.has(id)) return;
    else if (!kindOfId.has(id)) report(path, `"${id}" does not resolve to any record`);
  };
  const expectCountry = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    expect(id, ["place"], path);
    if (placeKind.has(id) && placeKind.get(id) !== "country") report(path, `"${id}" is not a country`);
  };

  const cited = new Set<string>(readable.citedDocuments);
  const checkCitations = (citations: readonly { documentId: string }[], path: string) =>
    citations.forEach((citation, i) => {
      cited.add(citation.documentId);
      expect(citation.documentId, ["source"], `${path}.citations[${i}].documentId`);
    });

  each(data.sources, (source, i) =>
    source.publisherIds.forEach((id, j) => {
      expect(id, ["org"], `sources[${i}].publisherIds[${j}]`);
      if (orgKind.has(id) && orgKind.get(id) !== "news-outlet") report(`sources[${i}].publisherIds[${j}]`, `"${id}" is not a news outlet`);
    }),
  );
  each(data.people, (person, i) => {
    const path = `people[${i}]`;
    expectCountry(person.countryId, `${path}.countryId`);
    checkCitations(person.citations, path);
    if (person.death !== undefined) {
      if (person.death.eventId !== undefined && !eventIds.has(person.death.eventId)) {
        report(`${path}.death.eventId`, `"${person.death.eventId}" is not an event`);
      }
      checkCitations(person.death.citations, `${path}.death`);
    }
    person.posts.forEach((post, j) => {
      expect(post.organizationId, ["org"], `${path}.posts[${j}].organizationId`);
      expectCountry(post.countryId, `${path}.posts[${j}].countryId`);
      checkCitations(post.citations, `${path}.posts[${j}]`);
    });
  });
  each(data.organizations, (org, i) => {
    const path = `organizations[${i}]`;
    expectCountry(org.countryId, `${path}.countryId`);
    expect(org.parentId, ["org"], `${path}.parentId`);
    org.placeIds?.forEach((id, j) => expect(id, ["place"], `${path}.placeIds[${j}]`));
    checkCitations(org.citations, path);
  });
  each(data.places, (place, i) => {
    const path = `places[${i}]`;
    expectCountry(place.countryId, `${path}.countryId`);
    expect(place.parentId, ["place"], `${path}.parentId`);
    checkCitations(place.citations, path);
  });
  each(data.programs, (program, i) => {
    const path = `programs[${i}]`;
    program.partyIds.forEach((id, j) => expectCountry(id, `${path}.partyIds[${j}]`));
    program.organizationIds?.forEach((id, j) => expect(id, ["org"], `${path}.organizationIds[${j}]`));
    expect(program.placeId, ["place"], `${path}.placeId`);
    checkCitations(program.citations, path);
  });
  each(data.deployments, (deployment, i) => {
    const path = `deployments[${i}]`;
    expectCountry(deployment.contributorId, `${path}.contributorId`);
    expect(deployment.missionId, ["org"], `${path}.missionId`);
    const kind = orgKind.get(deployment.missionId);
    if (kind !== undefined && kind !== "un-peacekeeping-mission" && kind !== "un-body") {
      report(`${path}.missionId`, `"${deployment.missionId}" is a ${kind}, not a UN mission or body`);
    }
    checkCitations(deployment.citations, path);
  });
  each(data.events, (event, i) => {
    const path = `events[${i}]`;
    expect(event.placeId, ["place"], `${path}.placeId`);
    expect(event.partOfId, ["event"], `${path}.partOfId`);
    if (event.partOfId === event.id) report(`${path}.partOfId`, "an event cannot be part of itself");
    event.participants.forEach((participant, j) =>
      expect(participant.entityId, ["person", "org", "place", "program"], `${path}.participants[${j}].entityId`),
    );
    event.programIds.forEach((id, j) => expect(id, ["program"], `${path}.programIds[${j}]`));
    checkCitations(event.citations, path);
  });
  each(data.figures, (figure, i) => {
    const path = `figures[${i}]`;
    const metric = metrics.get(figure.metric);
    if (!metric && failedIds.has(figure.metric)) {
      // The metric failed its schema; its problems are listed already.
    } else if (!metric) report(`${path}.metric`, `unknown metric "${figure.metric}"`);
    else if (metric.unit !== figure.unit) report(`${path}.unit`, `unit "${figure.unit}" differs from metric unit "${metric.unit}"`);
    expect(figure.subjectId, ["person", "org", "place", "program"], `${path}.subjectId`);
    if (figure.eventId !== undefined && !eventIds.has(figure.eventId)) report(`${path}.eventId`, `"${figure.eventId}" is not an event`);
    checkCitations(figure.citations, path);
    if (!figure.citations.some((citation) => quoteStatesValue(citation.quote, figure.value))) {
      report(`${path}.citations`, `no quote states the value ${figure.value} (${valueSpellings(figure.value).join(" / ")})`);
    }
  });
  each(data.metrics, (metric, i) =>
    metric.relatedMetrics?.forEach((related, j) => {
      const path = `metrics[${i}].relatedMetrics[${j}]`;
      if (!metrics.has(related.metric) && !failedIds.has(related.metric)) report(`${path}.metric`, `unknown metric "${related.metric}"`);
      if (related.metric === metric.id) report(`${path}.metric`, "a metric cannot be related to itself");
      expect(related.noteId, ["note"], `${path}.noteId`);
    }),
  );
  each(data.notes, (note, i) => {
    const path = `notes[${i}]`;
    note.recordIds.forEach((id, j) => {
      if (!kindOfId.has(id)) report(`${path}.recordIds[${j}]`, `"${id}" does not resolve to any record`);
    });
    checkCitations(note.citations, path);
  });
  const deprecations: [string, { supersededBy?: string | undefined } | undefined][] = [];
  for (const name of collections) each<{ deprecated?: { supersededBy?: string | undefined } | undefined }>(data[name], (record, i) => deprecations.push([`${name}[${i}]`, record.deprecated]));
  each(data.metrics, (metric, i) => deprecations.push([`metrics[${i}]`, metric.deprecated]));
  each(data.people, (person, i) => person.posts.forEach((post, j) => deprecations.push([`people[${i}].posts[${j}]`, post.deprecated])));
  for (const [path, deprecated] of deprecations) {
    if (deprecated?.supersededBy !== undefined && !kindOfId.has(deprecated.supersededBy)) {
      report(`${path}.deprecated.supersededBy`, `"${deprecated.supersededBy}" does not resolve to any record`);
    }
  }
  each(data.sources, (source, i) => {
    if (!cited.has(source.id)) report(`sources[${i}]`, `source "${source.id}" is never cited`);
  });
}
