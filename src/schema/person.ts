import { z } from "zod";
import {
  aliasesSchema,
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
  deprecatedField,
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
          id: "post:do-anh-lieutenant-colonel",
          title: "Lieutenant Colonel",
          countryId: "place:vietnam",
          asOf: "2022",
          dateCertainty: "inferred",
          dateNote: "The rank is given with the medal for servicemen who died on duty in 2022.",
          citations: [
            { documentId: "source:vna-un-peacekeeping-contribution", quote: "presented by the U.N. Secretary General to Lieutenant Colonel Do Anh" },
          ],
        },
      ],
    ),
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
    citations: citationsSchema.meta({ description: "Where the documents mention the person: at least one citation." }),
    deprecated: deprecatedField,
  })
  .meta(named("Person", "A person named in the documents, with the posts they are said to hold."));
