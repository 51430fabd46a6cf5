/**
 * Synthetic datasets `factor` times the size of the shipped one, for the scaling benchmark. The result is valid
 * (`validateDataset` accepts it) and has exactly `factor` times the records of every collection.
 *
 * Copy 0 is the shipped data unchanged. Copy k ≥ 1 is a deep copy in which
 * - every id gets the suffix `-xk` (metric ids included), and every reference to an id is remapped the same way,
 *   so each copy refers only to its own records (sources are copied too, with the same document file);
 * - every date is moved k whole years later (so events spread over more years);
 * - every word of a person's, organization's, place's or programme's name, acronym and aliases gets the prefix
 *   `xk` ("Phạm Minh Chính" → "x3Phạm x3Minh x3Chính"). Names are keys of `findByName`'s index: with untouched
 *   names, a query for a copy-0 name would match every copy, and its cost would grow with the answer rather
 *   than with the index. Tagged words neither equal nor start with an original word;
 * - quotes are kept identical, so every figure value still appears in its quote.
 *
 * Dates must stay within years 1–9999, so `factor` is limited by the latest year in the data (about 7,900).
 */
import { dataset as shippedDataset, type Dataset } from "vietnam-us-relations";

/** Keys whose values are partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
const DATE_KEYS = new Set(["published", "latestDateInText", "asOf", "start", "end", "date", "endDate"]);
/** Keys whose values may be a metric id (metric ids have no `prefix:`, so they are remapped only here). */
const METRIC_REFERENCE_KEYS = new Set(["id", "metric", "recordIds"]);
/** Collections whose records have names that `findByName` indexes. */
const NAMED_COLLECTIONS = new Set(["people", "organizations", "places", "programs"]);
/** The name fields of those records. */
const NAME_KEYS = new Set(["name", "acronym", "aliases"]);

interface Copy {
  /** The id suffix of this copy: `-x17`. */
  readonly idSuffix: string;
  /** The word prefix of this copy's names: `x17`. */
  readonly nameTag: string;
  /** Whole years added to every date. */
  readonly years: number;
  /** Every id of the base dataset: records, posts and metrics. */
  readonly ids: ReadonlySet<string>;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function shiftDate(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  if (year > 9999) throw new RangeError(`makeSyntheticDataset: ${date} + ${years} years is past year 9999`);
  const rest = date.slice(4);
  // 29 February exists only in leap years; the day before keeps the date valid and at day precision.
  return `${String(year).padStart(4, "0")}${rest === "-02-29" && !isLeapYear(year) ? "-02-28" : rest}`;
}

function tagName(text: string, tag: string): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => `${tag}${word}`);
}

function copyValue(value: unknown, key: string | undefined, copy: Copy, named: boolean): unknown {
  if (typeof value === "string") {
    if (key === "quote") return value;
    if (copy.ids.has(value) && (value.includes(":") || (key !== undefined && METRIC_REFERENCE_KEYS.has(key)))) {
      return `${value}${copy.idSuffix}`;
    }
    if (key !== undefined && DATE_KEYS.has(key)) return shiftDate(value, copy.years);
    if (named && key !== undefined && NAME_KEYS.has(key)) return tagName(value, copy.nameTag);
    return value;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => copyValue(item, key, copy, named));
  if (typeof value === "object" && value !== null) {
    // Only a record's own top-level fields are names; nested objects (posts, citations) are not.
    return Object.fromEntries(
      Object.entries(value).map(([childKey, child]) => [childKey, copyValue(child, childKey, copy, named && key === undefined)]),
    );
  }
  return value;
}

function collectIds(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) collectIds(item, into);
  else if (typeof value === "object" && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "id" && typeof child === "string") into.add(child);
      else collectIds(child, into);
    }
  }
  return into;
}

/**
 * A valid dataset with `factor` copies of every record of `base` (default: the shipped dataset of the built
 * package). `makeSyntheticDataset(1)` holds the same records as `base`.
 *
 * @param factor - A whole number of copies, at least 1.
 */
export function makeSyntheticDataset(factor: number, base: Dataset = shippedDataset): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new RangeError(`makeSyntheticDataset: factor must be a whole number ≥ 1, got ${factor}`);
  const ids = collectIds(base, new Set());
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(base)) {
    if (!Array.isArray(value)) {
      result[name] = value;
      continue;
    }
    const records: unknown[] = [...value];
    for (let k = 1; k < factor; k++) {
      const copy: Copy = { idSuffix: `-x${k}`, nameTag: `x${k}`, years: k, ids };
      for (const record of value) records.push(copyValue(record, undefined, copy, NAMED_COLLECTIONS.has(name)));
    }
    result[name] = records;
  }
  return result as unknown as Dataset;
}
