import type { CollectionName, Dataset, Deployment, Event, Figure, Person, Source } from "../types.js";
import { endOfPartialDate } from "../dates.js";
import { own } from "./arguments.js";
import { fold } from "./normalize.js";
import type { AnyRecord, NamedRecord, SourceRecords } from "./records.js";

/** @internal One name, acronym or alias of a named record, folded for lookup. */
export interface NameEntry {
  readonly record: NamedRecord;
  readonly key: string;
  readonly words: readonly string[];
  /** 0 for the record's own name, 1 for its acronym or an alias. */
  readonly isAlias: 0 | 1;
  /** Position of the record's collection (people, organizations, places, programs), for stable ties. */
  readonly collectionRank: number;
}

/**
 * @internal How a set of indexes reaches the data: one loader per collection it may read. A helper module wires
 * only the collections it needs, so a bundle that uses one helper carries only that helper's data.
 */
export type CollectionAccess = { readonly [K in CollectionName]?: () => Dataset[K] };

/** @internal Every collection of a dataset object, as loaders. */
export function accessAll(dataset: Dataset): Required<CollectionAccess> {
  return {
    sources: () => dataset.sources,
    people: () => dataset.people,
    organizations: () => dataset.organizations,
    places: () => dataset.places,
    programs: () => dataset.programs,
    deployments: () => dataset.deployments,
    events: () => dataset.events,
    figures: () => dataset.figures,
    metrics: () => dataset.metrics,
    notes: () => dataset.notes,
  };
}

/** @internal Indexes over one dataset. Each is built on first use and then kept. */
export interface Indexes {
  /** A collection, read through its loader. */
  readonly collection: <K extends CollectionName>(name: K) => Dataset[K];
  readonly recordsById: () => ReadonlyMap<string, AnyRecord>;
  readonly sourcesById: () => ReadonlyMap<string, Source>;
  readonly peopleById: () => ReadonlyMap<string, Person>;
  readonly eventsChronological: () => readonly Event[];
  readonly eventsByYear: () => YearIndex;
  readonly figuresByMetric: () => ReadonlyMap<string, readonly Figure[]>;
  /** Live deployments to organizations of kind `un-peacekeeping-mission`. */
  readonly peacekeepingDeployments: () => readonly Deployment[];
  readonly names: () => NameIndex;
  readonly eventsByEntity: () => ReadonlyMap<string, readonly Event[]>;
  readonly recordsBySource: () => ReadonlyMap<string, SourceRecords>;
}

/**
 * @internal Events by year, stored as intervals: an event within one year is listed under that year, an event
 * spanning years is kept once with its first and last year. Memory is O(events) whatever the spans.
 */
export interface YearIndex {
  /** The live events touching `year`, chronological; the same frozen array for the same year. */
  readonly eventsIn: (year: number) => readonly Event[];
  /** Every year some live event touches, ascending. */
  readonly years: () => readonly number[];
}

/** @internal Exact keys, word postings and a sorted key list for prefix search. */
export interface NameIndex {
  readonly byKey: ReadonlyMap<string, readonly NameEntry[]>;
  readonly byWord: ReadonlyMap<string, readonly NameEntry[]>;
  readonly sortedWords: readonly string[];
  readonly sortedKeys: readonly string[];
}

function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}

const PART_OF_DAY_ORDER = { morning: 1, afternoon: 2, evening: 3 } as const;

/**
 * @internal Chronological order of events: date (coarse before fine); on one date an undated event reported as
 * happening on or before it (`dateMeaning: "not-after"`) first; then part of day, then id.
 */
export function compareEvents(a: Event, b: Event): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const boundA = own(a, "dateMeaning") === "not-after" ? 0 : 1;
  const boundB = own(b, "dateMeaning") === "not-after" ? 0 : 1;
  if (boundA !== boundB) return boundA - boundB;
  const partA = own(a, "partOfDay");
  const partB = own(b, "partOfDay");
  const dayA = partA ? PART_OF_DAY_ORDER[partA] : 0;
  const dayB = partB ? PART_OF_DAY_ORDER[partB] : 0;
  if (dayA !== dayB) return dayA - dayB;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal History order of figures: asOf (coarse before fine), an earlier `before` value first, then id. */
export function compareFigures(a: Figure, b: Figure): number {
  if (a.asOf !== b.asOf) return a.asOf < b.asOf ? -1 : 1;
  if (a.asOfRelation !== b.asOfRelation) return a.asOfRelation === "before" ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** @internal The first and last year an event's date range touches. */
export function yearSpan(event: Event): readonly [first: number, last: number] {
  return [Number(event.date.slice(0, 4)), Number((own(event, "endDate") ?? event.date).slice(0, 4))];
}

const NO_EVENTS: readonly Event[] = Object.freeze([]);

/** @internal Builds the interval index of {@link YearIndex} over chronologically sorted events. */
export function buildYearIndex(chronological: readonly Event[]): YearIndex {
  const withinOneYear = new Map<number, Event[]>();
  const spanning: { readonly event: Event; readonly first: number; readonly last: number }[] = [];
  for (const event of chronological) {
    const [first, last] = yearSpan(event);
    if (first === last) pushTo(withinOneYear, first, event);
    else spanning.push({ event, first, last });
  }
  for (const list of withinOneYear.values()) Object.freeze(list);
  // Answers that merge spanning events are made once per year asked, so repeated calls return the same array.
  const merged = new Map<number, readonly Event[]>();
  const eventsIn = (year: number): readonly Event[] => {
    const single = withinOneYear.get(year) ?? NO_EVENTS;
    if (spanning.length === 0) return single;
    const cached = merged.get(year);
    if (cached !== undefined) return cached;
    const touching = spanning.filter((span) => span.first <= year && year <= span.last).map((span) => span.event);
    const answer = touching.length === 0 ? single : Object.freeze(mergeChronological(single, touching));
    merged.set(year, answer);
    return answer;
  };
  const years = lazy(() => {
    const covered = new Set<number>(withinOneYear.keys());
    // Union of the spans first, so each year is visited once however many events span it (at most 9,999 years).
    const spans = [...spanning].sort((a, b) => a.first - b.first);
    let reached = 0;
    for (const { first, last } of spans) {
      for (let year = Math.max(first, reached + 1); year <= last; year++) covered.add(year);
      reached = Math.max(reached, last);
    }
    return Object.freeze([...covered].sort((a, b) => a - b));
  });
  return { eventsIn, years };
}

/** Two chronologically sorted lists as one. */
function mergeChronological(a: readonly Event[], b: readonly Event[]): Event[] {
  const merged: Event[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareEvents(a[i] as Event, b[j] as Event) <= 0 ? (a[i++] as Event) : (b[j++] as Event));
  while (i < a.length) merged.push(a[i++] as Event);
  while (j < b.length) merged.push(b[j++] as Event);
  return merged;
}

/** @internal The last day an event's date range can stand for, for overlap tests. */
export function eventEnd(event: Event): string {
  return endOfPartialDate(own(event, "endDate") ?? event.date);
}

/** @internal Records still in force: tombstones (`deprecated`) are found only by id, never by search or listing. */
export function live<T extends { deprecated?: unknown }>(records: readonly T[]): T[] {
  return records.filter((record) => own(record, "deprecated") === undefined);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** @internal Sets up the lazily built indexes of a dataset. Nothing is loaded or computed until a helper asks. */
export function createIndexes(access: CollectionAccess): Indexes {
  const collection = <K extends CollectionName>(name: K): Dataset[K] => {
    const load = access[name];
    if (!load) throw new Error(`vietnam-us-relations internal error: the ${name} collection is not wired to this helper`);
    return load();
  };
  // A view of the dataset whose properties load their collection when read, so each index builder touches only
  // the collections it uses.
  // A null-prototype handler: a polluted Object.prototype (say, a "has" or "set" trap) cannot become a trap here.
  const dataset = new Proxy({} as Dataset, { __proto__: null, get: (_: unknown, name: string | symbol) => collection(name as CollectionName) } as ProxyHandler<Dataset>);
  const eventsChronological = lazy(() => Object.freeze(live(dataset.events).sort(compareEvents)));
  return {
    collection,
    sourcesById: lazy(() => new Map(dataset.sources.map((source) => [source.id, source]))),
    peopleById: lazy(() => new Map(dataset.people.map((person) => [person.id, person]))),
    recordsById: lazy(() => {
      const map = new Map<string, AnyRecord>();
      for (const collection of [
        dataset.sources,
        dataset.people,
        dataset.organizations,
        dataset.places,
        dataset.programs,
        dataset.deployments,
        dataset.events,
        dataset.figures,
        dataset.notes,
      ] as const) {
        for (const record of collection) map.set(record.id, record);
      }
      for (const person of dataset.people) for (const post of person.posts) map.set(post.id, post);
      return map;
    }),
    eventsChronological,
    eventsByYear: lazy(() => buildYearIndex(eventsChronological())),
    figuresByMetric: lazy(() => {
      const map = new Map<string, Figure[]>();
      for (const metric of dataset.metrics) map.set(metric.id, []);
      for (const figure of live(dataset.figures)) pushTo(map, figure.metric, figure);
      for (const list of map.values()) Object.freeze(list.sort(compareFigures));
      return map;
    }),
    peacekeepingDeployments: lazy(() => {
      const missions = new Set(dataset.organizations.filter((org) => org.kind === "un-peacekeeping-mission").map((org) => org.id));
      return Object.freeze(live(dataset.deployments).filter((deployment) => missions.has(deployment.missionId)));
    }),
    names: lazy(() => buildNameIndex(dataset)),
    eventsByEntity: lazy(() => {
      const map = new Map<string, Event[]>();
      for (const event of eventsChronological()) {
        const ids = new Set<string>(event.participants.map((participant) => participant.entityId));
        const placeId = own(event, "placeId");
        if (placeId) ids.add(placeId);
        for (const id of event.programIds) ids.add(id);
        for (const id of ids) pushTo(map, id, event);
      }
      for (const list of map.values()) Object.freeze(list);
      return map;
    }),
    recordsBySource: lazy(() => buildSourceIndex(dataset)),
  };
}

function buildNameIndex(dataset: Dataset): NameIndex {
  const byKey = new Map<string, NameEntry[]>();
  const byWord = new Map<string, NameEntry[]>();
  const collections: readonly (readonly NamedRecord[])[] = [
    dataset.people,
    dataset.organizations,
    dataset.places,
    dataset.programs,
  ];
  collections.forEach((records, collectionRank) => {
    for (const record of live(records)) {
      const acronym = own(record as { acronym?: string }, "acronym");
      const names: [string, 0 | 1][] = [[record.name, 0]];
      if (acronym) names.push([acronym, 1]);
      for (const alias of record.aliases) names.push([alias, 1]);
      const seen = new Set<string>();
      for (const [text, isAlias] of names) {
        const words = fold(text);
        const key = words.join("");
        if (key.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const entry: NameEntry = { record, key, words, isAlias, collectionRank };
        pushTo(byKey, key, entry);
        for (const word of new Set(entry.words)) pushTo(byWord, word, entry);
      }
    }
  });
  return {
    byKey,
    byWord,
    sortedWords: [...byWord.keys()].sort(),
    sortedKeys: [...byKey.keys()].sort(),
  };
}

function buildSourceIndex(dataset: Dataset): ReadonlyMap<string, SourceRecords> {
  type Mutable = { [K in keyof SourceRecords]: Array<SourceRecords[K][number]> };
  const map = new Map<string, Mutable>();
  const groupFor = (documentId: string): Mutable => {
    let group = map.get(documentId);
    if (!group) {
      group = { people: [], posts: [], organizations: [], places: [], programs: [], deployments: [], events: [], figures: [], notes: [] };
      map.set(documentId, group);
    }
    return group;
  };
  const file = <K extends keyof Mutable>(name: K, record: Mutable[K][number] & { citations: readonly { documentId: string }[] }) => {
    for (const documentId of new Set(record.citations.map((citation) => citation.documentId))) {
      (groupFor(documentId)[name] as unknown[]).push(record);
    }
  };
  for (const source of dataset.sources) groupFor(source.id);
  for (const person of dataset.people) {
    file("people", person);
    for (const post of person.posts) file("posts", post);
  }
  for (const record of dataset.organizations) file("organizations", record);
  for (const record of dataset.places) file("places", record);
  for (const record of dataset.programs) file("programs", record);
  for (const record of dataset.deployments) file("deployments", record);
  for (const record of dataset.events) file("events", record);
  for (const record of dataset.figures) file("figures", record);
  for (const record of dataset.notes) file("notes", record);
  // The records are frozen already (the shipped data, or createQueryApi's snapshot): freeze only the new lists.
  for (const group of map.values()) {
    for (const list of Object.values(group)) Object.freeze(list.sort(byId));
    Object.freeze(group);
  }
  return map as ReadonlyMap<string, SourceRecords>;
}
