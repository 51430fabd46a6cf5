/**
 * Argument checks shared by every exported function. Each check takes the function's name, the parameter's name
 * and the received value, returns the value typed, or throws the shared error (see errors.ts): a TypeError for a
 * value of the wrong type, a RangeError for a value of the right type outside what is accepted.
 *
 * A new helper adopts them in one line per parameter:
 *
 *     const id = requireId("findFiguresAbout", "entityId", entityId, ["person", "org", "place", "program"]);
 *     const { asOf } = readOptions("findFiguresAbout", options, { asOf: optional(requirePartialDate) });
 *
 * @internal
 * @module
 */
import { isPartialDate, type PartialDate } from "../dates.js";
import { cutText, outOfRange, wrongType } from "./errors.js";

/** @internal One argument check: returns the value typed, or throws the shared TypeError / RangeError. */
export type Check<T> = (helper: string, parameter: string, value: unknown) => T;

/** @internal What a partial date argument accepts, for messages. */
export const PARTIAL_DATE_TEXT = 'a partial ISO 8601 date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date, year 0001 to 9999)';

/** @internal Whether `key` is an own property of `value` (inherited properties, polluted ones included, never count). */
export function hasOwn(value: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** @internal An own property's value, or `undefined` when the property is absent or only inherited. */
export function ownValue(value: object, key: PropertyKey): unknown {
  return hasOwn(value, key) ? (value as Record<PropertyKey, unknown>)[key] : undefined;
}

/**
 * @internal A record's own field, typed: `undefined` when the field is absent, even if `Object.prototype` carries
 * one of that name. Every read of an optional record field goes through it.
 */
export function own<T extends object, K extends keyof T>(record: T, key: K): T[K] | undefined {
  return hasOwn(record, key) ? record[key] : undefined;
}

/**
 * @internal Reads a few own fields of an object argument, refusing anything else with the shared TypeError, and
 * a Proxy or getter that throws while read with the same message ("reading it threw"), never its own error.
 */
export function readOwnFields<const K extends string>(helper: string, parameter: string, value: unknown, keys: readonly K[], accepted: string): { readonly [Key in K]: unknown } {
  if (typeof value !== "object" || value === null) throw wrongType(helper, parameter, value, accepted);
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  let isArray = false;
  try {
    // Array.isArray too throws on a revoked Proxy.
    isArray = Array.isArray(value);
    if (!isArray) for (const key of keys) fields[key] = ownValue(value, key);
  } catch {
    throw wrongType(helper, parameter, value, `${accepted} (reading it threw)`);
  }
  if (isArray) throw wrongType(helper, parameter, value, accepted);
  return fields as { readonly [Key in K]: unknown };
}

/** @internal Checks a required partial-date argument. */
export function requirePartialDate(helper: string, parameter: string, value: unknown): PartialDate {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${PARTIAL_DATE_TEXT}`);
  if (!isPartialDate(value)) throw outOfRange(helper, parameter, value, PARTIAL_DATE_TEXT);
  return value;
}

/** @internal Checks a required string argument. */
export function requireString(helper: string, parameter: string, value: unknown, accepted: string): string {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, accepted);
  return value;
}

/** @internal Checks an integer argument within `[min, max]`. */
export function requireInteger(helper: string, parameter: string, value: unknown, min: number, max: number, what = "an integer"): number {
  // What is accepted is spelled out only when refusing: the accepting path stays allocation-free.
  if (typeof value !== "number") throw wrongType(helper, parameter, value, `a number, ${what} from ${min} to ${max}`);
  if (!Number.isInteger(value) || value < min || value > max) throw outOfRange(helper, parameter, value, `${what} from ${min} to ${max}`);
  return value;
}

const oneOfText = (options: readonly string[]) => `one of ${options.map((option) => `"${option}"`).join(", ")}`;

/** @internal Checks that an argument is one of a few strings. */
export function requireOneOf<const T extends string>(helper: string, parameter: string, value: unknown, options: readonly T[]): T {
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${oneOfText(options)}`);
  if (!(options as readonly string[]).includes(value)) throw outOfRange(helper, parameter, value, oneOfText(options));
  return value as T;
}

const ID_SHAPE = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** @internal Checks that an argument is a well-formed record id with one of the given prefixes. */
export function requireId(helper: string, parameter: string, value: unknown, prefixes: readonly string[]): string {
  const accepted = () => `a record id "prefix:slug" with prefix ${prefixes.map((p) => `"${p}"`).join(", ")}`;
  if (typeof value !== "string") throw wrongType(helper, parameter, value, `a string, ${accepted()}`);
  // The prefix test first: it is O(1) and refuses most wrong strings before the regular expression reads them.
  const colon = value.indexOf(":");
  if (colon < 0 || !prefixes.includes(value.slice(0, colon)) || !ID_SHAPE.test(value)) {
    throw outOfRange(helper, parameter, value, accepted());
  }
  return value;
}

/** @internal Makes a check accept `undefined` as well (an optional parameter or option). */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (helper, parameter, value) => (value === undefined ? undefined : check(helper, parameter, value));
}

/** @internal What an options argument is checked against: one check per accepted key. */
export type OptionsSpec = Readonly<Record<string, Check<unknown>>>;

/** @internal The checked options: each key's checked value. */
export type CheckedOptions<S extends OptionsSpec> = { readonly [K in keyof S]: ReturnType<S[K]> };

const UNKNOWN_KEYS_SHOWN = 3;

/** Per spec, its key names, computed once: `readOptions` runs on every helper call. */
const specNames = /* @__PURE__ */ new WeakMap<OptionsSpec, readonly string[]>();

function namesOf(spec: OptionsSpec): readonly string[] {
  let names = specNames.get(spec);
  if (names === undefined) {
    names = Object.keys(spec);
    specNames.set(spec, names);
  }
  return names;
}

function optionsText(names: readonly string[]): string {
  const example = names.length > 0 ? `{ ${names.map((name) => `${name}?`).join(", ")} }` : "{}";
  return `an object ${example} with own properties only, or undefined`;
}

/** Whether a value's prototype is a class's (it has its own `constructor`, and is not `Object.prototype`). */
function isClassInstance(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return false;
  return typeof Object.getOwnPropertyDescriptor(prototype, "constructor")?.value === "function";
}

/**
 * @internal Checks an optional options object against `spec` and returns each accepted key's checked value.
 * Own properties only: an `asOf` inherited from a prototype (`Object.prototype` polluted, or an options object
 * made with `Object.create({ asOf })`) is not read, unknown own keys are refused (the first few named), and so
 * are class instances, whose options would live on a prototype.
 * Pass a spec object made once (a module constant), not a literal per call.
 */
export function readOptions<S extends OptionsSpec>(helper: string, options: unknown, spec: S): CheckedOptions<S> {
  const names = namesOf(spec);
  // Null prototypes: an absent option must read as undefined even when Object.prototype carries its name.
  const raw: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  if (options !== undefined) {
    let unknownKeys: string[];
    let unknownCount = 0;
    try {
      if (typeof options !== "object" || options === null || Array.isArray(options)) throw wrongType(helper, "options", options, optionsText(names));
      // A class instance's options may live on its prototype (getters, methods), which own-property reading
      // would silently ignore: refused rather than half read.
      if (isClassInstance(options)) throw wrongType(helper, "options", options, `${optionsText(names)} (a plain object, not a class instance)`);
      unknownKeys = [];
      for (const key of Object.keys(options)) {
        if (hasOwn(spec, key)) continue;
        unknownCount++;
        if (unknownKeys.length < UNKNOWN_KEYS_SHOWN) unknownKeys.push(cutText(key));
      }
      for (const name of names) raw[name] = ownValue(options, name);
    } catch (error) {
      if (error instanceof TypeError && error.message.startsWith(`${helper}: `)) throw error;
      throw wrongType(helper, "options", options, `${optionsText(names)} (reading it threw)`);
    }
    if (unknownCount > 0) {
      const more = unknownCount > unknownKeys.length ? ` and ${unknownCount - unknownKeys.length} more` : "";
      const known = names.map((name) => `"${name}"`).join(", ");
      const only = names.length === 1 ? "only key is" : "only keys are";
      throw outOfRange(helper, "options", options, `an object whose ${only} ${known} (unknown: ${unknownKeys.join(", ")}${more})`);
    }
  }
  const checked: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const name of names) checked[name] = (spec[name] as Check<unknown>)(helper, `options.${name}`, raw[name]);
  return checked as CheckedOptions<S>;
}

const AS_OF_SPEC = { asOf: /* @__PURE__ */ optional(requirePartialDate) } as const;

/** @internal Checks an optional `{ asOf?: string }` options argument and returns its date, if any. */
export function optionalAsOf(helper: string, options: unknown): PartialDate | undefined {
  // The common calls, no options or `{ asOf }` alone, are answered without building anything; everything else
  // (and every refusal) goes through readOptions.
  if (options === undefined) return undefined;
  let asOf: unknown = NOT_READ;
  try {
    if (typeof options === "object" && options !== null && Object.getPrototypeOf(options) === Object.prototype) {
      const keys = Object.keys(options);
      if (keys.length === 1 && keys[0] === "asOf") asOf = (options as { asOf?: unknown }).asOf;
    }
  } catch {
    // A revoked Proxy or a throwing trap: readOptions refuses it with the shared message.
  }
  if (asOf === NOT_READ) return readOptions(helper, options, AS_OF_SPEC).asOf;
  return asOf === undefined ? undefined : requirePartialDate(helper, "options.asOf", asOf);
}

const NOT_READ: unique symbol = Symbol("not read");

/** @internal Checks an optional boolean argument or option. */
export function requireOptionalBoolean(helper: string, parameter: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== "boolean") throw wrongType(helper, parameter, value, "a boolean, or undefined");
  return value;
}

/** Per flag name, its options spec, made once: readOptions wants a constant spec. */
const flagSpecs = /* @__PURE__ */ new Map<string, OptionsSpec>();

/**
 * @internal Checks an optional options argument whose only key is one boolean flag, and returns the flag. Own
 * properties only, like every options argument (see readOptions).
 */
export function optionalFlag(helper: string, options: unknown, flag: string): boolean {
  if (options === undefined) return false;
  let spec = flagSpecs.get(flag);
  if (spec === undefined) {
    spec = { [flag]: requireOptionalBoolean };
    flagSpecs.set(flag, spec);
  }
  return readOptions(helper, options, spec)[flag] === true;
}
