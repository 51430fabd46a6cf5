import * as z from "zod";
import {
  aliasesSchema,
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  dateMeaningSchema,
  deprecatedField,
  eventIdSchema,
  named,
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
    id: postIdSchema.meta({ description: "The post's id, unique across the dataset and stable." }),
    title: z.string().min(2).meta({
      description: "The post as the document words it.",
      examples: ["Deputy Minister of Foreign Affairs", "Lieutenant Colonel"],
    }),
    organizationId: organizationIdSchema.optional().meta({ description: "The organization the post is in, where the document names one." }),
    countryId: placeIdSchema.optional().meta({ description: "The country the post belongs to." }),
    asOf: partialDateSchema.meta({ description: "The date at which the document places the person in the post." }),
    start: partialDateSchema.optional().meta({ description: "When the person took up the post; only when a document states it." }),
    end: partialDateSchema.optional().meta({ description: "When the person left the post; only when a document states it." }),
    posthumous: z.boolean().optional().meta({
      description:
        "true when the document gives the person this title after their death (a delegation paying respects to \"General Secretary Nguyễn Phú Trọng\", a medal presented to \"Lieutenant Colonel Do Anh\"): the title is the one the document gives them, `asOf` is the date of that mention, and the post is not attested as held on `asOf`. findPostsHeld with `asOf` never returns it.",
    }),
    ...dateCertaintyFields,
    citations: citationsSchema.meta({ description: "Where the documents name the person in the post: at least one citation." }),
    deprecated: deprecatedField,
  })
  .superRefine(checkDateNote)
  .meta(
    named(
      "Post",
      "A post (office, rank or role) a person held, as a document states it. Posts are snapshots: a post not attested at a date is not evidence that it was not held.",
      [
        {
          id: "post:joe-biden-president",
          title: "President",
          organizationId: "org:us-government",
          countryId: "place:united-states",
          asOf: "2024-07-27",
          dateCertainty: "stated",
          citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "representing President Biden" }],
        },
      ],
    ),
  );

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
    dateMeaning: dateMeaningSchema.optional().meta({ description: "How `date` relates to the death; absent means `on`." }),
    ...dateCertaintyFields,
    eventId: eventIdSchema.optional().meta({ description: "The event of type `death` that records it." }),
    citations: citationsSchema.meta({ description: "Where the documents report the death: at least one citation." }),
  })
  .superRefine(checkDateNote)
  .meta(
    named("Death", "What a document reports of a person's death: when (to the precision and certainty it allows) and the event.", [
      {
        date: "2024-07-27",
        dateMeaning: "not-after",
        dateCertainty: "inferred",
        dateNote: "A delegation came to pay respects to him on this day.",
        citations: [{ documentId: "source:vns-chinh-receives-blinken", quote: "to pay respects to General Secretary Nguyễn Phú Trọng" }],
      },
    ]),
  );

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
export const personSchema = z
  .strictObject({
    id: personIdSchema.meta({ description: "The person's id, unique across the dataset and stable." }),
    name: z
      .string()
      .min(2)
      .meta({ description: "The name as the documents spell it, with Vietnamese diacritics where a document gives them.", examples: ["Phạm Minh Chính"] }),
    aliases: aliasesSchema.meta({ description: "Every other spelling or short form in the documents, plus the plain-ASCII form." }),
    countryId: placeIdSchema.optional().meta({ description: "The country the documents tie the person to (by post or nationality)." }),
    posts: z.array(postSchema).readonly().meta({ description: "The posts the documents say the person held, each with its date and citation." }),
    death: deathSchema.optional().meta({ description: "What the documents report of the person's death. Posts are not attested after it." }),
    citations: citationsSchema.meta({ description: "Where the documents mention the person: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(named("Person", "A person named in the documents, with the posts they are said to hold."));
