import * as z from "zod";
import { ID_PREFIXES } from "./common.js";
import type { CollectionName, Dataset } from "../types.js";
import { collectionSchemas, datasetSchema } from "./dataset.js";
import { ownDataCopy, UncopyableData } from "./own-data.js";

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
type Parsed = z.infer<typeof datasetSchema>;

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
    const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
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

/** A value that passed its schema: the own-property copy (for the cross-record rules) and zod's output. */
interface Checked {
  readonly own: unknown;
  readonly output: unknown;
}
const COLLECTION_NAMES = Object.keys(collectionSchemas) as CollectionName[];

/**
 * Adds zod's issues under a path prefix; a parse that throws (stack overflow, hostile getters) is one problem.
 * Parses an own-property copy (see own-data.ts) and returns it, not zod's output, when valid: the cross-record
 * rules then read own properties only too.
 */
function parseInto(schema: z.ZodType, value: unknown, prefix: readonly PropertyKey[], problems: ProblemList): Checked | undefined {
  try {
    const own = ownDataCopy(value, prefix);
    const parsed = schema.safeParse(own);
    if (parsed.success) return { own, output: parsed.data };
    for (const issue of parsed.error.issues) {
      problems.add(formatPath([...prefix, ...issue.path]), issue.message);
      if (problems.hopeless) break;
    }
  } catch (error) {
    if (error instanceof UncopyableData) problems.add(formatPath(error.path), error.message);
    else problems.add(formatPath(prefix), `could not be validated, too large, deep or hostile (${errorText(error)})`);
  }
  return undefined;
}

/**
 * Checks every record against its schema, record by record, so that it can stop early on hopeless input.
 * Returns the (own-property copy of the) dataset when no problem was found.
 */
function schemaProblems(input: unknown, problems: ProblemList): { own: Parsed; output: Parsed } | undefined {
  // Not a plain object: zod's own answer is short and exact.
  if (!isPlainObject(input)) return parseInto(datasetSchema, input, [], problems) as { own: Parsed; output: Parsed } | undefined;
  const top = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(input)) if (!(COLLECTION_NAMES as string[]).includes(key)) top[key] = input[key];
  if (!Object.prototype.hasOwnProperty.call(top, "version")) top["version"] = undefined;
  const version = (parseInto(topLevelSchema, top, [], problems)?.output as { version: string } | undefined)?.version;
  const own = Object.create(null) as Record<string, unknown>;
  const output: Record<string, unknown> = { version };
  own["version"] = version;
  for (const name of COLLECTION_NAMES) {
    if (problems.hopeless) return undefined;
    const records = Object.prototype.hasOwnProperty.call(input, name) ? input[name] : undefined;
    if (!Array.isArray(records)) {
      parseInto(datasetSchema.shape[name], records, [name], problems);
      continue;
    }
    const schema = collectionSchemas[name] as z.ZodType;
    const ownRecords: unknown[] = [];
    const outputRecords: unknown[] = [];
    for (let index = 0; index < records.length; index++) {
      const checked = parseInto(schema, records[index], [name, index], problems);
      if (problems.hopeless) return undefined;
      ownRecords.push(checked?.own);
      outputRecords.push(checked?.output);
    }
    own[name] = ownRecords;
    output[name] = outputRecords;
  }
  return problems.count === 0 ? { own: own as Parsed, output: output as Parsed } : undefined;
}

/**
 * Checks a dataset completely: every record against its schema (unknown keys are errors), then the rules that
 * span records — ids unique across the dataset, every reference resolving to a record of the right kind,
 * every source cited, each figure's unit equal to its metric's and its value written in its quote.
 *
 * It answers for any input and never throws: input too large, too deep, cyclic or hostile (throwing getters,
 * revoked Proxies) is reported as a problem. It reads own enumerable properties only: keys inherited from a
 * polluted `Object.prototype` are neither validated nor reported. It lists the first {@link PROBLEMS_LISTED} problems and counts the
 * rest in one last problem with an empty path; after {@link PROBLEMS_BEFORE_STOPPING} problems it stops looking.
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
  let parsed: { own: Parsed; output: Parsed } | undefined;
  try {
    parsed = schemaProblems(input, problems);
    if (parsed === undefined) return { ok: false, problems: problems.result(problems.hopeless) };
    crossRecordProblems(parsed.own, problems);
  } catch (error) {
    problems.add("", `could not be validated (${errorText(error)})`);
  }
  if (problems.count > 0 || parsed === undefined) return { ok: false, problems: problems.result(false) };
  // The answer is zod's output, in ordinary objects (the own-property copy has null prototypes).
  return { ok: true, dataset: parsed.output as Dataset, problems: [] };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    "",
  );
}

function crossRecordProblems(data: Parsed, problems: ProblemList): void {
  const report = (path: string, message: string) => problems.add(path, message);

  const kindOfId = new Map<string, string>();
  const register = (id: string, path: string) => {
    if (kindOfId.has(id)) report(path, `duplicate id "${id}" (also at ${kindOfId.get(id)})`);
    else kindOfId.set(id, path);
  };
  const collections = ["sources", "people", "organizations", "places", "programs", "deployments", "events", "figures", "notes"] as const;
  for (const name of collections) data[name].forEach((record, i) => register(record.id, `${name}[${i}]`));
  data.people.forEach((person, i) => person.posts.forEach((post, j) => register(post.id, `people[${i}].posts[${j}]`)));
  data.metrics.forEach((metric, i) => register(metric.id, `metrics[${i}]`));

  const placeKind = new Map<string, string>(data.places.map((place) => [place.id, place.kind]));
  const orgKind = new Map<string, string>(data.organizations.map((org) => [org.id, org.kind]));
  const eventIds = new Set(data.events.map((event) => event.id));
  const metrics = new Map(data.metrics.map((metric) => [metric.id, metric]));

  const expect = (id: string | undefined, prefixes: readonly Prefix[], path: string) => {
    if (id === undefined) return;
    const prefix = id.slice(0, id.indexOf(":")) as Prefix;
    if (!prefixes.includes(prefix)) report(path, `"${id}" is not a ${prefixes.join(" or ")} id`);
    else if (!kindOfId.has(id)) report(path, `"${id}" does not resolve to any record`);
  };
  const expectCountry = (id: string | undefined, path: string) => {
    if (id === undefined) return;
    expect(id, ["place"], path);
    if (placeKind.has(id) && placeKind.get(id) !== "country") report(path, `"${id}" is not a country`);
  };

  const cited = new Set<string>();
  const checkCitations = (citations: readonly { documentId: string }[], path: string) =>
    citations.forEach((citation, i) => {
      cited.add(citation.documentId);
      expect(citation.documentId, ["source"], `${path}.citations[${i}].documentId`);
    });

  data.sources.forEach((source, i) =>
    source.publisherIds.forEach((id, j) => {
      expect(id, ["org"], `sources[${i}].publisherIds[${j}]`);
      if (orgKind.has(id) && orgKind.get(id) !== "news-outlet") report(`sources[${i}].publisherIds[${j}]`, `"${id}" is not a news outlet`);
    }),
  );
  data.people.forEach((person, i) => {
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
  data.organizations.forEach((org, i) => {
    const path = `organizations[${i}]`;
    expectCountry(org.countryId, `${path}.countryId`);
    expect(org.parentId, ["org"], `${path}.parentId`);
    org.placeIds?.forEach((id, j) => expect(id, ["place"], `${path}.placeIds[${j}]`));
    checkCitations(org.citations, path);
  });
  data.places.forEach((place, i) => {
    const path = `places[${i}]`;
    expectCountry(place.countryId, `${path}.countryId`);
    expect(place.parentId, ["place"], `${path}.parentId`);
    checkCitations(place.citations, path);
  });
  data.programs.forEach((program, i) => {
    const path = `programs[${i}]`;
    program.partyIds.forEach((id, j) => expectCountry(id, `${path}.partyIds[${j}]`));
    program.organizationIds?.forEach((id, j) => expect(id, ["org"], `${path}.organizationIds[${j}]`));
    expect(program.placeId, ["place"], `${path}.placeId`);
    checkCitations(program.citations, path);
  });
  data.deployments.forEach((deployment, i) => {
    const path = `deployments[${i}]`;
    expectCountry(deployment.contributorId, `${path}.contributorId`);
    expect(deployment.missionId, ["org"], `${path}.missionId`);
    const kind = orgKind.get(deployment.missionId);
    if (kind !== undefined && kind !== "un-peacekeeping-mission" && kind !== "un-body") {
      report(`${path}.missionId`, `"${deployment.missionId}" is a ${kind}, not a UN mission or body`);
    }
    checkCitations(deployment.citations, path);
  });
  data.events.forEach((event, i) => {
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
  data.figures.forEach((figure, i) => {
    const path = `figures[${i}]`;
    const metric = metrics.get(figure.metric);
    if (!metric) report(`${path}.metric`, `unknown metric "${figure.metric}"`);
    else if (metric.unit !== figure.unit) report(`${path}.unit`, `unit "${figure.unit}" differs from metric unit "${metric.unit}"`);
    expect(figure.subjectId, ["person", "org", "place", "program"], `${path}.subjectId`);
    if (figure.eventId !== undefined && !eventIds.has(figure.eventId)) report(`${path}.eventId`, `"${figure.eventId}" is not an event`);
    checkCitations(figure.citations, path);
    if (!figure.citations.some((citation) => quoteStatesValue(citation.quote, figure.value))) {
      report(`${path}.citations`, `no quote states the value ${figure.value} (${valueSpellings(figure.value).join(" / ")})`);
    }
  });
  data.metrics.forEach((metric, i) =>
    metric.relatedMetrics?.forEach((related, j) => {
      const path = `metrics[${i}].relatedMetrics[${j}]`;
      if (!metrics.has(related.metric)) report(`${path}.metric`, `unknown metric "${related.metric}"`);
      if (related.metric === metric.id) report(`${path}.metric`, "a metric cannot be related to itself");
      expect(related.noteId, ["note"], `${path}.noteId`);
    }),
  );
  data.notes.forEach((note, i) => {
    const path = `notes[${i}]`;
    note.recordIds.forEach((id, j) => {
      if (!kindOfId.has(id)) report(`${path}.recordIds[${j}]`, `"${id}" does not resolve to any record`);
    });
    checkCitations(note.citations, path);
  });
  const deprecations: [string, { supersededBy?: string | undefined } | undefined][] = [];
  for (const name of collections) data[name].forEach((record, i) => deprecations.push([`${name}[${i}]`, record.deprecated]));
  data.metrics.forEach((metric, i) => deprecations.push([`metrics[${i}]`, metric.deprecated]));
  data.people.forEach((person, i) => person.posts.forEach((post, j) => deprecations.push([`people[${i}].posts[${j}]`, post.deprecated])));
  for (const [path, deprecated] of deprecations) {
    if (deprecated?.supersededBy !== undefined && !kindOfId.has(deprecated.supersededBy)) {
      report(`${path}.deprecated.supersededBy`, `"${deprecated.supersededBy}" does not resolve to any record`);
    }
  }
  data.sources.forEach((source, i) => {
    if (!cited.has(source.id)) report(`sources[${i}]`, `source "${source.id}" is never cited`);
  });
}
