import type { AnyRecord } from "./records.js";
import type { Metric } from "../types.js";
import { COLLECTION_LOADERS } from "../generated/collections.js";
import { optional, own, readOptions, requireInteger, requireString, type Check } from "./arguments.js";
import { outOfRange, wrongType } from "./errors.js";
import { createIndexes, live, type Indexes } from "./indexes.js";
import { perIndexes } from "./memo.js";
import { prefixRange } from "./names.js";
import { fold } from "./normalize.js";

/**
 * The kinds of record {@link search} finds: the id prefixes, and `metric` for the metric catalogue.
 *
 * @example
 * ```ts
 * import { search, type SearchKind } from "vietnam-us-relations";
 *
 * const kinds: SearchKind[] = ["event", "figure"];
 * search("dioxin", { kinds });
 * ```
 */
export type SearchKind = "source" | "person" | "org" | "place" | "program" | "deployment" | "event" | "figure" | "note" | "metric";

/**
 * One answer of {@link search}: the record, the field that matched best and a short snippet of it.
 *
 * @example
 * ```ts
 * import { search, type SearchHit } from "vietnam-us-relations";
 *
 * const hits: readonly SearchHit[] = search("Secretary of War");
 * for (const { kind, field, snippet } of hits) console.log(kind, field, snippet);
 * ```
 */
export interface SearchHit {
  /** The record (a metric for kind `metric`). */
  readonly record: AnyRecord | Metric;
  /** Its kind: the id prefix, or `metric`. */
  readonly kind: SearchKind;
  /** The field that matched: `name`, `aliases[0]`, `posts[1].title`, `summary`, `citations[0].quote`, … */
  readonly field: string;
  /** A short piece of that field around the first matching word, with `…` where it is cut. */
  readonly snippet: string;
  /** The rank score: higher is better (names over titles over summaries over quotes; whole phrases first). */
  readonly score: number;
}

/**
 * Options of {@link search}.
 *
 * @example
 * ```ts
 * import { search, type SearchOptions } from "vietnam-us-relations";
 *
 * const options: SearchOptions = { kinds: ["person"], limit: 3 };
 * search("minister", options).map(({ record }) => record.id);
 * ```
 */
export interface SearchOptions {
  /** Only these kinds of record (default: all). */
  readonly kinds?: readonly SearchKind[] | undefined;
  /** At most this many hits (default 20, at most 1000). */
  readonly limit?: number | undefined;
}

const KINDS: readonly SearchKind[] = ["person", "org", "place", "program", "event", "figure", "metric", "note", "source", "deployment"];
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1000;
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 120;

/** Field weights: what a reader means by a match. */
const WEIGHTS: Readonly<Record<string, number>> = {
  name: 10,
  acronym: 9,
  aliases: 8,
  label: 7,
  title: 6,
  "posts.title": 6,
  summary: 3,
  definition: 3,
  body: 2,
  quote: 2,
};

interface Field {
  readonly path: string;
  readonly weight: number;
  readonly text: string;
  readonly words: readonly string[];
}
interface Document {
  readonly record: AnyRecord | Metric;
  readonly kind: SearchKind;
  readonly rank: number;
  readonly fields: readonly Field[];
}
interface SearchIndex {
  readonly documents: readonly Document[];
  /** Folded word → the documents' field positions holding it, as `document * 1024 + field`. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly sortedWords: readonly string[];
}

const shipped = /* @__PURE__ */ createIndexes(COLLECTION_LOADERS);

function field(path: string, weightKey: string, text: unknown): Field[] {
  if (typeof text !== "string" || text.length === 0) return [];
  return [{ path, weight: WEIGHTS[weightKey] ?? 1, text, words: fold(text) }];
}

function fieldsOf(kind: SearchKind, record: Record<string, unknown>): Field[] {
  const fields: Field[] = [];
  for (const key of ["name", "acronym", "label", "title", "summary", "definition", "body"]) fields.push(...field(key, key, own(record, key)));
  const aliases = own(record, "aliases");
  if (Array.isArray(aliases)) aliases.forEach((alias, index) => fields.push(...field(`aliases[${index}]`, "aliases", alias)));
  const posts = kind === "person" ? own(record, "posts") : undefined;
  if (Array.isArray(posts)) {
    posts.forEach((post, index) => {
      if (own(post as { deprecated?: unknown }, "deprecated") === undefined) fields.push(...field(`posts[${index}].title`, "posts.title", (post as { title?: unknown }).title));
    });
  }
  const citations = own(record, "citations");
  if (Array.isArray(citations)) citations.forEach((citation, index) => fields.push(...field(`citations[${index}].quote`, "quote", (citation as { quote?: unknown }).quote)));
  return fields;
}

const searchIndex = perIndexes((indexes: Indexes): SearchIndex => {
  const documents: Document[] = [];
  const add = (kind: SearchKind, record: AnyRecord | Metric) =>
    documents.push({ record, kind, rank: KINDS.indexOf(kind), fields: fieldsOf(kind, record as unknown as Record<string, unknown>) });
  for (const name of ["people", "organizations", "places", "programs", "events", "figures", "notes", "sources", "deployments"] as const) {
    for (const record of live(indexes.collection(name) as readonly AnyRecord[])) add(record.id.slice(0, record.id.indexOf(":")) as SearchKind, record);
  }
  for (const metric of indexes.collection("metrics")) add("metric", metric);
  const byWord = new Map<string, number[]>();
  documents.forEach((document, documentIndex) => {
    document.fields.forEach((entry, fieldIndex) => {
      for (const word of new Set(entry.words)) {
        const list = byWord.get(word);
        const position = documentIndex * 1024 + fieldIndex;
        if (list) list.push(position);
        else byWord.set(word, [position]);
      }
    });
  });
  return { documents, byWord, sortedWords: [...byWord.keys()].sort() };
});

/** The field positions holding a query word: the word itself, or (for the last word of 3+ letters) any word it begins. */
function positionsOf(index: SearchIndex, word: string, isPrefix: boolean): Set<number> {
  const words = isPrefix ? prefixRange(index.sortedWords, word) : [word];
  const positions = new Set<number>();
  for (const each of words) for (const position of index.byWord.get(each) ?? []) positions.add(position);
  return positions;
}

function containsPhrase(words: readonly string[], query: readonly string[]): boolean {
  outer: for (let start = 0; start + query.length <= words.length; start++) {
    for (let offset = 0; offset < query.length; offset++) {
      const word = words[start + offset] as string;
      const wanted = query[offset] as string;
      if (offset === query.length - 1 ? !word.startsWith(wanted) : word !== wanted) continue outer;
    }
    return true;
  }
  return false;
}

/** A window of the field's text around the first occurrence of the query's longest word (the most telling). */
function snippetOf(text: string, query: readonly string[]): string {
  const longest = query.reduce((a, b) => (b.length > a.length ? b : a));
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}'’]+/gu)) {
    if (fold(match[0]).join("").startsWith(longest)) {
      at = match.index;
      break;
    }
  }
  if (text.length <= SNIPPET_LENGTH) return text;
  let start = Math.max(0, at - SNIPPET_BEFORE);
  if (start > 0) start = text.indexOf(" ", start) + 1 || start;
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end;
  return `${start > 0 ? "…" : ""}${text.slice(start, end).trim()}${end < text.length ? "…" : ""}`;
}

const requireKinds: Check<readonly SearchKind[]> = (helper, parameter, value) => {
  const accepted = `an array of kinds, each one of ${KINDS.map((kind) => `"${kind}"`).join(", ")}`;
  if (!Array.isArray(value)) throw wrongType(helper, parameter, value, accepted);
  for (const kind of value) {
    if (typeof kind !== "string") throw wrongType(helper, parameter, value, accepted);
    if (!(KINDS as readonly string[]).includes(kind)) throw outOfRange(helper, parameter, value, accepted);
  }
  return value as readonly SearchKind[];
};
const requireLimit: Check<number> = (helper, parameter, value) => requireInteger(helper, parameter, value, 1, MAX_LIMIT);
const OPTIONS = { kinds: /* @__PURE__ */ optional(requireKinds), limit: /* @__PURE__ */ optional(requireLimit) } as const;

/** @internal */
export function searchIn(indexes: Indexes, text: unknown, options: unknown): readonly SearchHit[] {
  const helper = "search";
  const query = fold(requireString(helper, "text", text, "a string of words to look for"));
  const { kinds, limit = DEFAULT_LIMIT } = readOptions(helper, options, OPTIONS);
  if (query.length === 0) {
    throw outOfRange(helper, "text", text, "words with at least one letter or digit (of any script): names, aliases, titles, summaries, post titles, metric labels and definitions, note bodies and quotes are searched");
  }
  const index = searchIndex(indexes);
  let positions: Set<number> | undefined;
  query.forEach((word, position) => {
    const found = positionsOf(index, word, position === query.length - 1 && word.length >= 3);
    positions = positions === undefined ? found : new Set([...positions].filter((each) => found.has(each)));
  });
  const wanted = kinds === undefined ? undefined : new Set<string>(kinds);
  const best = new Map<number, { field: Field; score: number }>();
  for (const position of positions ?? []) {
    const documentIndex = Math.floor(position / 1024);
    const document = index.documents[documentIndex] as Document;
    if (wanted !== undefined && !wanted.has(document.kind)) continue;
    const entry = document.fields[position % 1024] as Field;
    const whole = entry.words.join("") === query.join("");
    const score = entry.weight * (whole ? 3 : containsPhrase(entry.words, query) ? 2 : 1);
    const kept = best.get(documentIndex);
    if (kept === undefined || score > kept.score) best.set(documentIndex, { field: entry, score });
  }
  const hits = [...best]
    .sort(([a, x], [b, y]) => y.score - x.score || (index.documents[a] as Document).rank - (index.documents[b] as Document).rank || a - b)
    .slice(0, limit)
    .map(([documentIndex, { field: entry, score }]) => {
      const document = index.documents[documentIndex] as Document;
      return Object.freeze({ record: document.record, kind: document.kind, field: entry.path, snippet: snippetOf(entry.text, query), score });
    });
  return Object.freeze(hits);
}

/**
 * Full-text search over the data: names, acronyms and aliases, titles, summaries, post titles (a person is found
 * by "Secretary of War"), metric labels and definitions, note titles and bodies, and every citation's quote. Words
 * are folded as names are ({@link foldName}: case, accents, punctuation, "U.N." = "UN"); every word must occur in one
 * field, the last one as a prefix when it has three letters or more. Each record comes once, with the field that
 * matched best: a whole-field match beats a phrase, a phrase beats scattered words, and names beat titles, titles
 * summaries, summaries quotes. Tombstoned records are left out. The index is built on the first call, so a bundle
 * that does not call `search` does not carry it.
 *
 * @param text - The words to look for.
 * @param options - `kinds`: only these kinds of record; `limit`: at most this many hits (default 20, at most 1000).
 * @returns A frozen array of frozen hits, best first.
 * @throws TypeError for a non-string text or bad options; RangeError for a text with no letter or digit, an unknown kind or a limit out of range.
 * @example
 * ```ts
 * import { search } from "vietnam-us-relations";
 *
 * search("Secretary of War")[0]?.record.id; // "person:pete-hegseth"
 * for (const hit of search("dioxin", { kinds: ["event", "figure"], limit: 5 })) console.log(hit.kind, hit.field, hit.snippet);
 * ```
 */
export function search(text: string, options?: SearchOptions): readonly SearchHit[] {
  return searchIn(shipped, text, options);
}
