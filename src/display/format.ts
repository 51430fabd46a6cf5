/**
 * English display text for figures and partial dates, built on `Intl`. Pure functions of their arguments: they
 * load no data, so a bundle of one of them carries nothing else.
 * @module
 */
import { isPartialDate, parsePartialDate, type PartialDate } from "../dates.js";
import type { DateCertainty, DateMeaning, Figure, PartOfDay } from "../types.js";
import { optional, PARTIAL_DATE_TEXT, readOwnFields, requireOneOf, type Check } from "../query/arguments.js";
import { outOfRange, wrongType } from "../query/errors.js";

const LOCALE = "en-GB";
let plain: Intl.NumberFormat | undefined;
let compact: Intl.NumberFormat | undefined;
let days: Intl.DateTimeFormat | undefined;
let months: Intl.DateTimeFormat | undefined;

/**
 * A number as a reader says it: grouped digits (`1,973`), and whole millions or billions in words
 * (`430 million`) only when the words lose no digit — never `2K` for 1,973.
 */
function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 && Number.isInteger(value / 1e5)) {
    compact ??= new Intl.NumberFormat(LOCALE, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 });
    return compact.format(value);
  }
  plain ??= new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 20 });
  return plain.format(value);
}

const SINGULAR: Readonly<Record<string, string>> = { servicemen: "serviceman", people: "person", personnel: "personnel", USD: "USD" };

/** The unit for a value of 1: "1 year", not "1 years". The units are the documents' own plural nouns. */
function unitFor(value: number, unit: string): string {
  if (value !== 1 && value !== -1) return unit;
  const [head = unit, ...rest] = unit.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const known = SINGULAR[head];
  if (known !== undefined) return known + tail;
  if (head.endsWith("ies")) return `${head.slice(0, -3)}y${tail}`;
  if (/(?:x|ch|sh|ss)es$/.test(head)) return head.slice(0, -2) + tail;
  if (head.endsWith("s") && !head.endsWith("ss")) return head.slice(0, -1) + tail;
  return unit;
}

const QUALIFIER_WORDS: Readonly<Record<string, string>> = { exact: "", nearly: "nearly ", "more-than": "more than " };

function requireFigureLike(helper: string, value: unknown): { value: number; unit: string; qualifier: string } {
  const accepted = "a figure record (with a finite number `value`, a string `unit` and a `qualifier`), such as getFigure() returns";
  const fields = readOwnFields(helper, "figure", value, ["value", "unit", "qualifier"], accepted);
  const { value: number, unit } = fields;
  const qualifier = fields.qualifier ?? "exact";
  if (typeof number !== "number" || typeof unit !== "string" || typeof qualifier !== "string") throw wrongType(helper, "figure", value, accepted);
  if (!Number.isFinite(number) || !Object.hasOwn(QUALIFIER_WORDS, qualifier)) throw outOfRange(helper, "figure", value, accepted);
  return { value: number, unit, qualifier };
}

/**
 * A figure's value as a reader says it, with its qualifier and unit: `"nearly 750 servicemen"`,
 * `"430 million USD"`, `"more than 50 years"`, `"1,973 cases"`. Millions and billions are put in words only when no
 * digit is lost; a rank reads `"rank 45"`.
 *
 * @param figure - A figure record (from {@link getFigure}, `dataset.figures`, …).
 * @returns English text.
 * @throws TypeError when `figure` is not a figure-like object; RangeError for a non-finite value or unknown qualifier.
 * @example
 * ```ts
 * import { formatFigure, getFigure } from "vietnam-us-relations";
 *
 * formatFigure(getFigure("us-servicemen-identified", { asOf: "2025-09" })!); // "nearly 750 servicemen"
 * formatFigure(getFigure("us-non-refundable-aid-total")!); // "430 million USD"
 * ```
 */
export function formatFigure(figure: Figure): string {
  const { value, unit, qualifier } = requireFigureLike("formatFigure", figure);
  const words = QUALIFIER_WORDS[qualifier] as string;
  if (unit === "rank") return `${words}rank ${formatNumber(value)}`;
  return `${words}${formatNumber(value)} ${unitFor(value, unit)}`;
}

/**
 * How {@link formatPartialDate} qualifies a date: the record fields that say what the date means.
 *
 * @example
 * ```ts
 * import { formatPartialDate, type PartialDateFormatOptions } from "vietnam-us-relations";
 *
 * const options: PartialDateFormatOptions = { dateMeaning: "not-after", dateCertainty: "inferred" };
 * formatPartialDate("2024-07-27", options); // "by 27 July 2024, inferred"
 * ```
 */
export interface PartialDateFormatOptions {
  /** `"on"` (default), `"not-after"` ("by …") or `"includes"` ("a period including …"). */
  readonly dateMeaning?: DateMeaning | undefined;
  /** `"stated"` (default) or `"inferred"` (adds ", inferred"). */
  readonly dateCertainty?: DateCertainty | undefined;
  /** `"morning"`, `"afternoon"` or `"evening"`, for a day. */
  readonly partOfDay?: PartOfDay | undefined;
}

const oneOf =
  <T extends string>(options: readonly T[]): Check<T> =>
  (helper, parameter, value) =>
    requireOneOf(helper, parameter, value, options);
const DATE_OPTIONS = {
  dateMeaning: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(["on", "not-after", "includes"] as const)),
  dateCertainty: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(["stated", "inferred"] as const)),
  partOfDay: /* @__PURE__ */ optional(/* @__PURE__ */ oneOf(["morning", "afternoon", "evening"] as const)),
} as const;

/**
 * The three fields, own properties only; other keys are ignored, unlike other options, so that a whole record
 * (an event, a figure, a death) can be passed as it is.
 */
function readDateFields(helper: string, options: unknown): { [K in keyof typeof DATE_OPTIONS]: ReturnType<(typeof DATE_OPTIONS)[K]> } {
  if (options === undefined) return { dateMeaning: undefined, dateCertainty: undefined, partOfDay: undefined };
  const accepted = "an object { dateMeaning?, dateCertainty?, partOfDay? } (a record with those fields will do), or undefined";
  const fields = readOwnFields(helper, "options", options, ["dateMeaning", "dateCertainty", "partOfDay"], accepted);
  return {
    dateMeaning: DATE_OPTIONS.dateMeaning(helper, "options.dateMeaning", fields.dateMeaning),
    dateCertainty: DATE_OPTIONS.dateCertainty(helper, "options.dateCertainty", fields.dateCertainty),
    partOfDay: DATE_OPTIONS.partOfDay(helper, "options.partOfDay", fields.partOfDay),
  };
}

/** A partial date in words, to its own precision: "27 July 2024", "July 2024", "2023". */
function dateWords(date: PartialDate): string {
  const parts = parsePartialDate(date)!;
  if (parts.precision === "year") return String(parts.year);
  // setUTCFullYear, not Date.UTC, which maps years 0-99 to the 1900s.
  const at = new Date(0);
  at.setUTCFullYear(parts.year, (parts.month as number) - 1, parts.day ?? 1);
  if (parts.precision === "month") {
    months ??= new Intl.DateTimeFormat(LOCALE, { month: "long", year: "numeric", timeZone: "UTC" });
    return months.format(at);
  }
  days ??= new Intl.DateTimeFormat(LOCALE, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return days.format(at);
}

/**
 * A partial date in English, to the precision the document gives, with what it means and how sure it is:
 * `"27 July 2024"`, `"by 27 July 2024"` (`not-after`), `"a period including 2023"` (`includes`), `"2023, inferred"`,
 * `"the evening of 27 July 2024"`. A record carries these fields under the same names, so it can be passed as the options as it is:
 * `formatPartialDate(event.date, event)`; other keys are ignored.
 *
 * @param date - A partial ISO date.
 * @param options - `dateMeaning`, `dateCertainty`, `partOfDay` (own properties; other keys ignored).
 * @throws TypeError for a non-string date or non-object options; RangeError for a malformed date or an unknown value.
 * @example
 * ```ts
 * import { formatPartialDate } from "vietnam-us-relations";
 *
 * formatPartialDate("2025-11-02"); // "2 November 2025"
 * formatPartialDate("2024-07-27", { dateMeaning: "not-after" }); // "by 27 July 2024"
 * formatPartialDate("2023", { dateCertainty: "inferred" }); // "2023, inferred"
 * ```
 */
export function formatPartialDate(date: PartialDate, options?: PartialDateFormatOptions): string {
  const helper = "formatPartialDate";
  if (typeof date !== "string") throw wrongType(helper, "date", date, `a string, ${PARTIAL_DATE_TEXT}`);
  if (!isPartialDate(date)) throw outOfRange(helper, "date", date, PARTIAL_DATE_TEXT);
  const { dateMeaning, dateCertainty, partOfDay } = readDateFields(helper, options);
  let text = dateWords(date);
  if (partOfDay !== undefined && date.length === 10) text = `the ${partOfDay} of ${text}`;
  if (dateMeaning === "not-after") text = `by ${text}`;
  else if (dateMeaning === "includes") text = `a period including ${text}`;
  return dateCertainty === "inferred" ? `${text}, inferred` : text;
}
