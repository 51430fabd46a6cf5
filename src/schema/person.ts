import { z } from "zod";
import {
  aliasesSchema,
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  dateMeaningSchema,
  eventIdSchema,
  type DeepReadonly,
  deprecationSchema,
  organizationIdSchema,
  partialDateSchema,
  personIdSchema,
  placeIdSchema,
  postIdSchema,
} from "./common.js";

/**
 * A post (office, rank or role) a person held, as a document states it (after Popolo's memberships).
 * `asOf` is the date the document places the person in the post; `start`/`end` only when stated.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { postSchema } from "vietnam-us-relations/schemas";
 *
 * postSchema.parse(dataset.people[0]?.posts[0]);
 * ```
 */
export const postSchema = z
  .strictObject({
    id: postIdSchema,
    /** The post as the document words it: "Deputy Minister of Foreign Affairs", "Lieutenant Colonel". */
    title: z.string().min(2),
    organizationId: organizationIdSchema.optional(),
    /** The country the post belongs to. */
    countryId: placeIdSchema.optional(),
    asOf: partialDateSchema,
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    posthumous: z.boolean().optional().meta({
      description:
        "true when the document gives the person this title after their death (a delegation paying respects to \"General Secretary Nguyễn Phú Trọng\", a medal presented to \"Lieutenant Colonel Do Anh\"): the title is the one the document gives them, `asOf` is the date of that mention, and the post is not attested as held on `asOf`. findPostsHeld with `asOf` never returns it.",
    }),
    ...dateCertaintyFields,
    citations: citationsSchema,
    deprecated: deprecationSchema.optional(),
  })
  .superRefine(checkDateNote);

/**
 * What a document reports of a person's death: when (to the precision and certainty it allows) and the event.
 *
 * @example
 * ```ts
 * import { deathSchema } from "vietnam-us-relations/schemas";
 *
 * deathSchema.parse({
 *   date: "2024-07-27",
 *   dateMeaning: "not-after",
 *   dateCertainty: "inferred",
 *   dateNote: "A delegation came to pay respects to him on this day.",
 *   citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "to pay respects to General Secretary Nguyễn Phú Trọng" }],
 * });
 * ```
 */
export const deathSchema = z
  .strictObject({
    date: partialDateSchema.meta({ description: "When the person died, or (with `dateMeaning: \"not-after\"`) the latest date by which the document shows them dead." }),
    dateMeaning: dateMeaningSchema.optional(),
    ...dateCertaintyFields,
    eventId: eventIdSchema.optional().meta({ description: "The event of type `death` that records it." }),
    citations: citationsSchema,
  })
  .superRefine(checkDateNote)
  .meta({ description: "What the documents report of the person's death. Posts are not attested after it." });

/**
 * A person named in the documents.
 *
 * @example
 * ```ts
 * import { dataset } from "vietnam-us-relations";
 * import { personSchema } from "vietnam-us-relations/schemas";
 *
 * const result = personSchema.safeParse(dataset.people[0]);
 * console.log(result.success); // true
 * ```
 */
export const personSchema = z.strictObject({
  id: personIdSchema,
  /** The name as the documents spell it, with Vietnamese diacritics where a document gives them. */
  name: z.string().min(2),
  /** Every other spelling or short form in the documents, plus the plain-ASCII form. */
  aliases: aliasesSchema,
  /** Country the documents tie the person to (by post or nationality). */
  countryId: placeIdSchema.optional(),
  posts: z.array(postSchema).readonly(),
  death: deathSchema.optional(),
  /** Where the documents mention the person. */
  citations: citationsSchema,
  deprecated: deprecationSchema.optional(),
});

/**
 * A post record.
 *
 * @example
 * ```ts
 * import { getEntity, type Post } from "vietnam-us-relations";
 *
 * const post: Post | undefined = getEntity("post:pham-minh-chinh-prime-minister");
 * console.log(post?.title, post?.asOf); // "Prime Minister" "2024-07-27"
 * ```
 */
export type Post = DeepReadonly<z.infer<typeof postSchema>>;
/**
 * A person record.
 *
 * @example
 * ```ts
 * import { dataset, type Person } from "vietnam-us-relations";
 *
 * const first: Person | undefined = dataset.people[0];
 * console.log(first?.id);
 * ```
 */
export type Person = DeepReadonly<z.infer<typeof personSchema>>;
