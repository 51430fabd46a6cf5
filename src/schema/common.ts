import { z } from "zod";
import { isPartialDate } from "../dates.js";

/** The lowercase kebab-case tail of every record id: `pham-minh-chinh`, `2025-07-25-handover-170`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

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
function idSchema<const P extends string>(prefix: P) {
  return z.templateLiteral([z.literal(`${prefix}:`), slugSchema]);
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
export const sourceIdSchema = idSchema(ID_PREFIXES.sources);
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
export const personIdSchema = idSchema(ID_PREFIXES.people);
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
export const postIdSchema = idSchema(ID_PREFIXES.posts);
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
export const organizationIdSchema = idSchema(ID_PREFIXES.organizations);
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
export const placeIdSchema = idSchema(ID_PREFIXES.places);
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
export const programIdSchema = idSchema(ID_PREFIXES.programs);
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
export const deploymentIdSchema = idSchema(ID_PREFIXES.deployments);
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
export const eventIdSchema = idSchema(ID_PREFIXES.events);
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
export const figureIdSchema = idSchema(ID_PREFIXES.figures);
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
export const noteIdSchema = idSchema(ID_PREFIXES.notes);

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
]);

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
]);

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
export const deprecationSchema = z.strictObject({
  /** The version that deprecated the record. */
  since: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  /** Why, in a sentence. */
  reason: z.string().min(10),
  /** The id (or metric id) that replaces it, if any. */
  supersededBy: z.string().min(1).optional(),
});

/**
 * A deprecation notice as stored on a tombstoned record.
 *
 * @example
 * ```ts
 * import { getEntity, type Deprecation } from "vietnam-us-relations";
 *
 * const notice: Deprecation | undefined = getEntity("event:2025-11-02-giang-hegseth-talks")?.deprecated;
 * ```
 */
export type Deprecation = DeepReadonly<z.infer<typeof deprecationSchema>>;

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
  .refine(isPartialDate, { message: "not a real calendar date (month 01-12, day within the month)" });

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
export const citationSchema = z.strictObject({
  documentId: sourceIdSchema,
  quote: z
    .string()
    .min(3)
    .max(120)
    .meta({
      description:
        "The shortest verbatim clause of the document that carries the fact (the number with its noun, the date with its verb, the name with its title); at most 120 characters.",
    }),
});

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
export const dateCertaintySchema = z.enum(["stated", "inferred"]);

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
export const dateMeaningSchema = z.enum(["on", "not-after", "includes"]).meta({
  description:
    "\"on\" (the default): it happened on `date`. \"not-after\": the document does not date it; it happened on or before `date` (e.g. the date of the report or meeting that mentions it). \"includes\": it lasted longer than `date`, which is one day or period within it; its start and end are not given.",
});

/**
 * Fields shared by every dated record: how sure the date is and, when inferred, how it was worked out.
 * A refinement on each record requires `dateNote` exactly when `dateCertainty` is `"inferred"`.
 */
export const dateCertaintyFields = {
  dateCertainty: dateCertaintySchema,
  dateNote: z.string().min(10).optional(),
};

/** @internal Requires an explanation for every inferred date and forbids one on stated dates. */
export function checkDateNote(
  record: { dateCertainty: "stated" | "inferred"; dateNote?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (record.dateCertainty === "inferred" && !record.dateNote) {
    ctx.addIssue({ code: "custom", path: ["dateNote"], message: "an inferred date needs a dateNote saying how it was inferred" });
  }
  if (record.dateCertainty === "stated" && record.dateNote) {
    ctx.addIssue({ code: "custom", path: ["dateNote"], message: "dateNote is only for inferred dates" });
  }
}

/** Short names, acronyms and other spellings used in the documents, plus the plain-ASCII form. */
export const aliasesSchema = z.array(z.string().min(1)).readonly();

/** At least one citation. */
export const citationsSchema = z.array(citationSchema).min(1).readonly();

/**
 * Deeply readonly view of a parsed record. The dataset is frozen at run time; this is its compile-time twin.
 *
 * @example
 * ```ts
 * import type { DeepReadonly } from "vietnam-us-relations";
 *
 * type Frozen = DeepReadonly<{ names: string[] }>; // { readonly names: readonly string[] }
 * ```
 */
export type DeepReadonly<T> = T extends (infer E)[]
  ? ReadonlyArray<DeepReadonly<E>>
  : T extends ReadonlyArray<infer E>
    ? ReadonlyArray<DeepReadonly<E>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * A citation as stored in the dataset.
 *
 * @example
 * ```ts
 * import { dataset, type Citation } from "vietnam-us-relations";
 *
 * const citations: readonly Citation[] = dataset.figures[0]?.citations ?? [];
 * for (const { documentId, quote } of citations) console.log(`${documentId}: "${quote}"`);
 * ```
 */
export type Citation = DeepReadonly<z.infer<typeof citationSchema>>;
/**
 * `"stated"` or `"inferred"`.
 *
 * @example
 * ```ts
 * import { dataset, type DateCertainty } from "vietnam-us-relations";
 *
 * const inferred: DateCertainty = "inferred";
 * const guessed = dataset.events.filter((event) => event.dateCertainty === inferred);
 * ```
 */
export type DateCertainty = z.infer<typeof dateCertaintySchema>;
/**
 * Id of a source document.
 *
 * @example
 * ```ts
 * import type { SourceId } from "vietnam-us-relations";
 *
 * const id: SourceId = "source:vns-chinh-receives-blinken";
 * ```
 */
export type SourceId = z.infer<typeof sourceIdSchema>;
/**
 * Id of a person.
 *
 * @example
 * ```ts
 * import type { PersonId } from "vietnam-us-relations";
 *
 * const id: PersonId = "person:pham-minh-chinh";
 * ```
 */
export type PersonId = z.infer<typeof personIdSchema>;
/**
 * Id of a post.
 *
 * @example
 * ```ts
 * import type { PostId } from "vietnam-us-relations";
 *
 * const id: PostId = "post:pham-minh-chinh-prime-minister";
 * ```
 */
export type PostId = z.infer<typeof postIdSchema>;
/**
 * Id of an organization.
 *
 * @example
 * ```ts
 * import type { OrganizationId } from "vietnam-us-relations";
 *
 * const id: OrganizationId = "org:unmiss";
 * ```
 */
export type OrganizationId = z.infer<typeof organizationIdSchema>;
/**
 * Id of a place.
 *
 * @example
 * ```ts
 * import type { PlaceId } from "vietnam-us-relations";
 *
 * const id: PlaceId = "place:da-nang";
 * ```
 */
export type PlaceId = z.infer<typeof placeIdSchema>;
/**
 * Id of a programme.
 *
 * @example
 * ```ts
 * import type { ProgramId } from "vietnam-us-relations";
 *
 * const id: ProgramId = "program:bien-hoa-dioxin-project";
 * ```
 */
export type ProgramId = z.infer<typeof programIdSchema>;
/**
 * Id of a deployment.
 *
 * @example
 * ```ts
 * import type { DeploymentId } from "vietnam-us-relations";
 *
 * const id: DeploymentId = "deployment:vietnam-unisfa";
 * ```
 */
export type DeploymentId = z.infer<typeof deploymentIdSchema>;
/**
 * Id of an event.
 *
 * @example
 * ```ts
 * import type { EventId } from "vietnam-us-relations";
 *
 * const id: EventId = "event:2025-07-25-170th-remains-handover";
 * ```
 */
export type EventId = z.infer<typeof eventIdSchema>;
/**
 * Id of a figure.
 *
 * @example
 * ```ts
 * import type { FigureId } from "vietnam-us-relations";
 *
 * const id: FigureId = "figure:2025-11-02-remains-returned";
 * ```
 */
export type FigureId = z.infer<typeof figureIdSchema>;
/**
 * Id of a note.
 *
 * @example
 * ```ts
 * import type { NoteId } from "vietnam-us-relations";
 *
 * const id: NoteId = "note:missions-activities-ceremonies";
 * ```
 */
export type NoteId = z.infer<typeof noteIdSchema>;
/**
 * Id of anything that can take part in an event or be a figure's subject.
 *
 * @example
 * ```ts
 * import { findEventsInvolving, type EntityId } from "vietnam-us-relations";
 *
 * const who: EntityId = "org:vnosmp";
 * console.log(findEventsInvolving(who).length);
 * ```
 */
export type EntityId = z.infer<typeof entityIdSchema>;
/**
 * Any record id.
 *
 * @example
 * ```ts
 * import type { RecordId } from "vietnam-us-relations";
 *
 * const ids: RecordId[] = ["person:pete-hegseth", "figure:2025-11-02-remains-returned"];
 * ```
 */
export type RecordId = z.infer<typeof recordIdSchema>;
