import * as z from "zod";
import { isPartialDate } from "../dates.js";

export type { DeepReadonly } from "../deep-readonly.js";

/**
 * @internal The metadata that names a schema: its `$defs` key in schema.json, the name of its generated TypeScript
 * type, the type's one-line summary, and example values (which schema.json lists and the type's TSDoc shows).
 * An enum also gives each value's one-line meaning (`valueDescriptions`, in schema.json too), from which the
 * build generates the main entry's lists (`EVENT_TYPES`, …), the API site's enum pages and the data-model guide.
 */
export function named(name: string, description: string, examples?: readonly unknown[], valueDescriptions?: Readonly<Record<string, string>>) {
  return {
    id: name,
    title: name,
    description,
    ...(examples === undefined ? {} : { examples: [...examples] }),
    ...(valueDescriptions === undefined ? {} : { valueDescriptions: { ...valueDescriptions } }),
  };
}

/** The lowercase kebab-case tail of every record id: `pham-minh-chinh`, `2025-07-25-handover-170`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "Lowercase kebab-case ASCII." });

/**
 * The id prefix of each collection whose records are referenced by id. Ids are `prefix:slug`, unique across
 * the whole dataset and stable forever.
 *
 * @example
 * ```ts
 * import { ID_PREFIXES } from "vietnam-us-relations/schemas";
 *
 * const personId = `${ID_PREFIXES.people}:nguyen-phu-trong`; // "person:nguyen-phu-trong"
 * ```
 */
export const ID_PREFIXES = {
  sources: "source",
  people: "person",
  posts: "post",
  organizations: "org",
  places: "place",
  programs: "program",
  deployments: "deployment",
  events: "event",
  figures: "figure",
  notes: "note",
} as const;

/** @internal Builds the `prefix:slug` id schema of one collection. */
function idSchema<const P extends string>(prefix: P, name: string, description: string, example: `${P}:${string}`) {
  return z.templateLiteral([z.literal(`${prefix}:`), slugSchema]).meta(named(name, description, [example]));
}

/**
 * Id of a {@link sourceSchema | source document}, e.g. `source:vna-peacekeeping-contribution`.
 *
 * @example
 * ```ts
 * import { sourceIdSchema } from "vietnam-us-relations/schemas";
 *
 * sourceIdSchema.parse("source:vns-chinh-receives-blinken"); // ok
 * sourceIdSchema.safeParse("vns-chinh-receives-blinken").success; // false: the "source:" prefix is missing
 * ```
 */
export const sourceIdSchema = idSchema(ID_PREFIXES.sources, "SourceId", "Id of a source document: `source:` and a slug.", "source:vns-chinh-receives-blinken");
/**
 * Id of a person, e.g. `person:pham-minh-chinh`.
 *
 * @example
 * ```ts
 * import { personIdSchema } from "vietnam-us-relations/schemas";
 *
 * personIdSchema.parse("person:pham-minh-chinh"); // ok
 * personIdSchema.safeParse("pham-minh-chinh").success; // false: the "person:" prefix is missing
 * ```
 */
export const personIdSchema = idSchema(ID_PREFIXES.people, "PersonId", "Id of a person: `person:` and a slug of the name.", "person:pham-minh-chinh");
/**
 * Id of a post a person held, e.g. `post:pham-minh-chinh-prime-minister`.
 *
 * @example
 * ```ts
 * import { postIdSchema } from "vietnam-us-relations/schemas";
 *
 * postIdSchema.parse("post:pham-minh-chinh-prime-minister"); // ok
 * postIdSchema.safeParse("pham-minh-chinh-prime-minister").success; // false: the "post:" prefix is missing
 * ```
 */
export const postIdSchema = idSchema(ID_PREFIXES.posts, "PostId", "Id of a post a person held: `post:`, the person's slug and the post.", "post:pham-minh-chinh-prime-minister");
/**
 * Id of an organization (ministries, agencies, UN bodies and missions, news outlets), e.g. `org:vnosmp`.
 *
 * @example
 * ```ts
 * import { organizationIdSchema } from "vietnam-us-relations/schemas";
 *
 * organizationIdSchema.parse("org:unmiss"); // ok
 * organizationIdSchema.safeParse("unmiss").success; // false: the "org:" prefix is missing
 * ```
 */
export const organizationIdSchema = idSchema(ID_PREFIXES.organizations, "OrganizationId", "Id of an organization: `org:` and a slug of its acronym or name.", "org:unmiss");
/**
 * Id of a place, e.g. `place:da-nang`.
 *
 * @example
 * ```ts
 * import { placeIdSchema } from "vietnam-us-relations/schemas";
 *
 * placeIdSchema.parse("place:da-nang"); // ok
 * placeIdSchema.safeParse("da-nang").success; // false: the "place:" prefix is missing
 * ```
 */
export const placeIdSchema = idSchema(ID_PREFIXES.places, "PlaceId", "Id of a place: `place:` and a slug of its name.", "place:da-nang");
/**
 * Id of a cooperation programme, project or partnership, e.g. `program:bien-hoa-dioxin-remediation`.
 *
 * @example
 * ```ts
 * import { programIdSchema } from "vietnam-us-relations/schemas";
 *
 * programIdSchema.parse("program:bien-hoa-dioxin-project"); // ok
 * programIdSchema.safeParse("bien-hoa-dioxin-project").success; // false: the "program:" prefix is missing
 * ```
 */
export const programIdSchema = idSchema(ID_PREFIXES.programs, "ProgramId", "Id of a programme, project or partnership: `program:` and a slug.", "program:bien-hoa-dioxin-project");
/**
 * Id of a peacekeeping deployment, e.g. `deployment:vietnam-unisfa`.
 *
 * @example
 * ```ts
 * import { deploymentIdSchema } from "vietnam-us-relations/schemas";
 *
 * deploymentIdSchema.parse("deployment:vietnam-unisfa"); // ok
 * deploymentIdSchema.safeParse("vietnam-unisfa").success; // false: the "deployment:" prefix is missing
 * ```
 */
export const deploymentIdSchema = idSchema(ID_PREFIXES.deployments, "DeploymentId", "Id of a peacekeeping deployment: `deployment:`, the contributor and the mission.", "deployment:vietnam-unisfa");
/**
 * Id of an event, e.g. `event:2025-07-25-170th-remains-handover`.
 *
 * @example
 * ```ts
 * import { eventIdSchema } from "vietnam-us-relations/schemas";
 *
 * eventIdSchema.parse("event:2025-07-25-170th-remains-handover"); // ok
 * eventIdSchema.safeParse("2025-07-25-170th-remains-handover").success; // false: the "event:" prefix is missing
 * ```
 */
export const eventIdSchema = idSchema(ID_PREFIXES.events, "EventId", "Id of an event: `event:` and a slug that starts with its date (a reading aid, not a contract).", "event:2025-07-25-170th-remains-handover");
/**
 * Id of a figure, e.g. `figure:2025-11-02-remains-returned`.
 *
 * @example
 * ```ts
 * import { figureIdSchema } from "vietnam-us-relations/schemas";
 *
 * figureIdSchema.parse("figure:2025-11-02-remains-returned"); // ok
 * figureIdSchema.safeParse("2025-11-02-remains-returned").success; // false: the "figure:" prefix is missing
 * ```
 */
export const figureIdSchema = idSchema(ID_PREFIXES.figures, "FigureId", "Id of a figure: `figure:` and a slug that starts with its `asOf` date (a reading aid, not a contract).", "figure:2025-11-02-remains-returned");
/**
 * Id of a note on how records relate or disagree, e.g. `note:identified-servicemen-750-vs-740`.
 *
 * @example
 * ```ts
 * import { noteIdSchema } from "vietnam-us-relations/schemas";
 *
 * noteIdSchema.parse("note:missions-activities-ceremonies"); // ok
 * noteIdSchema.safeParse("missions-activities-ceremonies").success; // false: the "note:" prefix is missing
 * ```
 */
export const noteIdSchema = idSchema(ID_PREFIXES.notes, "NoteId", "Id of a note on how records relate or disagree: `note:` and a slug.", "note:missions-activities-ceremonies");

/**
 * Anything that can take part in an event or be the subject of a figure.
 *
 * @example
 * ```ts
 * import { entityIdSchema } from "vietnam-us-relations/schemas";
 *
 * entityIdSchema.safeParse("place:hanoi").success; // true
 * entityIdSchema.safeParse("event:2025-07-25-170th-remains-handover").success; // false: events are not entities
 * ```
 */
export const entityIdSchema = z.union([
  personIdSchema,
  organizationIdSchema,
  placeIdSchema,
  programIdSchema,
]).meta(named("EntityId", "Id of anything that can take part in an event or be a figure's subject: a person, organization, place or programme.", ["org:vnosmp"]));

/**
 * Any record id in the dataset that a note may point at.
 *
 * @example
 * ```ts
 * import { recordIdSchema } from "vietnam-us-relations/schemas";
 *
 * recordIdSchema.safeParse("note:bien-hoa-aid-total-scope").success; // true
 * ```
 */
export const recordIdSchema = z.union([
  sourceIdSchema,
  personIdSchema,
  postIdSchema,
  organizationIdSchema,
  placeIdSchema,
  programIdSchema,
  deploymentIdSchema,
  eventIdSchema,
  figureIdSchema,
  noteIdSchema,
]).meta(named("RecordId", "Any record id in the dataset (metric ids aside, which have no prefix).", ["figure:2025-11-02-remains-returned"]));

/**
 * Marks a record as withdrawn while keeping its id resolvable: a tombstone. Ids are never deleted outright; a
 * deprecated record stays (with `supersededBy` when another record replaces it) for at least one major version.
 *
 * @example
 * ```ts
 * import { deprecationSchema } from "vietnam-us-relations/schemas";
 *
 * deprecationSchema.parse({ since: "0.2.0", reason: "merged into the ceremony event", supersededBy: "event:2023-06-08-vnosmp-anniversary-ceremony" });
 * ```
 */
export const deprecationSchema = z
  .strictObject({
    since: z
      .string()
      .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/)
      .meta({ description: "The package version that deprecated the record (semver).", examples: ["0.2.0"] }),
    reason: z.string().min(10).meta({ description: "Why the record was withdrawn, in a sentence." }),
    supersededBy: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "The id (or metric id) of the record that replaces it, if any." }),
  })
  .meta(
    named(
      "Deprecation",
      "A deprecation notice: the record is withdrawn but keeps its id (a tombstone), for at least one major version.",
      [{ since: "0.2.0", reason: "merged into the ceremony event", supersededBy: "event:2023-06-08-vnosmp-anniversary-ceremony" }],
    ),
  );

/** @internal The `deprecated` field every record type has. */
export const deprecatedField = deprecationSchema
  .optional()
  .meta({ description: "Present when the record is withdrawn: it keeps its id and content and says why (a tombstone)." });

/**
 * A partial ISO 8601 date cut to its precision: `"2025"`, `"2021-07"`, `"2024-07-27"`.
 *
 * @example
 * ```ts
 * import { partialDateSchema } from "vietnam-us-relations/schemas";
 *
 * partialDateSchema.parse("2021-07"); // ok
 * partialDateSchema.safeParse("2025-02-30").success; // false
 * ```
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .refine(isPartialDate, { message: "not a real calendar date (month 01-12, day within the month)" })
  .meta({
    description:
      "A partial ISO 8601 date cut to the precision the document gives (year, month or day), never padded; the month and day must exist.",
    examples: ["2025", "2021-07", "2024-07-27"],
  });

/**
 * A citation: the document and a short verbatim excerpt of it that contains the fact. The quote is checked
 * against the document text character for character.
 *
 * @example
 * ```ts
 * import { citationSchema } from "vietnam-us-relations/schemas";
 *
 * citationSchema.parse({ documentId: "source:vna-giang-hegseth-talks", quote: "a total of 994 bones" });
 * ```
 */
export const citationSchema = z
  .strictObject({
    documentId: sourceIdSchema.meta({ description: "The source document the quote is from." }),
    quote: z
      .string()
      .min(3)
      .max(120)
      .meta({
        description:
          "The shortest verbatim clause of the document that carries the fact (the number with its noun, the date with its verb, the name with its title); at most 120 characters, checked character for character against the document.",
      }),
  })
  .meta(
    named("Citation", "A citation: a source document and a short verbatim excerpt of it that states the fact.", [
      { documentId: "source:vna-giang-hegseth-talks", quote: "a total of 994 bones" },
    ]),
  );

/**
 * Whether a date (or its year) is written in the document or worked out from it.
 *
 * @example
 * ```ts
 * import { dateCertaintySchema } from "vietnam-us-relations/schemas";
 *
 * dateCertaintySchema.options; // ["stated", "inferred"]
 * ```
 */
export const dateCertaintySchema = z
  .enum(["stated", "inferred"])
  .meta(named("DateCertainty", "Whether a date (or its year) is written in the document (`stated`) or worked out from it (`inferred`).", ["inferred"], {
    stated: "The document writes the date (or its year).",
    inferred: "The date is worked out from the document; `dateNote` says how.",
  }));

/**
 * How a record's `date` relates to when the thing happened. Absent means `"on"`.
 *
 * @example
 * ```ts
 * import { dateMeaningSchema } from "vietnam-us-relations/schemas";
 *
 * dateMeaningSchema.parse("not-after"); // the document does not date it; it happened on or before `date`
 * ```
 */
export const dateMeaningSchema = z
  .enum(["on", "not-after", "includes"])
  .meta(
    named(
      "DateMeaning",
      "How a record's `date` relates to when the thing happened. \"on\" (the default): it happened on `date`. \"not-after\": the document does not date it; it happened on or before `date` (e.g. the date of the report or meeting that mentions it). \"includes\": it lasted longer than `date`, which is one day or period within it; its start and end are not given.",
      ["not-after"],
      {
        on: "It happened on `date` (the default).",
        "not-after": "It happened on or before `date`; the document does not date it more closely.",
        includes: "It lasted longer than `date`, which is one day or period within it.",
      },
    ),
  );

/**
 * Fields shared by every dated record: how sure the date is and, when inferred, how it was worked out.
 * A refinement on each record requires `dateNote` exactly when `dateCertainty` is `"inferred"`.
 */
export const dateCertaintyFields = {
  dateCertainty: dateCertaintySchema.meta({ description: "Whether the date is written in the document or worked out from it." }),
  dateNote: z
    .string()
    .min(10)
    .optional()
    .meta({ description: "How an inferred date was worked out (a year implied by \"50th anniversary\", a day given without a year); only on inferred dates." }),
};

/**
 * @internal A record's own field in a refinement: zod's output leaves absent optional fields unset, so a plain
 * `record.dateNote` would read one inherited from a polluted `Object.prototype`.
 */
export function ownField<T extends object, K extends keyof T>(record: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** @internal Requires an explanation for every inferred date and forbids one on stated dates. */
export function checkDateNote(
  record: { dateCertainty: "stated" | "inferred"; dateNote?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  const dateNote = ownField(record, "dateNote");
  if (record.dateCertainty === "inferred" && !dateNote) {
    ctx.addIssue({ code: "custom", path: ["dateNote"], message: "an inferred date needs a dateNote saying how it was inferred" });
  }
  if (record.dateCertainty === "stated" && dateNote) {
    ctx.addIssue({ code: "custom", path: ["dateNote"], message: "dateNote is only for inferred dates" });
  }
}

/** Short names, acronyms and other spellings used in the documents, plus the plain-ASCII form. */
export const aliasesSchema = z
  .array(z.string().min(1))
  .readonly()
  .meta({ description: "Other names the documents use (short names, acronyms, other spellings), plus the plain-ASCII form." });

/** At least one citation. */
export const citationsSchema = z
  .array(citationSchema)
  .min(1)
  .readonly()
  .meta({ description: "Where the documents state it: at least one citation." });
