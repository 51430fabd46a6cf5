import { isPartialDate, type PartialDate } from "../dates.js";
import { outOfRange, wrongType } from "./errors.js";

const PARTIAL_DATE_TEXT = 'a partial ISO 8601 date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date)';

/** @internal Checks a required partial-date argument. */
export function requirePartialDate(helper: string, parameter: string, value: unknown): PartialDate {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${PARTIAL_DATE_TEXT}`);
  if (!isPartialDate(value)) throw outOfRange(helper, parameter, value, PARTIAL_DATE_TEXT);
  return value;
}

/** @internal Checks an optional `{ asOf?: string }` options argument and returns its date, if any. */
export function optionalAsOf(helper: string, options: unknown): PartialDate | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw wrongType(helper, "options", options, "an object such as { asOf: \"2025-08-02\" }, or undefined");
  }
  const unknownKeys = Object.keys(options).filter((key) => key !== "asOf");
  if (unknownKeys.length > 0) {
    throw outOfRange(helper, "options", options, `an object whose only key is "asOf" (unknown: ${unknownKeys.join(", ")})`);
  }
  const asOf = (options as { asOf?: unknown }).asOf;
  return asOf === undefined ? undefined : requirePartialDate(helper, "options.asOf", asOf);
}

/** @internal Checks a required non-empty string argument. */
export function requireString(helper: string, parameter: string, value: unknown, accepted: string): string {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, accepted);
  return value;
}

const ID_SHAPE = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @internal Checks that an argument is a well-formed record id with one of the given prefixes. */
export function requireId(helper: string, parameter: string, value: unknown, prefixes: readonly string[]): string {
  const accepted = `a record id "prefix:slug" with prefix ${prefixes.map((p) => `"${p}"`).join(", ")}`;
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${accepted}`);
  if (!ID_SHAPE.test(value) || !prefixes.includes(value.slice(0, value.indexOf(":")))) {
    throw outOfRange(helper, parameter, value, accepted);
  }
  return value;
}

/** @internal Checks an optional options argument whose only key is one boolean flag, and returns the flag. */
export function optionalFlag(helper: string, options: unknown, flag: string): boolean {
  if (options === undefined) return false;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw wrongType(helper, "options", options, `an object such as { ${flag}: true }, or undefined`);
  }
  const unknownKeys = Object.keys(options).filter((key) => key !== flag);
  if (unknownKeys.length > 0) {
    throw outOfRange(helper, "options", options, `an object whose only key is "${flag}" (unknown: ${unknownKeys.join(", ")})`);
  }
  const value = (options as Record<string, unknown>)[flag];
  if (value !== undefined && typeof value !== "boolean") {
    throw wrongType(helper, `options.${flag}`, value, "a boolean, or undefined");
  }
  return value === true;
}
