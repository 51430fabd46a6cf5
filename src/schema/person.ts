import { z } from "zod";
import {
  aliasesSchema,
  checkDateNote,
  citationsSchema,
  dateCertaintyFields,
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
    ...dateCertaintyFields,
    citations: citationsSchema,
    deprecated: deprecationSchema.optional(),
  })
  .superRefine(checkDateNote);

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
