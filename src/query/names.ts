import { requireString } from "./arguments.js";
import { outOfRange } from "./errors.js";
import { loadOrganizations, loadPeople, loadPlaces, loadPrograms } from "../generated/collections.js";
import { createIndexes, type Indexes, type NameEntry, type NameIndex } from "./indexes.js";
import { fold } from "./normalize.js";
import type { NamedRecord } from "./records.js";

const shipped = /* @__PURE__ */ createIndexes({
  people: loadPeople,
  organizations: loadOrganizations,
  places: loadPlaces,
  programs: loadPrograms,
});

/** How well a name matched, best first. */
const Tier = { WholeName: 0, AllWords: 1, NamePrefix: 2 } as const;
type Tier = (typeof Tier)[keyof typeof Tier];

interface Candidate {
  readonly entry: NameEntry;
  readonly tier: Tier;
}

/** @internal The entries of a sorted list that begin with `prefix` (binary search to the first, then a scan). */
export function prefixRange(sorted: readonly string[], prefix: string): readonly string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && (sorted[end] as string).startsWith(prefix)) end++;
  return sorted.slice(low, end);
}

/**
 * Entries that contain every query word; a last query word of three or more characters may be the start of a
 * word ("hegs" → "hegseth").
 */
function entriesWithAllWords(index: NameIndex, words: readonly string[]): NameEntry[] {
  const last = words[words.length - 1] as string;
  const lastWords = last.length >= 3 ? prefixRange(index.sortedWords, last) : [last];
  const lastMatches = new Set<NameEntry>();
  for (const word of lastWords) for (const entry of index.byWord.get(word) ?? []) lastMatches.add(entry);
  let result = [...lastMatches];
  for (const word of words.slice(0, -1)) {
    const exact = new Set(index.byWord.get(word) ?? []);
    result = result.filter((entry) => exact.has(entry));
  }
  return result;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.tier - b.tier ||
    a.entry.isAlias - b.entry.isAlias ||
    a.entry.key.length - b.entry.key.length ||
    a.entry.collectionRank - b.entry.collectionRank ||
    (a.entry.record.id < b.entry.record.id ? -1 : a.entry.record.id > b.entry.record.id ? 1 : 0)
  );
}

/** @internal */
export function findByNameIn(indexes: Indexes, name: unknown): readonly NamedRecord[] {
  const helper = "findByName";
  const text = requireString(helper, "name", name, "a string such as \"Phạm Minh Chính\" or \"UNMISS\"");
  const words = fold(text);
  const key = words.join("");
  if (key.length === 0) {
    throw outOfRange(
      helper,
      "name",
      name,
      "a name with at least one letter or digit (of any script) once case, spacing, punctuation and diacritics are ignored: the names, acronyms and aliases of people, organizations, places and programmes are searched",
    );
  }
  const index = indexes.names();
  const candidates: Candidate[] = [];
  for (const entry of index.byKey.get(key) ?? []) candidates.push({ entry, tier: Tier.WholeName });
  for (const entry of entriesWithAllWords(index, words)) candidates.push({ entry, tier: Tier.AllWords });
  if (key.length >= 3) {
    for (const prefixed of prefixRange(index.sortedKeys, key)) {
      for (const entry of index.byKey.get(prefixed) ?? []) candidates.push({ entry, tier: Tier.NamePrefix });
    }
  }
  candidates.sort(compareCandidates);
  const seen = new Set<NamedRecord>();
  const results: NamedRecord[] = [];
  for (const { entry } of candidates) {
    if (!seen.has(entry.record)) {
      seen.add(entry.record);
      results.push(entry.record);
    }
  }
  return Object.freeze(results);
}

/**
 * People, organizations (UN missions included), places and programmes whose name, acronym or alias matches,
 * ignoring case, spacing, punctuation, diacritics (Vietnamese included: `đ`/`Đ` fold to `d`) and compatibility
 * forms (full-width `"ＵＮＭＩＳＳ"` finds UNMISS); see {@link foldName}.
 *
 * A record matches when its whole folded name equals the query's, when it contains every word of the query (a
 * last word of three or more characters may be cut short: `"hegs"`), or — for queries of three or more characters — when its folded name
 * starts with the query. Best match first: whole name before all words before prefix; own name before alias;
 * shorter name first; then people, organizations, places, programmes; then id.
 *
 * @param name - Any spelling: `"Phạm Minh Chính"`, `"pham minh chinh"`, `"UNMISS"`, `"Ha Noi"`.
 * @returns A frozen array without duplicates; empty when nothing matches.
 * @throws TypeError when `name` is not a string; RangeError when it has no letter or digit.
 * @example
 * ```ts
 * import { findByName } from "vietnam-us-relations";
 *
 * findByName("pham minh chinh")[0]?.id; // "person:pham-minh-chinh"
 * findByName("Phạm Minh Chính")[0]?.id; // "person:pham-minh-chinh"
 * findByName("unisfa")[0]?.name; // "U.N. Interim Security Force for Abyei"
 * ```
 */
export function findByName(name: string): readonly NamedRecord[] {
  return findByNameIn(shipped, name);
}
