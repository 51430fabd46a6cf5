/**
 * The rules of the Zod schemas that zod's JSON Schema generator cannot see (refinements are code), written as
 * JSON Schema where JSON Schema can say them, and as descriptions where it cannot. Applied through
 * `z.toJSONSchema`'s `override` hook, so the schema files in src/schema stay as they are.
 */
import type { z } from "zod";
import {
  deploymentSchema,
  eventSchema,
  figureSchema,
  partialDateSchema,
  postSchema,
  sourceSchema,
} from "../../src/schema/index.js";
import { RELATIVE_PATH } from "../../src/schema/source.js";

type JsonSchema = Record<string, unknown>;

const MONTH = "(?:0[1-9]|1[0-2])";
const DAY_IN_ANY_MONTH = "(?:0[1-9]|1[0-9]|2[0-8])";
/** Years whose February has 29 days: divisible by 4 but not by 100, or divisible by 400. */
const LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const YEAR = "[0-9]{4}";

/**
 * A partial ISO 8601 date that is a real calendar date, years 0001 to 9999: `YYYY`, `YYYY-MM` (month 01–12) or
 * `YYYY-MM-DD` (a day the month has, 29 February in leap years only). The same set `isPartialDate` accepts.
 */
export const CALENDAR_DATE_PATTERN =
  "^(?!0000)(?:" +
  `${YEAR}(?:-${MONTH})?` +
  `|${YEAR}-(?:${MONTH}-${DAY_IN_ANY_MONTH}|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)` +
  `|${LEAP_YEAR}-02-29` +
  ")$";

/** The rules no JSON Schema keyword can state (they compare two fields); Zod checks them. */
export const RULES_ONLY_ZOD_CHECKS = {
  eventEndDate: "endDate is not before date (an order between two fields)",
  figureNearly: 'with qualifier "nearly", upperBound equals value (an equality between two fields)',
  figureMoreThan: 'with qualifier "more-than", lowerBound equals value (an equality between two fields)',
  figureBounds: "lowerBound is not above value and upperBound not below it (an order between two fields)",
} as const;

const when = (field: string, value: string, then: JsonSchema): JsonSchema => ({
  if: { properties: { [field]: { const: value } }, required: [field] },
  then,
});
const forbidden = (...fields: string[]): JsonSchema => ({ properties: Object.fromEntries(fields.map((field) => [field, false])) });

/** An inferred date needs a `dateNote`; a stated one has none. */
const DATE_NOTE_RULES: JsonSchema[] = [
  when("dateCertainty", "inferred", { required: ["dateNote"] }),
  when("dateCertainty", "stated", forbidden("dateNote")),
];

interface RecordRules {
  readonly rules: readonly JsonSchema[];
  readonly notExpressible: readonly string[];
}

const RECORD_RULES = new Map<z.ZodType, RecordRules>([
  [postSchema, { rules: DATE_NOTE_RULES, notExpressible: [] }],
  [deploymentSchema, { rules: DATE_NOTE_RULES, notExpressible: [] }],
  [eventSchema, { rules: DATE_NOTE_RULES, notExpressible: [RULES_ONLY_ZOD_CHECKS.eventEndDate] }],
  [
    figureSchema,
    {
      rules: [
        ...DATE_NOTE_RULES,
        when("qualifier", "exact", forbidden("lowerBound", "upperBound")),
        when("qualifier", "nearly", { required: ["upperBound"] }),
        when("qualifier", "more-than", { required: ["lowerBound"] }),
      ],
      notExpressible: [RULES_ONLY_ZOD_CHECKS.figureNearly, RULES_ONLY_ZOD_CHECKS.figureMoreThan, RULES_ONLY_ZOD_CHECKS.figureBounds],
    },
  ],
  [
    sourceSchema,
    {
      rules: [
        when("dateCertainty", "unknown", { ...forbidden("published"), required: ["dateNote"] }),
        when("dateCertainty", "inferred", { required: ["published", "dateNote"] }),
        when("dateCertainty", "stated", { ...forbidden("dateNote"), required: ["published"] }),
      ],
      notExpressible: [],
    },
  ],
]);

function appendDescription(jsonSchema: JsonSchema, text: string): void {
  const existing = typeof jsonSchema["description"] === "string" ? `${jsonSchema["description"] as string} ` : "";
  jsonSchema["description"] = `${existing}${text}`;
}

/**
 * The `override` hook for `z.toJSONSchema`: adds the calendar-date pattern to every partial date, the
 * relative-path pattern to a source's `file`, and the
 * conditional rules (`if`/`then` under `allOf`) to each record type. The shape pattern zod writes stays as it
 * is, so that the schema's existing keywords do not change; the calendar pattern narrows it under `allOf`.
 */
export function overrideJsonSchema(ctx: { zodSchema: unknown; jsonSchema: JsonSchema }): void {
  const { zodSchema, jsonSchema } = ctx;
  if (zodSchema === partialDateSchema) {
    jsonSchema["allOf"] = [{ pattern: CALENDAR_DATE_PATTERN }];
    appendDescription(jsonSchema, "A partial ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date (leap years included), year 0001 to 9999.");
    return;
  }
  if (zodSchema === sourceSchema.shape.file) {
    // The refinement, stated under `allOf` like the calendar pattern: the field itself stays a plain string.
    jsonSchema["allOf"] = [{ pattern: RELATIVE_PATH.source }];
    return;
  }
  const record = RECORD_RULES.get(zodSchema as z.ZodType);
  if (record === undefined) return;
  jsonSchema["allOf"] = [...((jsonSchema["allOf"] as JsonSchema[] | undefined) ?? []), ...record.rules];
  if (record.notExpressible.length > 0) {
    appendDescription(jsonSchema, `Also required, but not expressible in JSON Schema (the Zod schema checks it): ${record.notExpressible.join("; ")}.`);
  }
}
