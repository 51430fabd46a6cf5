import { z } from "zod";
import { isPartialDate } from "../dates.js";

/** The lowercase kebab-case tail of every record id: `pham-minh-chinh`, `2025-07-25-handover-170`. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * The id prefix of each collection whose records are referenced by id. Ids are `prefix:slug`, unique across
 * the whole dataset and stable forever.
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

/** Id of a {@link sourceSchema | source document}, e.g. `source:vna-peacekeeping-contribution`. */
export const sourceIdSchema = idSchema(ID_PREFIXES.sources);
/** Id of a person, e.g. `person:pham-minh-chinh`. */
export const personIdSchema = idSchema(ID_PREFIXES.people);
/** Id of a post a person held, e.g. `post:pham-minh-chinh-prime-minister`. */
export const postIdSchema = idSchema(ID_PREFIXES.posts);
/** Id of an organization (ministries, agencies, UN bodies and missions, news outlets), e.g. `org:vnosmp`. */
export const organizationIdSchema = idSchema(ID_PREFIXES.organizations);
/** Id of a place, e.g. `place:da-nang`. */
export const placeIdSchema = idSchema(ID_PREFIXES.places);
/** Id of a cooperation programme, project or partnership, e.g. `program:bien-hoa-dioxin-remediation`. */
export const programIdSchema = idSchema(ID_PREFIXES.programs);
/** Id of a peacekeeping deployment, e.g. `deployment:vietnam-unisfa`. */
export const deploymentIdSchema = idSchema(ID_PREFIXES.deployments);
/** Id of an event, e.g. `event:2025-07-25-170th-remains-handover`. */
export const eventIdSchema = idSchema(ID_PREFIXES.events);
/** Id of a figure, e.g. `figure:2025-11-02-remains-returned`. */
export const figureIdSchema = idSchema(ID_PREFIXES.figures);
/** Id of a note on how records relate or disagree, e.g. `note:identified-servicemen-750-vs-740`. */
export const noteIdSchema = idSchema(ID_PREFIXES.notes);

/** Anything that can take part in an event or be the subject of a figure. */
export const entityIdSchema = z.union([
  personIdSchema,
  organizationIdSchema,
  placeIdSchema,
  programIdSchema,
]);

/** Any record id in the dataset that a note may point at. */
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

/** A partial ISO 8601 date cut to its precision: `"2025"`, `"2021-07"`, `"2024-07-27"`. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .refine(isPartialDate, { message: "not a real calendar date (month 01-12, day within the month)" });

/**
 * A citation: the document and a short verbatim excerpt of it that contains the fact. The quote is checked
 * against the document text character for character.
 */
export const citationSchema = z.strictObject({
  documentId: sourceIdSchema,
  quote: z.string().min(3).max(320),
});

/** Whether a date (or its year) is written in the document or worked out from it. */
export const dateCertaintySchema = z.enum(["stated", "inferred"]);

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
 */
export type DeepReadonly<T> = T extends (infer E)[]
  ? ReadonlyArray<DeepReadonly<E>>
  : T extends ReadonlyArray<infer E>
    ? ReadonlyArray<DeepReadonly<E>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A citation as stored in the dataset. */
export type Citation = DeepReadonly<z.infer<typeof citationSchema>>;
/** `"stated"` or `"inferred"`. */
export type DateCertainty = z.infer<typeof dateCertaintySchema>;
/** Id of a source document. */
export type SourceId = z.infer<typeof sourceIdSchema>;
/** Id of a person. */
export type PersonId = z.infer<typeof personIdSchema>;
/** Id of a post. */
export type PostId = z.infer<typeof postIdSchema>;
/** Id of an organization. */
export type OrganizationId = z.infer<typeof organizationIdSchema>;
/** Id of a place. */
export type PlaceId = z.infer<typeof placeIdSchema>;
/** Id of a programme. */
export type ProgramId = z.infer<typeof programIdSchema>;
/** Id of a deployment. */
export type DeploymentId = z.infer<typeof deploymentIdSchema>;
/** Id of an event. */
export type EventId = z.infer<typeof eventIdSchema>;
/** Id of a figure. */
export type FigureId = z.infer<typeof figureIdSchema>;
/** Id of a note. */
export type NoteId = z.infer<typeof noteIdSchema>;
/** Id of anything that can take part in an event or be a figure's subject. */
export type EntityId = z.infer<typeof entityIdSchema>;
/** Any record id. */
export type RecordId = z.infer<typeof recordIdSchema>;
