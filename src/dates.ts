/**
 * Partial ISO 8601 calendar dates ("2025", "2021-07", "2024-07-27") and their ordering.
 *
 * Kept free of dependencies: the query helpers in the main entry and the schemas both use it.
 *
 * One year range everywhere: years 0001 to 9999 (four digits, no year 0000, which ISO 8601 reserves for 1 BC by
 * agreement only). The JSON Schema's date pattern and `findEventsByYear` accept the same range.
 * @module
 */
import { outOfRange, wrongType } from "./query/errors.js";

/**
 * A date cut to the precision the documents give it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { isPartialDate, type PartialDate } from "vietnam-us-relations";
 *
 * const month: PartialDate = "2021-07";
 * console.log(isPartialDate(month)); // true
 * ```
 */
export type PartialDate = string;

/**
 * How much of a {@link PartialDate} is known.
 *
 * @example
 * ```ts
 * import { parsePartialDate, type DatePrecision } from "vietnam-us-relations";
 *
 * const precision: DatePrecision | undefined = parsePartialDate("2023-09")?.precision; // "month"
 * ```
 */
export type DatePrecision = "year" | "month" | "day";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last year a partial date may have, in every function of the package and in the schemas.
 *
 * @example
 * ```ts
 * import { PARTIAL_DATE_YEARS, isPartialDate } from "vietnam-us-relations";
 *
 * console.log(PARTIAL_DATE_YEARS); // { min: 1, max: 9999 }
 * isPartialDate("0000"); // false
 * ```
 */
export const PARTIAL_DATE_YEARS: { readonly min: 1; readonly max: 9999 } = /* @__PURE__ */ Object.freeze({ min: 1, max: 9999 });

const DATE_TEXT = 'a partial ISO 8601 date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date, year 0001 to 9999)';

/**
 * The parts of a valid partial date.
 *
 * @example
 * ```ts
 * import { parsePartialDate, type PartialDateParts } from "vietnam-us-relations";
 *
 * const parts: PartialDateParts | undefined = parsePartialDate("2024-07-27");
 * console.log(parts?.year, parts?.month, parts?.day); // 2024 7 27
 * ```
 */
export interface PartialDateParts {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

// Arithmetic, not `Date.UTC`, which maps years 0-99 to 1900-1999 (and so gets 0004-02 wrong).
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/** The parts of a string that is a partial date, or `undefined`. */
function parseParts(value: string): PartialDateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < PARTIAL_DATE_YEARS.min) return undefined;
  if (match[2] === undefined) return { year, precision: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: "month" };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day" };
}

/** The parts of a partial date argument, or the shared TypeError / RangeError naming the function. */
function requireParts(helper: string, parameter: string, value: unknown): PartialDateParts {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${DATE_TEXT}`);
  const parts = parseParts(value);
  if (parts === undefined) throw outOfRange(helper, parameter, value, DATE_TEXT);
  return parts;
}

/**
 * Parses a partial ISO date, or returns `undefined` when the string is not one (wrong shape, month 13,
 * 30 February, year 0000, …).
 *
 * @throws TypeError when `value` is not a string.
 *
 * @example
 * ```ts
 * import { parsePartialDate } from "vietnam-us-relations";
 *
 * parsePartialDate("2021-07"); // { year: 2021, month: 7, precision: "month" }
 * parsePartialDate("2025-02-30"); // undefined
 * ```
 */
export function parsePartialDate(value: string): PartialDateParts | undefined {
  if (typeof value !== "string") throw wrongType("parsePartialDate", "value", value, `a string (${DATE_TEXT}, or any other string for undefined)`);
  return parseParts(value);
}

/**
 * Whether a value is a valid partial ISO date. Never throws: any value that is not such a string gives `false`.
 *
 * @example
 * ```ts
 * import { isPartialDate } from "vietnam-us-relations";
 *
 * isPartialDate("2024-07-27"); // true
 * isPartialDate("2025-13"); // false
 * ```
 */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === "string" && parseParts(value) !== undefined;
}

/**
 * Orders partial dates chronologically; a coarser date sorts before the finer dates it contains
 * ("2025" < "2025-01" < "2025-01-01"). Both arguments must be valid partial dates.
 *
 * Because the format is fixed-width and zero-padded, this is exactly the code-unit order of the strings.
 *
 * @throws TypeError when an argument is not a string; RangeError when it is not a valid partial date.
 *
 * @example
 * ```ts
 * import { comparePartialDates } from "vietnam-us-relations";
 *
 * ["2025-07-25", "2025", "2024-07-27"].sort(comparePartialDates); // ["2024-07-27", "2025", "2025-07-25"]
 * ```
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  requireParts("comparePartialDates", "a", a);
  requireParts("comparePartialDates", "b", b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The last calendar day a partial date can stand for: `"2025"` → `"2025-12-31"`, `"2024-02"` → `"2024-02-29"`.
 * Used to ask "was this known by then?".
 *
 * @throws TypeError when `value` is not a string; RangeError when it is not a valid partial date.
 *
 * @example
 * ```ts
 * import { endOfPartialDate } from "vietnam-us-relations";
 *
 * endOfPartialDate("2021-07"); // "2021-07-31"
 * ```
 */
export function endOfPartialDate(value: PartialDate): string {
  const parts = requireParts("endOfPartialDate", "value", value);
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  return `${String(parts.year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The first calendar day a partial date can stand for: `"2025"` → `"2025-01-01"`.
 *
 * @throws TypeError when `value` is not a string; RangeError when it is not a valid partial date.
 *
 * @example
 * ```ts
 * import { startOfPartialDate } from "vietnam-us-relations";
 *
 * startOfPartialDate("2021-07"); // "2021-07-01"
 * ```
 */
export function startOfPartialDate(value: PartialDate): string {
  const parts = requireParts("startOfPartialDate", "value", value);
  return `${String(parts.year).padStart(4, "0")}-${String(parts.month ?? 1).padStart(2, "0")}-${String(parts.day ?? 1).padStart(2, "0")}`;
}
